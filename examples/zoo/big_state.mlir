// Zoo: large per-thread state, near the scratch limit. Each item keeps six
// words live across `rounds` rounds of a mixing network:
//
//   for each round:  for k in 0..5:  s[k] = s[k] + (s[(k + 5) % 6] ^ (s[(k + 1) % 6] >> 3))
//
// (the updates run in order, each reading the words as updated so far).
// At n = 192 the state alone is 1,152 of the 1,536 words of scratch.
//
// Memory image: the state at 0, six words per item (n * 6 words, in place).
//
//   xyz-opt examples/zoo/big_state.mlir --xyz-specialize="n=192 rounds=4" \
//     --xyz-schedule | xyz-translate --vliw-to-json > prog.json
func.func private @mix(%a: i32, %b: i32, %c: i32) -> i32 {
  %k3 = arith.constant 3 : i32
  %s = arith.shrui %c, %k3 : i32
  %x = arith.xori %b, %s : i32
  %r = arith.addi %a, %x : i32
  return %r : i32
}

xyz.kernel @big_state(%n: i32 {xyz.name = "n", xyz.default = 192 : i32,
                               xyz.test_range = [1, 100]},
                      %rounds: i32 {xyz.name = "rounds", xyz.default = 4 : i32,
                                    xyz.test_range = [1, 4]})
    attributes {xyz.outputs = ["state"]} {
  %c0 = arith.constant 0 : i32
  %c1 = arith.constant 1 : i32
  %c2 = arith.constant 2 : i32
  %c3 = arith.constant 3 : i32
  %c4 = arith.constant 4 : i32
  %c5 = arith.constant 5 : i32
  %c6 = arith.constant 6 : i32
  %ok = arith.cmpi sge, %n, %c1 : i32
  xyz.require %ok, "n must be >= 1"
  %ok_r = arith.cmpi sge, %rounds, %c1 : i32
  xyz.require %ok_r, "rounds must be >= 1"
  %words = arith.muli %n, %c6 : i32
  xyz.region "state" at %c0 size %words random(bits 32)
  %rounds_idx = arith.index_cast %rounds : i32 to index
  %lb = arith.constant 0 : index
  %one = arith.constant 1 : index
  xyz.foreach_thread %i < %n {
    // Item i's words are i, n + i, ..., 5n + i (one plane per word).
    %a0 = arith.addi %i, %c0 : i32
    %n2 = arith.muli %n, %c2 : i32
    %n3 = arith.muli %n, %c3 : i32
    %n4 = arith.muli %n, %c4 : i32
    %n5 = arith.muli %n, %c5 : i32
    %a1 = arith.addi %n, %i : i32
    %a2 = arith.addi %n2, %i : i32
    %a3 = arith.addi %n3, %i : i32
    %a4 = arith.addi %n4, %i : i32
    %a5 = arith.addi %n5, %i : i32
    %s0 = xyz.load %a0 in "state"
    %s1 = xyz.load %a1 in "state"
    %s2 = xyz.load %a2 in "state"
    %s3 = xyz.load %a3 in "state"
    %s4 = xyz.load %a4 in "state"
    %s5 = xyz.load %a5 in "state"
    %r:6 = scf.for %r = %lb to %rounds_idx step %one
        iter_args(%t0 = %s0, %t1 = %s1, %t2 = %s2, %t3 = %s3, %t4 = %s4, %t5 = %s5)
        -> (i32, i32, i32, i32, i32, i32) {
      %u0 = func.call @mix(%t0, %t5, %t1) : (i32, i32, i32) -> i32
      %u1 = func.call @mix(%t1, %u0, %t2) : (i32, i32, i32) -> i32
      %u2 = func.call @mix(%t2, %u1, %t3) : (i32, i32, i32) -> i32
      %u3 = func.call @mix(%t3, %u2, %t4) : (i32, i32, i32) -> i32
      %u4 = func.call @mix(%t4, %u3, %t5) : (i32, i32, i32) -> i32
      %u5 = func.call @mix(%t5, %u4, %u0) : (i32, i32, i32) -> i32
      scf.yield %u0, %u1, %u2, %u3, %u4, %u5 : i32, i32, i32, i32, i32, i32
    }
    xyz.store %r#0, %a0 in "state"
    xyz.store %r#1, %a1 in "state"
    xyz.store %r#2, %a2 in "state"
    xyz.store %r#3, %a3 in "state"
    xyz.store %r#4, %a4 in "state"
    xyz.store %r#5, %a5 in "state"
  }
  xyz.return
}
