xyz.kernel @lanes_vector_kind() {
  %c = vliw.vop const imm [7] () : () -> i32
  %v = vliw.vop vbroadcast (%c) : (i32) -> vector<8xi32>
  %s = vliw.vop lanes vload (%c) : (i32) -> vector<8xi32>
  xyz.return
}
