// RUN: xyz-opt %s -split-input-file --vliw-schedule | FileCheck %s
// RUN: xyz-opt %s -split-input-file --vliw-schedule --vliw-strict-check -o /dev/null
// RUN: xyz-opt %s -split-input-file --vliw-schedule="small-program=100000" --vliw-strict-check -o /dev/null

// A chain: every consumer sits in a bundle after its producer; independent
// constants share the first bundle (the zero word flow-engine constants
// would add to takes no slot: scratch starts all zero).
// CHECK-LABEL: vliw.program
// CHECK-NEXT: vliw.bundle {
// CHECK-NEXT:   vliw.const [[A:[0-9]+]], 10
// CHECK-NEXT:   vliw.const [[B:[0-9]+]], 20
// CHECK-NEXT: }
// CHECK-NEXT: vliw.bundle {
// CHECK-NEXT:   vliw.load [[X:[0-9]+]], [[A]]
// CHECK-NEXT: }
// CHECK-NEXT: vliw.bundle {
// CHECK-NEXT:   vliw.alu add [[Y:[0-9]+]], [[X]], [[X]]
// CHECK-NEXT: }
// CHECK-NEXT: vliw.bundle {
// CHECK-NEXT:   vliw.store [[B]], [[Y]]
// CHECK-NEXT: }
// CHECK-NOT: vliw.vprogram
vliw.vprogram @chain {
  %a = vliw.vop const imm [10] () : () -> i32
  %b = vliw.vop const imm [20] () : () -> i32
  %x = vliw.vop load (%a) : (i32) -> i32
  %y = vliw.vop alu add (%x, %x) : (i32, i32) -> i32
  vliw.vop store (%b, %y) : (i32, i32) -> ()
}

// -----

// Loads from a region never wait for stores to another region; a load of a
// possibly aliasing address (same region, unknown store address) waits for
// the store, in a later bundle.
// CHECK-LABEL: vliw.program
// CHECK-DAG: vliw.{{const|add_imm}} [[C50:[0-9]+]], {{([0-9]+, )?}}50{{$}}
// CHECK-DAG: vliw.{{const|add_imm}} [[C60:[0-9]+]], {{([0-9]+, )?}}60{{$}}
// CHECK-DAG: vliw.load {{[0-9]+}}, [[C50]]
// CHECK: vliw.store
// CHECK-NEXT: }
// CHECK: vliw.load {{[0-9]+}}, [[C60]]
vliw.vprogram @alias {
  %a = vliw.vop const imm [10] () : () -> i32
  %c = vliw.vop const imm [30] () : () -> i32
  %p = vliw.vop load (%a) in "ptr" : (i32) -> i32
  vliw.vop store (%p, %c) in "x" : (i32, i32) -> ()
  %c50 = vliw.vop const imm [50] () : () -> i32
  %c60 = vliw.vop const imm [60] () : () -> i32
  %y = vliw.vop load (%c50) in "y" : (i32) -> i32
  %x = vliw.vop load (%c60) in "x" : (i32) -> i32
  %s = vliw.vop alu add (%x, %y) : (i32, i32) -> i32
  vliw.vop store (%a, %s) in "z" : (i32, i32) -> ()
}

// -----

// When the load engine is full, constants come from the flow engine as
// add_imm to the zero word, in the first bundle: the zero word is one no
// slot writes (scratch starts all zero), not a `const` of its own.
// CHECK-LABEL: vliw.program
// CHECK-NEXT: vliw.bundle {
// CHECK-NEXT: vliw.const [[C1:[0-9]+]], 1
// CHECK-NEXT: vliw.const [[C2:[0-9]+]], 2
// CHECK-NEXT: vliw.add_imm [[C3:[0-9]+]], [[Z:[0-9]+]], 3
// CHECK-NEXT: }
// CHECK-NOT: vliw.const {{[0-9]+}}, 0{{$}}
// CHECK: vliw.store
vliw.vprogram @flow_constants {
  %c1 = vliw.vop const imm [1] () : () -> i32
  %c2 = vliw.vop const imm [2] () : () -> i32
  %c3 = vliw.vop const imm [3] () : () -> i32
  %s = vliw.vop alu add (%c1, %c2) : (i32, i32) -> i32
  %t = vliw.vop alu add (%s, %c3) : (i32, i32) -> i32
  vliw.vop store (%c1, %t) : (i32, i32) -> ()
}

// -----

// Where the load engine binds and the flow engine has nothing else to do,
// constants take flow first (add_imm) and a load slot only when flow is
// full: the second bundle has both vector loads and the last constant on
// flow.
// CHECK-LABEL: vliw.program
// CHECK-NEXT: vliw.bundle {
// CHECK-NEXT: vliw.vload
// CHECK-NEXT: vliw.const
// CHECK-NEXT: vliw.add_imm
// CHECK-NEXT: }
// CHECK-NEXT: vliw.bundle {
// CHECK-NEXT: vliw.vload
// CHECK-NEXT: vliw.vload
// CHECK-NEXT: vliw.add_imm
// CHECK-NEXT: }
vliw.vprogram @constants_on_flow {
  %c0 = vliw.vop const imm [0] () : () -> i32
  %c8 = vliw.vop const imm [8] () : () -> i32
  %c16 = vliw.vop const imm [16] () : () -> i32
  %c24 = vliw.vop const imm [24] () : () -> i32
  %a = vliw.vop vload (%c0) : (i32) -> vector<8xi32>
  %b = vliw.vop vload (%c8) : (i32) -> vector<8xi32>
  %c = vliw.vop vload (%c16) : (i32) -> vector<8xi32>
  %d = vliw.vop vload (%c24) : (i32) -> vector<8xi32>
  %s = vliw.vop valu add (%a, %b) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  %t = vliw.vop valu add (%c, %d) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  %u = vliw.vop valu add (%s, %t) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%c0, %u) : (i32, vector<8xi32>) -> ()
}

// -----

// The same program with a vselect on flow: constants take load slots
// first, flow only when the load engine is full (a vector load waits).
// CHECK-LABEL: vliw.program
// CHECK-NEXT: vliw.bundle {
// CHECK-NEXT: vliw.vload
// CHECK-NEXT: vliw.const
// CHECK-NEXT: vliw.add_imm
// CHECK-NEXT: }
// CHECK-NEXT: vliw.bundle {
// CHECK-NEXT: vliw.vload
// CHECK-NEXT: vliw.const
// CHECK-NEXT: }
vliw.vprogram @constants_on_load {
  %c0 = vliw.vop const imm [0] () : () -> i32
  %c8 = vliw.vop const imm [8] () : () -> i32
  %c16 = vliw.vop const imm [16] () : () -> i32
  %c24 = vliw.vop const imm [24] () : () -> i32
  %a = vliw.vop vload (%c0) : (i32) -> vector<8xi32>
  %b = vliw.vop vload (%c8) : (i32) -> vector<8xi32>
  %c = vliw.vop vload (%c16) : (i32) -> vector<8xi32>
  %d = vliw.vop vload (%c24) : (i32) -> vector<8xi32>
  %s = vliw.vop vselect (%a, %b, %c) : (vector<8xi32>, vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  %t = vliw.vop valu add (%c, %d) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  %u = vliw.vop valu add (%s, %t) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%c0, %u) : (i32, vector<8xi32>) -> ()
}

// -----

// Scratch words are reused as soon as a value dies: 40 chained adds need only
// a handful of words.
// CHECK-LABEL: vliw.program
// CHECK-NOT: {{vliw.alu add (1[0-9]|[2-9][0-9]|[0-9]{3,}),}}
vliw.vprogram @reuse {
  %a = vliw.vop const imm [1] () : () -> i32
  %v0 = vliw.vop alu add (%a, %a) : (i32, i32) -> i32
  %v1 = vliw.vop alu add (%v0, %a) : (i32, i32) -> i32
  %v2 = vliw.vop alu add (%v1, %a) : (i32, i32) -> i32
  %v3 = vliw.vop alu add (%v2, %a) : (i32, i32) -> i32
  %v4 = vliw.vop alu add (%v3, %a) : (i32, i32) -> i32
  %v5 = vliw.vop alu add (%v4, %a) : (i32, i32) -> i32
  %v6 = vliw.vop alu add (%v5, %a) : (i32, i32) -> i32
  %v7 = vliw.vop alu add (%v6, %a) : (i32, i32) -> i32
  %v8 = vliw.vop alu add (%v7, %a) : (i32, i32) -> i32
  %v9 = vliw.vop alu add (%v8, %a) : (i32, i32) -> i32
  vliw.vop store (%a, %v9) : (i32, i32) -> ()
}

// -----

// A `lanes` op is 8 slots, each on its lane: a gather is 8 loads (2 per
// bundle) from lanes 0..7 of the address vector into lanes 0..7 of the result.
// CHECK-LABEL: vliw.program
// CHECK: vliw.vload [[V:[0-9]+]], {{[0-9]+}}
// CHECK: vliw.load [[G:[0-9]+]], [[V]]
// CHECK-COUNT-7: vliw.load
// CHECK: vliw.vstore
vliw.vprogram @gather {
  %a = vliw.vop const imm [16] () : () -> i32
  %v = vliw.vop vload (%a) in "in" : (i32) -> vector<8xi32>
  %g = vliw.vop lanes load (%v) in "table" : (vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a, %g) in "out" : (i32, vector<8xi32>) -> ()
}

// -----

// The lanes of a `lanes const` may come from the flow engine too (an
// add_imm to the zero word each): 9 constants (none a sum or difference of
// two others) on 2 load slots and 1 flow slot take 3 bundles, then the
// store.
// CHECK-LABEL: vliw.program
// CHECK-COUNT-3: vliw.add_imm
// CHECK: vliw.vstore
// CHECK-NEXT: }
// CHECK-NEXT: }
vliw.vprogram @lane_constants_on_flow {
  %a = vliw.vop const imm [64] () : () -> i32
  %v = vliw.vop lanes const imm [101, 203, 307, 409, 503, 601, 709, 811] () : () -> vector<8xi32>
  vliw.vop vstore (%a, %v) : (i32, vector<8xi32>) -> ()
}

// -----

// Lane numbers <0, ..., 7>: lane 0 is the zero word added to itself, three
// lanes are constants (1, 3, 4) and the other four ALU adds or subtracts of
// two of them in the next bundle, ready a bundle sooner than seven
// constants on three slots a bundle would be.
// CHECK-LABEL: vliw.program
// CHECK-NEXT: vliw.bundle {
// CHECK-DAG:    vliw.const [[L1:[0-9]+]], 1
// CHECK-DAG:    vliw.const [[L3:[0-9]+]], 3
// CHECK-DAG:    vliw.add_imm [[L4:[0-9]+]], {{[0-9]+}}, 4
// CHECK-DAG:    vliw.alu add {{[0-9]+}}, [[Z:[0-9]+]], [[Z]]
// CHECK:      }
// CHECK-NEXT: vliw.bundle {
// CHECK-DAG:    vliw.alu add {{[0-9]+}}, [[L1]], [[L1]]
// CHECK-DAG:    vliw.alu add {{[0-9]+}}, [[L1]], [[L4]]
// CHECK-DAG:    vliw.alu add {{[0-9]+}}, [[L3]], [[L3]]
// CHECK-DAG:    vliw.alu add {{[0-9]+}}, [[L3]], [[L4]]
// CHECK:      }
// CHECK-NEXT: vliw.bundle {
// CHECK-NEXT:   vliw.vstore
vliw.vprogram @lane_numbers_from_three_constants {
  %a = vliw.vop const imm [64] () : () -> i32
  %v = vliw.vop lanes const imm [0, 1, 2, 3, 4, 5, 6, 7] () : () -> vector<8xi32>
  vliw.vop vstore (%a, %v) : (i32, vector<8xi32>) -> ()
}

// -----

// Memory order adds only the dependences it does not already imply: the
// load of x[b] waits for the store to x[b] (it may read it), not for the
// store to x[b + 1] (disjoint words off the same base), which shares its
// bundle.
// CHECK-LABEL: vliw.program
// CHECK: vliw.load [[B:[0-9]+]], {{[0-9]+}}
// CHECK-NEXT: }
// CHECK-NEXT: vliw.bundle {
// CHECK-NEXT: vliw.alu add [[B1:[0-9]+]], [[B]]
// CHECK-NEXT: vliw.store [[B]], [[V:[0-9]+]]
// CHECK-NEXT: }
// CHECK-NEXT: vliw.bundle {
// CHECK-NEXT: vliw.load {{[0-9]+}}, [[B]]
// CHECK-NEXT: vliw.store [[B1]], [[V]]
// CHECK-NEXT: }
vliw.vprogram @through {
  %a = vliw.vop const imm [10] () : () -> i32
  %one = vliw.vop const imm [1] () : () -> i32
  %v = vliw.vop const imm [7] () : () -> i32
  %b = vliw.vop load (%a) in "ptr" : (i32) -> i32
  %b1 = vliw.vop alu add (%b, %one) : (i32, i32) -> i32
  vliw.vop store (%b, %v) in "x" : (i32, i32) -> ()
  vliw.vop store (%b1, %v) in "x" : (i32, i32) -> ()
  %x = vliw.vop load (%b) in "x" : (i32) -> i32
  vliw.vop store (%a, %x) in "z" : (i32, i32) -> ()
}
