// RUN: xyz-opt %s --split-input-file \
// RUN:   --xyz-carry-xor-constants="into-tables=1 only-vector-bound=0" | FileCheck %s
// RUN: xyz-opt %s --split-input-file --xyz-carry-xor-constants \
// RUN:   | FileCheck %s --check-prefix=OFF

// A hash ends in `^ 5`; its low bit b indexes a 2-word table at [100, 102)
// that two groups gather from, and the gathered word is xored into the
// hash. With into-tables the 5 moves into a copy of the table the program
// writes first into the kernel's free memory (words [40, 48) of "tmp",
// which the attribute no longer lists): a vector load of the table's 8
// words, an xor and a store; each gather reads the copy (its address add
// moved by 40 - 100) and the hash's xor is gone. The bit takes the 5 as the opposite polarity (5 is odd):
// 1 - b, so the address 100 + b becomes 101 - b' and then 41 - b'.
// CHECK-LABEL: xyz.kernel @table_copy
// CHECK-SAME: xyz.free_memory = {tmp = array<i64: 48, 8>}
// CHECK: %[[K:.*]] = arith.constant dense<5> : vector<8xi32>
// CHECK: %[[SRC:.*]] = arith.constant 100 : i32
// CHECK: %[[V:.*]] = xyz.vload %[[SRC]] in "tab" {xyz.table_copy} : vector<8xi32>
// CHECK: %[[X:.*]] = arith.xori %[[V]], %[[K]] : vector<8xi32>
// CHECK: %[[DST:.*]] = arith.constant 40 : i32
// CHECK: xyz.vstore %[[X]], %[[DST]] in "tmp.tab^100" : vector<8xi32>
// CHECK: %[[H0:.*]] = xyz.vload %{{.*}} in "v"
// CHECK: %[[B0:.*]] = arith.andi %[[H0]], %{{.*}} : vector<8xi32>
// CHECK: %[[C0:.*]] = arith.constant dense<41> : vector<8xi32>
// CHECK: %[[A0:.*]] = arith.subi %[[C0]], %[[B0]] : vector<8xi32>
// CHECK: %[[G0:.*]] = xyz.gather %[[A0]] in "tmp.tab^100" {xyz.address_range = array<i64: 40, 8>} : vector<8xi32>
// CHECK: %[[M0:.*]] = arith.xori %[[H0]], %[[G0]] : vector<8xi32>
// CHECK: xyz.vstore %[[M0]]
// CHECK-NOT: dense<5>
// CHECK: xyz.gather %{{.*}} in "tmp.tab^100"
// CHECK: xyz.return
// Off: the gathers read the table, the xors stay.
// OFF-LABEL: xyz.kernel @table_copy
// OFF-NOT: xyz.table_copy
// OFF: arith.xori %{{.*}}, %{{.*}} : vector<8xi32>
// OFF: xyz.gather %{{.*}} in "tab"
xyz.kernel @table_copy() attributes {xyz.free_memory = {tmp = array<i64: 40, 16>}} {
  %c0 = arith.constant 0 : i32
  %c8 = arith.constant 8 : i32
  %k = arith.constant dense<5> : vector<8xi32>
  %one = arith.constant dense<1> : vector<8xi32>
  %base = arith.constant dense<100> : vector<8xi32>
  %x0 = xyz.vload %c0 in "v" : vector<8xi32>
  %h0 = arith.xori %x0, %k : vector<8xi32>
  %b0 = arith.andi %h0, %one : vector<8xi32>
  %a0 = arith.addi %b0, %base : vector<8xi32>
  %g0 = xyz.gather %a0 in "tab" {xyz.address_range = array<i64: 100, 8>} : vector<8xi32>
  %m0 = arith.xori %h0, %g0 : vector<8xi32>
  xyz.vstore %m0, %c0 in "out" : vector<8xi32>
  %x1 = xyz.vload %c8 in "v" : vector<8xi32>
  %h1 = arith.xori %x1, %k : vector<8xi32>
  %b1 = arith.andi %h1, %one : vector<8xi32>
  %a1 = arith.addi %b1, %base : vector<8xi32>
  %g1 = xyz.gather %a1 in "tab" {xyz.address_range = array<i64: 100, 8>} : vector<8xi32>
  %m1 = arith.xori %h1, %g1 : vector<8xi32>
  xyz.vstore %m1, %c8 in "out" : vector<8xi32>
  xyz.return
}

// -----

// The same without free memory, with a table the kernel stores to, with
// an address the bits do not prove in range (a data-dependent word), and
// with one gather for 8 words (a copy would cost more than it saves):
// nothing changes.
// CHECK-LABEL: xyz.kernel @no_copy
// CHECK-NOT: xyz.table_copy
// CHECK-NOT: "tmp.
// CHECK: xyz.return
xyz.kernel @no_copy() attributes {xyz.free_memory = {tmp = array<i64: 40, 16>}} {
  %c0 = arith.constant 0 : i32
  %c8 = arith.constant 8 : i32
  %k = arith.constant dense<5> : vector<8xi32>
  %one = arith.constant dense<1> : vector<8xi32>
  %base = arith.constant dense<100> : vector<8xi32>
  // One gather of an 8-word range: below two per vector of words.
  %x0 = xyz.vload %c0 in "v" : vector<8xi32>
  %h0 = arith.xori %x0, %k : vector<8xi32>
  %b0 = arith.andi %h0, %one : vector<8xi32>
  %a0 = arith.addi %b0, %base : vector<8xi32>
  %g0 = xyz.gather %a0 in "tab" {xyz.address_range = array<i64: 100, 8>} : vector<8xi32>
  %m0 = arith.xori %h0, %g0 : vector<8xi32>
  xyz.vstore %m0, %c0 in "out" : vector<8xi32>
  // An address from memory: the hint proves nothing.
  %x1 = xyz.vload %c8 in "v" : vector<8xi32>
  %h1 = arith.xori %x1, %k : vector<8xi32>
  %y1 = xyz.vload %c8 in "w" : vector<8xi32>
  %g1 = xyz.gather %y1 in "tab2" {xyz.address_range = array<i64: 200, 8>} : vector<8xi32>
  %m1 = arith.xori %h1, %g1 : vector<8xi32>
  xyz.vstore %m1, %c8 in "out" : vector<8xi32>
  %y2 = xyz.vload %c0 in "w" : vector<8xi32>
  %g2 = xyz.gather %y2 in "tab2" {xyz.address_range = array<i64: 200, 8>} : vector<8xi32>
  %m2 = arith.xori %h1, %g2 : vector<8xi32>
  xyz.vstore %m2, %c0 in "out2" : vector<8xi32>
  xyz.return
}
