// RUN: %python %S/Inputs/selection_spread.py gen 400 > %t.mlir
// RUN: xyz-opt %t.mlir --xyz-gather-to-select-groups --mlir-print-debuginfo \
// RUN:   --mlir-print-local-scope -o %t.out.mlir
// RUN: %python %S/Inputs/selection_spread.py check 400 %t.out.mlir | FileCheck %s

// A long program (400 vector groups, far more than are in flight at once):
// the load engine binds, each group's 16-word table gather may become a
// selection tree, and the single flow slot and the vector engines have
// room for about 75% of them. The groups left are the first 10 (the ramp,
// where every group waits on its own first loads) and one in four past it.
// The replaced groups are spread evenly over program order past the ramp
// and the drain, so the flow work comes at a steady rate: no run of more
// than a few groups without a replacement. (Taken from the middle of the
// program first, they were one block, with 79 groups on either side left
// as they were: a flow-bound phase in the middle of the schedule.)
// CHECK: replaced 298 of 400
// CHECK: longest run without {{([1-9]|10)$}}
