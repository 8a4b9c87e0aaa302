// A second kernel for the general passes, "ternary tree walk": the walk of
// tree_hash.mlir on a perfect 3-ary tree, with its own hash. The tree has
// `height` levels below the root, stored breadth-first (node k's children
// are 3k + 1, 3k + 2, 3k + 3; (3^(height+1) - 1) / 2 node values); `batch`
// items, each with an index (starting at the root, 0) and a value, walk it
// for `rounds` rounds:
//
//   node = forest[idx]
//   val  = hash2(val ^ node)
//   idx  = 3 * idx + 1 + val % 3
//   if idx >= n_nodes: idx = 0
//
// Memory image (the tree-hash layout of the spec, with the ternary node
// count): mem[0] = rounds, mem[1] = n_nodes, mem[2] = batch, mem[3] = height,
// mem[4] = forest_p, mem[5] = indices_p, mem[6] = values_p, where
// forest_p = 7, indices_p = forest_p + n_nodes, values_p = indices_p + batch;
// then the node values, `batch` indices (zeros) and `batch` values. Both the
// final values and the final indices are outputs. test/e2e/second_kernel.py
// builds such images and checks the results against a Python reference.
//
//   xyz-opt examples/tree_hash_ternary.mlir \
//     --xyz-specialize="height=5 rounds=12 batch=256" --xyz-schedule |
//   xyz-translate --vliw-to-json > prog.json

// Four stages, a = (a op1 c) op2 (a op3 k) or a product, written plainly.
func.func private @hash2(%a0: i32) -> i32 {
  %c0 = arith.constant 0x3C6EF372 : i32
  %c1 = arith.constant 0x9E3779B9 : i32
  %c2 = arith.constant 0x2C1B3C6D : i32
  %c3 = arith.constant 0x5BD1E995 : i32
  %k7 = arith.constant 7 : i32
  %k11 = arith.constant 11 : i32
  %k15 = arith.constant 15 : i32
  %k2 = arith.constant 2 : i32
  // stage 0: (a + c0) + (a << 7)
  %s0a = arith.addi %a0, %c0 : i32
  %s0b = arith.shli %a0, %k7 : i32
  %a1 = arith.addi %s0a, %s0b : i32
  // stage 1: (a ^ c1) ^ (a >> 11)
  %s1a = arith.xori %a1, %c1 : i32
  %s1b = arith.shrui %a1, %k11 : i32
  %a2 = arith.xori %s1a, %s1b : i32
  // stage 2: (a * c2) ^ (a >> 15)
  %s2a = arith.muli %a2, %c2 : i32
  %s2b = arith.shrui %a2, %k15 : i32
  %a3 = arith.xori %s2a, %s2b : i32
  // stage 3: (a + c3) + (a << 2)
  %s3a = arith.addi %a3, %c3 : i32
  %s3b = arith.shli %a3, %k2 : i32
  %a4 = arith.addi %s3a, %s3b : i32
  return %a4 : i32
}

xyz.kernel @tree_hash_ternary(
    %height: i32 {xyz.name = "height", xyz.default = 5 : i32,
                  xyz.test_range = [0, 4]},
    %rounds: i32 {xyz.name = "rounds", xyz.default = 12 : i32,
                  xyz.test_range = [1, 14]},
    %batch: i32 {xyz.name = "batch", xyz.default = 256 : i32,
                 xyz.test_range = [1, 70]})
    attributes {xyz.outputs = ["values", "indices"]} {
  %c0 = arith.constant 0 : i32
  %c1 = arith.constant 1 : i32
  %c2 = arith.constant 2 : i32
  %c3 = arith.constant 3 : i32
  %c7 = arith.constant 7 : i32

  %ok_height = arith.cmpi sge, %height, %c0 : i32
  xyz.require %ok_height, "height must be >= 0"
  %c13 = arith.constant 13 : i32
  %small_height = arith.cmpi slt, %height, %c13 : i32
  xyz.require %small_height, "height must be < 13 (the tree must fit in memory)"
  %ok_rounds = arith.cmpi sge, %rounds, %c1 : i32
  xyz.require %ok_rounds, "rounds must be >= 1"
  %ok_batch = arith.cmpi sge, %batch, %c1 : i32
  xyz.require %ok_batch, "batch must be >= 1"

  // n_nodes = (3^(height+1) - 1) / 2: the power by a loop over the levels,
  // which specialization unrolls and folds to a constant.
  %h1 = arith.addi %height, %c1 : i32
  %levels = arith.index_cast %h1 : i32 to index
  %lb = arith.constant 0 : index
  %step = arith.constant 1 : index
  %pow = scf.for %l = %lb to %levels step %step iter_args(%p = %c1) -> (i32) {
    %p3 = arith.muli %p, %c3 : i32
    scf.yield %p3 : i32
  }
  %pow_m1 = arith.subi %pow, %c1 : i32
  %n_nodes = arith.divui %pow_m1, %c2 : i32

  // The memory image's layout: a 7-word header, the node values, the
  // indices, the values.
  %forest_p = arith.addi %c7, %c0 : i32
  %indices_p = arith.addi %forest_p, %n_nodes : i32
  %values_p = arith.addi %indices_p, %batch : i32
  xyz.region "header" at %c0 words(%rounds, %n_nodes, %batch, %height,
                                   %forest_p, %indices_p, %values_p)
  xyz.region "forest" at %forest_p size %n_nodes random(bits 32)
  xyz.region "indices" at %indices_p size %batch zero
  xyz.region "values" at %values_p size %batch random(bits 32)

  xyz.foreach_thread %i < %batch {
    %idx_addr = arith.addi %indices_p, %i : i32
    %val_addr = arith.addi %values_p, %i : i32
    // Every index starts at zero (the tree's root).
    %idx0 = arith.constant 0 : i32
    %val0 = xyz.load %val_addr in "values"
    %rounds_idx = arith.index_cast %rounds : i32 to index
    %res:2 = scf.for %r = %lb to %rounds_idx step %step
        iter_args(%idx = %idx0, %val = %val0) -> (i32, i32) {
      %node_addr = arith.addi %forest_p, %idx : i32
      %node = xyz.load %node_addr in "forest"
      %mixed = arith.xori %val, %node : i32
      %hashed = func.call @hash2(%mixed) : (i32) -> i32
      // Child 0, 1 or 2 by the hash modulo 3.
      %child = arith.remui %hashed, %c3 : i32
      %thrice = arith.muli %idx, %c3 : i32
      %first = arith.addi %thrice, %c1 : i32
      %next = arith.addi %first, %child : i32
      // Past the leaves: back to the root.
      %past = arith.cmpi uge, %next, %n_nodes : i32
      %wrapped = arith.select %past, %c0, %next : i32
      scf.yield %wrapped, %hashed : i32, i32
    }
    xyz.store %res#1, %val_addr in "values"
    xyz.store %res#0, %idx_addr in "indices"
  }
  xyz.return
}
