// RUN: xyz-opt %xyz_src/examples/constructs/clamped_stencil_2d.mlir --xyz-specialize="w=20 h=8" --xyz-schedule --mlir-print-ir-after=xyz-forward-memory -o /dev/null 2>&1 | FileCheck %s

// A 2-D stencil over rows of 20 words (160 cells, 20 groups): each group
// loads its cells at 8g, its row neighbours at 8g - 1 and 8g + 1 (and the
// clamped edges), and the rows above and below at 8g - 20 and 8g + 20, of
// another residue mod 8. Had every load not served from scratch held its
// words, the last one winning, the row loads would break the chains of
// the cell loads around them: 93 of the 110 vector loads stayed. With the
// loads at the residue most loads have (the anchor) keeping their words,
// 57 stay and the rest are windows of them; --xyz-forward-memory keeps
// whichever of the two leaves fewer loads.
// CHECK-LABEL: IR Dump After XYZForwardMemory
// CHECK-COUNT-57: xyz.vload
// CHECK-NOT: xyz.vload
