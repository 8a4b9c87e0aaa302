// --xyz-drop-regions keeps, besides the image's size, a word that no store
// writes (xyz.unwritten_word): the first word of the first region no store
// names, when every store names its region. --xyz-if-convert sends a masked
// store there where its address may lie outside memory (if-convert.mlir).
// RUN: xyz-opt %s --split-input-file --xyz-drop-regions | FileCheck %s

// "in" is only read: its first word, 4.
// CHECK-LABEL: xyz.kernel @read_only_region
// CHECK-SAME: xyz.image_words = 20 : i64
// CHECK-SAME: xyz.unwritten_word = 4 : i64
xyz.kernel @read_only_region() attributes {xyz.outputs = ["out"]} {
  %c0 = arith.constant 0 : i32
  %c4 = arith.constant 4 : i32
  %c8 = arith.constant 8 : i32
  %c12 = arith.constant 12 : i32
  xyz.region "out" at %c0 size %c4 zero
  xyz.region "empty" at %c8 size %c0 zero
  xyz.region "in" at %c4 size %c4 random(bits 8)
  xyz.region "tmp" at %c12 size %c8 zero
  %x = xyz.load %c4 in "in"
  xyz.store %x, %c0 in "out"
  %v = xyz.vload %c12 in "tmp" : vector<8xi32>
  xyz.vstore %v, %c12 in "tmp" : vector<8xi32>
  xyz.return
}

// -----

// A store that names no region may write any word: none is known unwritten.
// CHECK-LABEL: xyz.kernel @unnamed_store
// CHECK-SAME: xyz.image_words = 8 : i64
// CHECK-NOT: xyz.unwritten_word
xyz.kernel @unnamed_store() attributes {xyz.outputs = ["out"]} {
  %c0 = arith.constant 0 : i32
  %c4 = arith.constant 4 : i32
  xyz.region "out" at %c0 size %c4 zero
  xyz.region "in" at %c4 size %c4 random(bits 8)
  %x = xyz.load %c4 in "in"
  xyz.store %x, %c0
  xyz.return
}

// -----

// Every region is written, one inside a thread loop.
// CHECK-LABEL: xyz.kernel @all_written
// CHECK-SAME: xyz.image_words = 8 : i64
// CHECK-NOT: xyz.unwritten_word
xyz.kernel @all_written() attributes {xyz.outputs = ["out"]} {
  %c0 = arith.constant 0 : i32
  %c4 = arith.constant 4 : i32
  xyz.region "out" at %c0 size %c4 zero
  xyz.region "in" at %c4 size %c4 random(bits 8)
  xyz.foreach_thread %t < %c4 {
    %a = arith.addi %t, %c4 : i32
    %x = xyz.load %a in "in"
    xyz.store %x, %t in "out"
    xyz.store %t, %a in "in"
  }
  xyz.return
}
