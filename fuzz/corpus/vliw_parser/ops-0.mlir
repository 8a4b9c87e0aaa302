vliw.program {
  vliw.bundle {
    vliw.alu add 0, 1, 2
    vliw.alu sub 3, 4, 5
    vliw.alu mul 6, 7, 8
    vliw.alu xor 9, 10, 11
    vliw.alu and 12, 13, 14
    vliw.alu or 15, 16, 17
    vliw.alu div 18, 19, 20
    vliw.alu mod 21, 22, 23
    vliw.alu cdiv 24, 25, 26
    vliw.alu shl 27, 28, 29
    vliw.alu shr 30, 31, 32
    vliw.alu lt 33, 34, 35
    vliw.valu eq 40, 48, 56
    vliw.vbroadcast 64, 1
    vliw.multiply_add 72, 80, 88, 96
    vliw.load 0, 1
    vliw.load_offset 8, 16, 7
    vliw.store 1, 2
    vliw.vstore 3, 64
    vliw.select 0, 1, 2, 3
    vliw.debug "[\"comment\", \"hi\"]"
  }
  vliw.bundle {
    vliw.vload 1528, 1
    vliw.const 1535, -5
    vliw.vselect 64, 72, 80, 88
  }
  vliw.bundle { vliw.add_imm 0, 1, -1 }
  vliw.bundle { vliw.halt }
  vliw.bundle { vliw.pause }
  vliw.bundle { vliw.trace_write 3 }
  vliw.bundle { vliw.cond_jump 1, 0 }
  vliw.bundle { vliw.cond_jump_rel 1, -3 }
  vliw.bundle { vliw.jump 2 }
  vliw.bundle { vliw.jump_indirect 5 }
  vliw.bundle { vliw.coreid 6 }
  vliw.bundle engines ["flow", "debug", "alu"] {
    vliw.debug "[\"comment\", \"x\"]"
  }
  vliw.bundle {
    vliw.alu add 0, 0, 0
    vliw.alu add 1, 0, 0
    vliw.alu add 2, 0, 0
    vliw.alu add 3, 0, 0
    vliw.alu add 4, 0, 0
    vliw.alu add 5, 0, 0
    vliw.alu add 6, 0, 0
    vliw.alu add 7, 0, 0
    vliw.alu add 8, 0, 0
    vliw.alu add 9, 0, 0
    vliw.alu add 10, 0, 0
    vliw.alu add 11, 0, 0
    vliw.valu add 16, 0, 0
    vliw.valu add 24, 0, 0
    vliw.valu add 32, 0, 0
    vliw.valu add 40, 0, 0
    vliw.valu add 48, 0, 0
    vliw.valu add 56, 0, 0
    vliw.const 64, 1
    vliw.const 65, 2
    vliw.store 0, 1
    vliw.store 2, 3
    vliw.halt
  }
}
