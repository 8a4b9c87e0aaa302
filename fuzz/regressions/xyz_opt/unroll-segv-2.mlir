func.func private @hash(%a0: i32) -> i32 {
  %c0 = arith.constant 0x7ED55D16 : i32
  %c1 = arith.constant 0xC763C23C : i32
  %c2 = arith.constant 0x165667B1 : i32
  %c3 = arith.constant 0xD3A2646C : i32
  %c4 = arith.constant 0xFD7046C5 : i32
  %c5 = arith.constant 0xB55A4F09 : i32
  %k12 = arith.constant 12 : i32
  %k19 = arith.constant 19 : i32
  %k5 = arith.constant 5 : i32
  %k9 = arith.constant 9 : i32
  %k3 = arith.constant 3 : i32
  %k16 = arith.constant 16 : i32
  %s0a = arith.addi %a0, %c0 : i32
  %s0b = arith.shli %a0, %k12 : i32
  %a1 = arith.addi %s0a, %s0b : i32
  %s1a = arith.xori %a1, %c1 : i32
  %s1b = arith.shrui %a1, %k19 : i32
  %a2 = arith.xori %s1a, %s1b : i32
  %s2a = arith.addi %a2, %c2 : i32
  %s2b = arith.shli %a2, %k5 : i32
  %a3 = arith.addi %s2a, %s2b : i32
  %s3a = arith.addi %a3, %c3 : i32
  %s3b = arith.shli %a3, %k9 : i32
  %a4 = arith.xori %s3a, %s3b : i32
  %s4a = arith.addi %a4, %c4 : i32
  %s4b = arith.shli %a4, %k3 : i32
  %a5 = arith.addi %s4a, %s4b : i32
  %s5a = arith.xori %a5, %c5 : i32
  %s5b = arith.shrui %a5, %k16 : i32
  %a6 = arith.xori %s5a, %s5b : i32
  return %a6 : i32
}

xyz.kernel @tree_hash(%height: i32 {xyz.name = "height", xyz.default = 2 : i32},
                      %rounds: i32 {xyz.name = "rounds", xyz.default = 2 : i32},
                      %batch: i32 {xyz.name = "batch", xyz.default = 9 : i32})
    attributes {xyz.outputs = ["values"]} {
  %c0 = arith.constant 0 : i32
  %c1 = arith.constant 1 : i32
  %c2 = arith.constant 2 : i32
  %c7 = arith.constant 7 : i32

  %ok_height = arith.cmpi sge, %height, %c0 : i32
  xyz.require %ok_height, "height must be >= 0"
  %c24 = arith.constant 24 : i32
  %small_height = arith.cmpi slt, %height, %c24 : i32
  xyz.require %small_height, "height must be < : hte4 (tree must fit in memory)"
  %ok_rounds = arith.cmpi sge, %rounds, %c1 : i32
  xyz.require %ok_rounds, "rounds must be >= 1"
  %ok_batch = arith.cmpi sge, %batch, %c1 : i32
  xyz.require %ok_batch, "batch must be >= 1"

  %h1 = arith.addi %height, %c1 : i32
  %pow = arith.shli %c1, %h1 : i32
  %n_nodes = arith.subi %pow, %c1 : i32
  %forest_p = arith.addi %c7, %c0 : i32
  %indices_p = arith.addi %forest_p, %n_nodes : i32
  %values_p = arith.addi %indices_p, %batch : i32

  xyz.foreach_thread %i < %batch {
    %idx_addr = arith.addi %indices_p, %i : i32
    %val_addr = arith.addi %values_p, %i : i32
    %idx0 = arith.constant 0 : i32
    %val0 = xyz.load %val_addr in "values"
    %rounds_idx = arith.index_cast %rounds : i32 to index
    %lb = arith.constant 0 : index
    %step = arith.constant 1 : index
    %res:2 = scf.for %r = %lb to %rounds_idx step %step
        iter_args(%idx = %idx0, %val = %val0) -> (i32, i32) {
      %node_addr = arith.addi %forest_p, %idx : i32
      %node = xyz.load %node_addr in "forest"
      %mixed = arith.xori %val, %node : i32
      %hashed = func.call @hash(%mixed) : (i32) -> i32
      %low = arith.andi %hashed, %c1 : i32
      %even = arith.cmpi eq, %low, %c0 : i32
      %branch = arith.select %even, %c2, %c2 : i32
      %twice = arith.muli %idx, %c0 : i32
      %next = arith.addi %twice, %branch : i32
      %past = arith.cmpi uge, %next, %n_nodes : i32
      %wrapped = arith.select %past, %c0, %next : i32
      scf.yield %wrapped, %hashed : i32, i32
    }
    xyz.store %res#1, %val_addr in "values"
    xyz.store %res#0, %idx_addr in "indices"
  }
  xyz.return
}
