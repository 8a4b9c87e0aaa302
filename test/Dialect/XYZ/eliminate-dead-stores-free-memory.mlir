// RUN: xyz-opt %s --split-input-file --xyz-eliminate-dead-stores | FileCheck %s

// A specialized kernel's dead stores leave their words to the compiled
// program (xyz.free_memory): a thread loop's store at thread + 100 covers
// [100, 113) for 13 threads, one at the kernel's top level its word 90;
// the image ends at 110, so [100, 110). A store under a condition, or
// at an address that is not the thread id plus a constant, covers nothing
// for sure: its words are compared after the run, so they stay the
// kernel's.
// CHECK-LABEL: xyz.kernel @free
// CHECK-SAME: xyz.free_memory = {idx = array<i64: 90, 1, 100, 10>}
// CHECK-NOT: in "idx"
// CHECK-NOT: in "cond"
// CHECK-NOT: in "odd"
// CHECK: xyz.return
xyz.kernel @free() attributes {xyz.outputs = ["out"], xyz.image_words = 110 : i64, xyz.shape = {n = 13 : i32}} {
  %c13 = arith.constant 13 : i32
  %c100 = arith.constant 100 : i32
  %c90 = arith.constant 90 : i32
  %c2 = arith.constant 2 : i32
  xyz.store %c2, %c90 in "idx"
  xyz.foreach_thread %t < %c13 {
    %a = arith.addi %t, %c100 : i32
    %x = xyz.load %t in "in"
    xyz.store %x, %a in "idx"
    %c = arith.cmpi ult, %x, %c2 : i32
    scf.if %c {
      xyz.store %x, %t in "cond"
    }
    %o = arith.muli %t, %c2 : i32
    xyz.store %x, %o in "odd"
    xyz.store %x, %t in "out"
  }
  xyz.return
}

// -----

// Not specialized, or several cores (a shared scratch area would race):
// no free memory.
// CHECK-LABEL: xyz.kernel @unspecialized
// CHECK-NOT: xyz.free_memory
// CHECK-LABEL: xyz.kernel @cores
// CHECK-NOT: xyz.free_memory
xyz.kernel @unspecialized() attributes {xyz.outputs = ["out"], xyz.image_words = 110 : i64} {
  %c8 = arith.constant 8 : i32
  xyz.foreach_thread %t < %c8 {
    xyz.store %t, %t in "idx"
    xyz.store %t, %t in "out"
  }
  xyz.return
}
xyz.kernel @cores() attributes {xyz.outputs = ["out"], xyz.image_words = 110 : i64, xyz.shape = {n = 8 : i32}} {
  %c8 = arith.constant 8 : i32
  %c2 = arith.constant 2 : i32
  %core = xyz.core_id of %c2
  xyz.foreach_thread %t < %c8 {
    xyz.store %t, %t in "idx"
    xyz.store %core, %t in "out"
  }
  xyz.return
}
