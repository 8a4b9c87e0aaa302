// The tree-hash kernel of the machine spec ("tree-hash"), written once over
// its shape: a perfect binary tree of `height` (2^(height+1) - 1 node values),
// `batch` items, `rounds` rounds. Each item walks down the tree, hashing its
// value with the node it visits and branching on the hash's low bit.
//
//   xyz-opt examples/tree_hash.mlir \
//     --xyz-specialize="height=10 rounds=16 batch=256" --xyz-schedule |
//   xyz-translate --vliw-to-json > prog.json

// One stage of the hash: a = (a op1 c) op2 (a op3 k), written plainly.
func.func private @hash(%a0: i32) -> i32 {
  %c0 = arith.constant 0x7ED55D16 : i32
  %c1 = arith.constant 0xC761C23C : i32
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
  // stage 0: (a + c0) + (a << 12)
  %s0a = arith.addi %a0, %c0 : i32
  %s0b = arith.shli %a0, %k12 : i32
  %a1 = arith.addi %s0a, %s0b : i32
  // stage 1: (a ^ c1) ^ (a >> 19)
  %s1a = arith.xori %a1, %c1 : i32
  %s1b = arith.shrui %a1, %k19 : i32
  %a2 = arith.xori %s1a, %s1b : i32
  // stage 2: (a + c2) + (a << 5)
  %s2a = arith.addi %a2, %c2 : i32
  %s2b = arith.shli %a2, %k5 : i32
  %a3 = arith.addi %s2a, %s2b : i32
  // stage 3: (a + c3) ^ (a << 9)
  %s3a = arith.addi %a3, %c3 : i32
  %s3b = arith.shli %a3, %k9 : i32
  %a4 = arith.xori %s3a, %s3b : i32
  // stage 4: (a + c4) + (a << 3)
  %s4a = arith.addi %a4, %c4 : i32
  %s4b = arith.shli %a4, %k3 : i32
  %a5 = arith.addi %s4a, %s4b : i32
  // stage 5: (a ^ c5) ^ (a >> 16)
  %s5a = arith.xori %a5, %c5 : i32
  %s5b = arith.shrui %a5, %k16 : i32
  %a6 = arith.xori %s5a, %s5b : i32
  return %a6 : i32
}

xyz.kernel @tree_hash(%height: i32 {xyz.name = "height", xyz.default = 10 : i32,
                                    xyz.test_range = [0, 6]},
                      %rounds: i32 {xyz.name = "rounds", xyz.default = 16 : i32,
                                    xyz.test_range = [1, 20]},
                      %batch: i32 {xyz.name = "batch", xyz.default = 256 : i32,
                                   xyz.test_range = [1, 70]})
    attributes {xyz.outputs = ["values"]} {
  %c0 = arith.constant 0 : i32
  %c1 = arith.constant 1 : i32
  %c2 = arith.constant 2 : i32
  %c7 = arith.constant 7 : i32

  %ok_height = arith.cmpi sge, %height, %c0 : i32
  xyz.require %ok_height, "height must be >= 0"
  %c24 = arith.constant 24 : i32
  %small_height = arith.cmpi slt, %height, %c24 : i32
  xyz.require %small_height, "height must be < 24 (the tree must fit in memory)"
  %ok_rounds = arith.cmpi sge, %rounds, %c1 : i32
  xyz.require %ok_rounds, "rounds must be >= 1"
  %ok_batch = arith.cmpi sge, %batch, %c1 : i32
  xyz.require %ok_batch, "batch must be >= 1"

  // The memory image's layout, as the spec fixes it: a 7-word header, the
  // node values, the indices, the values.
  %h1 = arith.addi %height, %c1 : i32
  %pow = arith.shli %c1, %h1 : i32
  %n_nodes = arith.subi %pow, %c1 : i32
  %forest_p = arith.addi %c7, %c0 : i32
  %indices_p = arith.addi %forest_p, %n_nodes : i32
  %values_p = arith.addi %indices_p, %batch : i32
  // The image's regions, for the tools (random images, which words a check
  // compares): the spec's header, random 30-bit node values, indices that
  // start at the root (0), random 30-bit input values.
  xyz.region "header" at %c0 words(%rounds, %n_nodes, %batch, %height,
                                   %forest_p, %indices_p, %values_p)
  xyz.region "forest" at %forest_p size %n_nodes random(bits 30)
  xyz.region "indices" at %indices_p size %batch zero
  xyz.region "values" at %values_p size %batch random(bits 30)

  xyz.foreach_thread %i < %batch {
    %idx_addr = arith.addi %indices_p, %i : i32
    %val_addr = arith.addi %values_p, %i : i32
    // The spec guarantees every index starts at zero (the tree's root).
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
      // Go left (2*idx + 1) on an even hash, right (2*idx + 2) on an odd one.
      %low = arith.andi %hashed, %c1 : i32
      %even = arith.cmpi eq, %low, %c0 : i32
      %branch = arith.select %even, %c1, %c2 : i32
      %twice = arith.muli %idx, %c2 : i32
      %next = arith.addi %twice, %branch : i32
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
