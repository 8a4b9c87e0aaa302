// RUN: xyz-opt %s --split-input-file --xyz-coalesce-loads | FileCheck %s
//
// Vectors made of words that threads expanded one after another read stay
// within half of scratch in program order: 16 scalar threads summing 512
// rows each would hold 1,024 vectors (4,102 words) live, and the program
// could not be scheduled; with the budget it compiles and matches its
// source.
// RUN: xyz-opt %xyz_src/examples/zoo/column_sum.mlir --xyz-specialize="rows=512 cols=16" --xyz-schedule="vectorize=0" | xyz-translate --vliw-to-json -o %t.json
// RUN: xyz-interp %xyz_src/examples/zoo/column_sum.mlir --shape "rows=512 cols=16" --random-image 1 --check %t.json | FileCheck %s --check-prefix=BUDGET
// BUDGET: expect: ok

// Five words of x read once each: one vector load of words 0-7 (word 20 is
// accessed, so words 5-7 are inside memory) and its lanes.
// CHECK-LABEL: xyz.kernel @five_words
// CHECK: %[[V:.*]] = xyz.vload %{{.*}} in "x" : vector<8xi32>
// CHECK: xyz.lane %[[V]][0]
// CHECK: xyz.lane %[[V]][4]
// CHECK-NOT: xyz.load
// CHECK: xyz.return
xyz.kernel @five_words() {
  %c0 = arith.constant 0 : i32
  %c1 = arith.constant 1 : i32
  %c2 = arith.constant 2 : i32
  %c3 = arith.constant 3 : i32
  %c4 = arith.constant 4 : i32
  %c20 = arith.constant 20 : i32
  %a = xyz.load %c0 in "x"
  %b = xyz.load %c1 in "x"
  %c = xyz.load %c2 in "x"
  %d = xyz.load %c3 in "x"
  %e = xyz.load %c4 in "x"
  %s1 = arith.addi %a, %b : i32
  %s2 = arith.addi %c, %d : i32
  %s3 = arith.addi %s1, %s2 : i32
  %s4 = arith.addi %s3, %e : i32
  xyz.store %s4, %c20 in "y"
  xyz.return
}

// -----

// The window ends at the highest word the program accesses (9): words 2-9,
// and a word stored between the vector load's place and its own load
// stays a load.
// CHECK-LABEL: xyz.kernel @window_and_store
// CHECK: %[[C2:.*]] = arith.constant 2 : i32
// CHECK-NEXT: %[[V:.*]] = xyz.vload %[[C2]] : vector<8xi32>
// CHECK: xyz.lane %[[V]][6]
// CHECK: xyz.lane %[[V]][7]
// CHECK: xyz.store
// CHECK: xyz.load
// CHECK: xyz.return
xyz.kernel @window_and_store() {
  %c5 = arith.constant 5 : i32
  %c8 = arith.constant 8 : i32
  %c9 = arith.constant 9 : i32
  %a = xyz.load %c8 in "x"
  %b = xyz.load %c9 in "y"
  %s = arith.addi %a, %b : i32
  xyz.store %s, %c5 in "x"
  %c = xyz.load %c5 in "x"
  xyz.store %c, %c8 in "x"
  xyz.return
}

// -----

// One word alone, and words 8 apart, stay loads.
// CHECK-LABEL: xyz.kernel @apart
// CHECK-NOT: xyz.vload
// CHECK-COUNT-2: xyz.load
xyz.kernel @apart() {
  %c0 = arith.constant 0 : i32
  %c8 = arith.constant 8 : i32
  %c100 = arith.constant 100 : i32
  %a = xyz.load %c0
  %b = xyz.load %c8
  %s = arith.addi %a, %b : i32
  xyz.store %s, %c100
  xyz.return
}

// -----

// A table that gathers also read: the words read once for all threads (the
// ones a selection picks from) are still one vector load.
// CHECK-LABEL: xyz.kernel @gathered_table
// CHECK: %[[V:.*]] = xyz.vload %{{.*}} in "table" : vector<8xi32>
// CHECK-NOT: xyz.load
// CHECK: xyz.gather %{{.*}} in "table"
xyz.kernel @gathered_table() {
  %c0 = arith.constant 0 : i32
  %c1 = arith.constant 1 : i32
  %c2 = arith.constant 2 : i32
  %c3 = arith.constant 3 : i32
  %c100 = arith.constant 100 : i32
  %a = xyz.load %c1 in "table"
  %b = xyz.load %c2 in "table"
  %c = xyz.load %c3 in "table"
  %idx = xyz.vload %c0 in "idx" : vector<8xi32>
  %g = xyz.gather %idx in "table" : vector<8xi32>
  %s = arith.addi %a, %b : i32
  %t = arith.addi %s, %c : i32
  xyz.store %t, %c100 in "out"
  xyz.vstore %g, %c100 in "out" : vector<8xi32>
  xyz.return
}

// -----

// Words of a region a vector load also reads stay word loads (a vectorized
// loop's leftover threads would wait for a late group's vector).
// CHECK-LABEL: xyz.kernel @vector_read
// CHECK-COUNT-2: xyz.load %{{.*}} in "x"
xyz.kernel @vector_read() {
  %c1 = arith.constant 1 : i32
  %c2 = arith.constant 2 : i32
  %c16 = arith.constant 16 : i32
  %c100 = arith.constant 100 : i32
  %v = xyz.vload %c16 in "x" : vector<8xi32>
  %a = xyz.load %c1 in "x"
  %b = xyz.load %c2 in "x"
  %s = arith.addi %a, %b : i32
  xyz.store %s, %c100 in "out"
  xyz.vstore %v, %c100 in "out" : vector<8xi32>
  xyz.return
}
