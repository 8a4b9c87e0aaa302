// RUN: xyz-opt %s --split-input-file --xyz-vectorize-inner-loops | FileCheck %s

// A thread per row of 16 words: the row in two chunks of 8 iterations, the
// count of each lane combined after the loop.
// CHECK-LABEL: xyz.kernel @rows
// CHECK: xyz.foreach_thread %[[R:.*]] < %{{.*}} {
// CHECK:   %[[ROW:.*]] = arith.muli %[[R]], %c16_i32
// CHECK:   %[[V:.*]] = scf.for %[[K:.*]] = %{{.*}} to %{{.*}} step %{{.*}} iter_args(%[[A:.*]] = %{{.*}}) -> (vector<8xi32>) {
// CHECK:     %[[K32:.*]] = arith.index_cast %[[K]] : index to i32
// CHECK:     %[[J0:.*]] = arith.muli %[[K32]], %c8_i32
// CHECK:     %[[E:.*]] = arith.addi %[[ROW]], %[[J0]] : i32
// CHECK:     %[[X:.*]] = xyz.vload %[[E]] in "img" : vector<8xi32>
// CHECK:     %[[GT:.*]] = arith.cmpi ugt, %[[X]], %{{.*}} : vector<8xi32>
// CHECK:     %[[SEL:.*]] = arith.select %[[GT]], %{{.*}}, %{{.*}} : vector<8xi1>, vector<8xi32>
// CHECK:     xyz.vstore %[[SEL]], %[[E]] in "bin" : vector<8xi32>
// CHECK:     %[[G:.*]] = arith.extui %[[GT]] : vector<8xi1> to vector<8xi32>
// CHECK:     %[[N:.*]] = arith.addi %[[A]], %[[G]] : vector<8xi32>
// CHECK:     scf.yield %[[N]] : vector<8xi32>
// CHECK:   %[[T:.*]] = xyz.reduce_lanes add %[[V]] : vector<8xi32>
// CHECK:   %[[S:.*]] = arith.addi %c0_i32, %[[T]] : i32
// CHECK-NOT: scf.for
// CHECK:   xyz.store %[[S]], %[[R]] in "cnt"
xyz.kernel @rows() {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c16 = arith.constant 16 : index
  %c0_i32 = arith.constant 0 : i32
  %c16_i32 = arith.constant 16 : i32
  %c255 = arith.constant 255 : i32
  %thr = xyz.load %c0_i32 in "thr"
  xyz.foreach_thread %r < %c16_i32 {
    %row = arith.muli %r, %c16_i32 : i32
    %cnt = scf.for %j = %c0 to %c16 step %c1 iter_args(%c = %c0_i32) -> (i32) {
      %j32 = arith.index_cast %j : index to i32
      %e = arith.addi %row, %j32 : i32
      %p = xyz.load %e in "img"
      %gt = arith.cmpi ugt, %p, %thr : i32
      %v = arith.select %gt, %c255, %c0_i32 : i32
      xyz.store %v, %e in "bin"
      %g = arith.extui %gt : i1 to i32
      %c2 = arith.addi %c, %g : i32
      scf.yield %c2 : i32
    }
    xyz.store %cnt, %r in "cnt"
  }
  xyz.return
}

// -----

// 13 trips: one chunk, then the chunk of iterations 5..12, whose first
// three lanes (5..7, done already) count as the identity of the product.
// CHECK-LABEL: xyz.kernel @tail
// CHECK: scf.for
// CHECK:   xyz.vload
// CHECK:   arith.muli
// CHECK: %[[J5:.*]] = arith.constant 5 : i32
// CHECK: %[[E:.*]] = arith.addi %{{.*}}, %[[J5]] : i32
// CHECK: %[[X:.*]] = xyz.vload %[[E]] in "a" : vector<8xi32>
// CHECK: xyz.vstore %{{.*}}, %{{.*}} in "b" : vector<8xi32>
// CHECK: %[[MASK:.*]] = arith.constant dense<[false, false, false, true, true, true, true, true]> : vector<8xi1>
// CHECK: %[[ONE:.*]] = arith.constant dense<1> : vector<8xi32>
// CHECK: %[[M:.*]] = arith.select %[[MASK]], %[[X]], %[[ONE]] : vector<8xi1>, vector<8xi32>
// CHECK: %[[ALL:.*]] = arith.muli %{{.*}}, %[[M]] : vector<8xi32>
// CHECK: xyz.reduce_lanes mul %[[ALL]]
// CHECK-NOT: scf.for
xyz.kernel @tail() {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c13 = arith.constant 13 : index
  %c1_i32 = arith.constant 1 : i32
  %c13_i32 = arith.constant 13 : i32
  %c4_i32 = arith.constant 4 : i32
  xyz.foreach_thread %r < %c4_i32 {
    %row = arith.muli %r, %c13_i32 : i32
    %m = scf.for %j = %c0 to %c13 step %c1 iter_args(%acc = %c1_i32) -> (i32) {
      %j32 = arith.index_cast %j : index to i32
      %e = arith.addi %row, %j32 : i32
      %x = xyz.load %e in "a"
      %y = arith.addi %x, %c1_i32 : i32
      xyz.store %y, %e in "b"
      %n = arith.muli %acc, %x : i32
      scf.yield %n : i32
    }
    xyz.store %m, %r in "m"
  }
  xyz.return
}

// -----

// In place (the loop reads what it stores): running an iteration twice
// would add twice, so the last 4 iterations stay a scalar loop. With 20
// iterations two chunks pay for it; with 12, one chunk and 4 scalar
// iterations per thread (an ALU op and a load and a store each) cost more
// than threads on lanes, and the loop is left alone.
// CHECK-LABEL: xyz.kernel @in_place
// CHECK: scf.for %{{.*}} = %{{.*}} to %{{.*}} step %{{.*}} {
// CHECK:   xyz.vload %[[E:.*]] in "a" : vector<8xi32>
// CHECK:   xyz.vstore %{{.*}}, %[[E]] in "a" : vector<8xi32>
// CHECK: scf.for %{{.*}} = %c16 to %c20 step %c1
// CHECK:   xyz.load
// CHECK:   xyz.store
// CHECK-LABEL: xyz.kernel @in_place_short
// CHECK-NOT: xyz.vload
// CHECK: xyz.return
xyz.kernel @in_place() {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c20 = arith.constant 20 : index
  %c1_i32 = arith.constant 1 : i32
  %c20_i32 = arith.constant 20 : i32
  %c4_i32 = arith.constant 4 : i32
  xyz.foreach_thread %r < %c4_i32 {
    %row = arith.muli %r, %c20_i32 : i32
    scf.for %j = %c0 to %c20 step %c1 {
      %j32 = arith.index_cast %j : index to i32
      %e = arith.addi %row, %j32 : i32
      %x = xyz.load %e in "a"
      %y = arith.addi %x, %c1_i32 : i32
      xyz.store %y, %e in "a"
    }
  }
  xyz.return
}
xyz.kernel @in_place_short() {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c12 = arith.constant 12 : index
  %c1_i32 = arith.constant 1 : i32
  %c12_i32 = arith.constant 12 : i32
  %c4_i32 = arith.constant 4 : i32
  xyz.foreach_thread %r < %c4_i32 {
    %row = arith.muli %r, %c12_i32 : i32
    scf.for %j = %c0 to %c12 step %c1 {
      %j32 = arith.index_cast %j : index to i32
      %e = arith.addi %row, %j32 : i32
      %x = xyz.load %e in "a"
      %y = arith.addi %x, %c1_i32 : i32
      xyz.store %y, %e in "a"
    }
  }
  xyz.return
}

// -----

// Signed maximum (outside thread loops): the lanes keep the unsigned
// maximum of sign-flipped words. A load at a computed address is a gather.
// CHECK-LABEL: xyz.kernel @signed_max
// CHECK: %[[X:.*]] = xyz.vload %{{.*}} in "a" : vector<8xi32>
// CHECK: %[[Y:.*]] = xyz.gather %[[X]] in "lut" : vector<8xi32>
// CHECK: %[[B:.*]] = arith.xori %[[Y]], %{{.*}} : vector<8xi32>
// CHECK: arith.maxui %{{.*}}, %[[B]] : vector<8xi32>
// CHECK: %[[T:.*]] = xyz.reduce_lanes maxu
// CHECK: %[[U:.*]] = arith.xori %[[T]], %{{.*}} : i32
// CHECK: arith.maxsi %{{.*}}, %[[U]] : i32
xyz.kernel @signed_max() {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c16 = arith.constant 16 : index
  %c0_i32 = arith.constant 0 : i32
  %m = scf.for %j = %c0 to %c16 step %c1 iter_args(%acc = %c0_i32) -> (i32) {
    %j32 = arith.index_cast %j : index to i32
    %x = xyz.load %j32 in "a"
    %y = xyz.load %x in "lut"
    %n = arith.maxsi %acc, %y : i32
    scf.yield %n : i32
  }
  xyz.store %m, %c0_i32 in "m"
  xyz.return
}

// -----

// Left alone: threads on lanes read these contiguously (a column per
// thread); a carried value that is not a reduction (a running sum stored);
// a store next to a load of another word of its region; 9 trips in a thread
// (2 chunks for 9 iterations cost more than the lane transposition).
// CHECK-LABEL: xyz.kernel @left_alone
// CHECK-NOT: vector
xyz.kernel @left_alone() {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c9 = arith.constant 9 : index
  %c16 = arith.constant 16 : index
  %c0_i32 = arith.constant 0 : i32
  %c1_i32 = arith.constant 1 : i32
  %c16_i32 = arith.constant 16 : i32
  %c32_i32 = arith.constant 32 : i32
  xyz.foreach_thread %r < %c16_i32 {
    %row = arith.muli %r, %c32_i32 : i32
    %s = scf.for %j = %c0 to %c16 step %c1 iter_args(%acc = %c0_i32) -> (i32) {
      %j32 = arith.index_cast %j : index to i32
      %jr = arith.muli %j32, %c16_i32 : i32
      %e = arith.addi %jr, %r : i32
      %x = xyz.load %e in "col"
      %n = arith.addi %acc, %x : i32
      scf.yield %n : i32
    }
    xyz.store %s, %r in "out"
    %t = scf.for %j = %c0 to %c16 step %c1 iter_args(%acc = %c0_i32) -> (i32) {
      %j32 = arith.index_cast %j : index to i32
      %e = arith.addi %row, %j32 : i32
      %x = xyz.load %e in "a"
      %n = arith.addi %acc, %x : i32
      xyz.store %n, %e in "scan"
      scf.yield %n : i32
    }
    xyz.store %t, %r in "out2"
    scf.for %j = %c0 to %c16 step %c1 {
      %j32 = arith.index_cast %j : index to i32
      %e = arith.addi %row, %j32 : i32
      %e1 = arith.addi %e, %c1_i32 : i32
      %x = xyz.load %e in "a"
      xyz.store %x, %e1 in "a"
    }
    %u = scf.for %j = %c0 to %c9 step %c1 iter_args(%acc = %c0_i32) -> (i32) {
      %j32 = arith.index_cast %j : index to i32
      %e = arith.addi %row, %j32 : i32
      %x = xyz.load %e in "b"
      %n = arith.addi %acc, %x : i32
      scf.yield %n : i32
    }
    xyz.store %u, %r in "out3"
  }
  xyz.return
}

// -----

// Outside thread loops there is nothing else to put on lanes: 9 trips are
// a chunk and a chunk of iterations 1..8.
// CHECK-LABEL: xyz.kernel @sequential
// CHECK: scf.for
// CHECK:   xyz.vload
// CHECK:   xyz.vstore
// CHECK: %[[J1:.*]] = arith.constant 1 : i32
// CHECK: xyz.vload %[[J1]] in "a"
// CHECK: xyz.vstore %{{.*}}, %{{.*}} in "b"
// CHECK-NOT: scf.for
xyz.kernel @sequential() {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c9 = arith.constant 9 : index
  %c3_i32 = arith.constant 3 : i32
  %c100_i32 = arith.constant 100 : i32
  scf.for %j = %c0 to %c9 step %c1 {
    %j32 = arith.index_cast %j : index to i32
    %x = xyz.load %j32 in "a"
    %y = arith.muli %x, %c3_i32 : i32
    %e = arith.addi %j32, %c100_i32 : i32
    xyz.store %y, %e in "b"
  }
  xyz.return
}

// -----

// Under an scf.if outside threads: both arms run on the machine and
// --xyz-if-convert masks the vector stores (the old words loaded and
// written back), so the loop runs 8 words at a time there too.
// CHECK-LABEL: xyz.kernel @under_if
// CHECK: scf.if
// CHECK:   scf.for
// CHECK:     %[[X:.*]] = xyz.vload %{{.*}} in "a" : vector<8xi32>
// CHECK:     %[[Y:.*]] = arith.addi %[[X]], %{{.*}} : vector<8xi32>
// CHECK:     xyz.vstore %[[Y]], %{{.*}} in "b" : vector<8xi32>
xyz.kernel @under_if() {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c16 = arith.constant 16 : index
  %c0_i32 = arith.constant 0 : i32
  %c1_i32 = arith.constant 1 : i32
  %flag = xyz.load %c0_i32 in "flag"
  %on = arith.cmpi ne, %flag, %c0_i32 : i32
  scf.if %on {
    scf.for %j = %c0 to %c16 step %c1 {
      %j32 = arith.index_cast %j : index to i32
      %x = xyz.load %j32 in "a"
      %y = arith.addi %x, %c1_i32 : i32
      xyz.store %y, %j32 in "b"
    }
  }
  xyz.return
}

// -----

// Under a condition inside a thread loop (a per-thread condition: no masked
// vector store), or where a load would become a gather (no masked form):
// left alone.
// CHECK-LABEL: xyz.kernel @under_if_left_alone
// CHECK-NOT: vector
xyz.kernel @under_if_left_alone() {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c16 = arith.constant 16 : index
  %c0_i32 = arith.constant 0 : i32
  %c1_i32 = arith.constant 1 : i32
  %c4_i32 = arith.constant 4 : i32
  %flag = xyz.load %c0_i32 in "flag"
  %on = arith.cmpi ne, %flag, %c0_i32 : i32
  xyz.foreach_thread %t < %c4_i32 {
    scf.if %on {
      %row = arith.muli %t, %c4_i32 : i32
      scf.for %j = %c0 to %c16 step %c1 {
        %j32 = arith.index_cast %j : index to i32
        %e = arith.addi %row, %j32 : i32
        %x = xyz.load %e in "a"
        xyz.store %x, %e in "b"
      }
    }
  }
  scf.if %on {
    scf.for %j = %c0 to %c16 step %c1 {
      %j32 = arith.index_cast %j : index to i32
      %j2 = arith.muli %j32, %j32 : i32
      %x = xyz.load %j2 in "a"
      xyz.store %x, %j32 in "b"
    }
  }
  xyz.return
}

// -----

// A running sum stored every iteration (a scan), outside thread loops: per
// chunk, its own prefix p_i = x_0 + ... + x_i as word adds (on the ALU,
// chunks independent of each other) gathered into one vector, the carry
// added to every lane, and the carry moved on by p_7: one add from chunk
// to chunk.
// CHECK-LABEL: xyz.kernel @prefix_sum
// CHECK: %[[P:.*]] = scf.for %{{.*}} = %{{.*}} to %{{.*}} step %{{.*}} iter_args(%[[C:.*]] = %c0_i32) -> (i32) {
// CHECK:   %[[X:.*]] = xyz.vload %{{.*}} in "a" : vector<8xi32>
// CHECK:   %[[L0:.*]] = xyz.lane %[[X]][0]
// CHECK:   %[[L1:.*]] = xyz.lane %[[X]][1]
// CHECK:   %[[P1:.*]] = arith.addi %[[L0]], %[[L1]] : i32
// CHECK:   %[[L7:.*]] = xyz.lane %[[X]][7]
// CHECK:   %[[P7:.*]] = arith.addi %{{.*}}, %[[L7]] : i32
// CHECK:   %[[LOCAL:.*]] = xyz.from_words %[[L0]], %[[P1]], %{{.*}}, %{{.*}}, %{{.*}}, %{{.*}}, %{{.*}}, %[[P7]] : vector<8xi32>
// CHECK:   %[[BC:.*]] = xyz.broadcast %[[C]] : vector<8xi32>
// CHECK:   %[[S:.*]] = arith.addi %[[BC]], %[[LOCAL]] : vector<8xi32>
// CHECK:   %[[N:.*]] = arith.addi %[[C]], %[[P7]] : i32
// CHECK:   xyz.vstore %[[S]], %{{.*}} in "pre" : vector<8xi32>
// CHECK:   scf.yield %[[N]] : i32
// CHECK: scf.for %{{.*}} = %c16 to %c20 step %c1 iter_args(%{{.*}} = %[[P]])
xyz.kernel @prefix_sum() {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c20 = arith.constant 20 : index
  %c0_i32 = arith.constant 0 : i32
  %c100_i32 = arith.constant 100 : i32
  %s = scf.for %j = %c0 to %c20 step %c1 iter_args(%acc = %c0_i32) -> (i32) {
    %j32 = arith.index_cast %j : index to i32
    %x = xyz.load %j32 in "a"
    %n = arith.addi %acc, %x : i32
    %e = arith.addi %j32, %c100_i32 : i32
    xyz.store %n, %e in "pre"
    scf.yield %n : i32
  }
  xyz.store %s, %c0_i32 in "total"
  xyz.return
}

// -----

// A running xor and a running unsigned maximum, stored every iteration:
// the same, each with its own op.
// CHECK-LABEL: xyz.kernel @xor_max_scans
// CHECK: scf.for %{{.*}} iter_args(%[[C:.*]] = %c0_i32, %[[D:.*]] = %c0_i32) -> (i32, i32) {
// CHECK:   %[[X:.*]] = xyz.vload %{{.*}} in "a" : vector<8xi32>
// CHECK:   %[[Q1:.*]] = arith.xori %{{.*}}, %{{.*}} : i32
// CHECK:   %[[LX:.*]] = xyz.from_words
// CHECK:   %[[BX:.*]] = xyz.broadcast %[[C]] : vector<8xi32>
// CHECK:   %[[SX:.*]] = arith.xori %[[BX]], %[[LX]] : vector<8xi32>
// CHECK:   %[[M1:.*]] = arith.maxui %{{.*}}, %{{.*}} : i32
// CHECK:   %[[LM:.*]] = xyz.from_words
// CHECK:   %[[BM:.*]] = xyz.broadcast %[[D]] : vector<8xi32>
// CHECK:   %[[SM:.*]] = arith.maxui %[[BM]], %[[LM]] : vector<8xi32>
// CHECK:   xyz.vstore %[[SX]], %{{.*}} in "px" : vector<8xi32>
// CHECK:   xyz.vstore %[[SM]], %{{.*}} in "pm" : vector<8xi32>
xyz.kernel @xor_max_scans() {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c32 = arith.constant 32 : index
  %c0_i32 = arith.constant 0 : i32
  %c100_i32 = arith.constant 100 : i32
  %s:2 = scf.for %j = %c0 to %c32 step %c1 iter_args(%acc = %c0_i32, %mx = %c0_i32) -> (i32, i32) {
    %j32 = arith.index_cast %j : index to i32
    %x = xyz.load %j32 in "a"
    %n = arith.xori %acc, %x : i32
    %m = arith.maxui %mx, %x : i32
    %e = arith.addi %j32, %c100_i32 : i32
    xyz.store %n, %e in "px"
    xyz.store %m, %e in "pm"
    scf.yield %n, %m : i32, i32
  }
  xyz.return
}

// -----

// Scans stay scalar inside thread loops (each lane's running sum is one
// add an iteration there) and below 16 trips.
// CHECK-LABEL: xyz.kernel @scans_left_alone
// CHECK-NOT: vector
xyz.kernel @scans_left_alone() {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c12 = arith.constant 12 : index
  %c32 = arith.constant 32 : index
  %c0_i32 = arith.constant 0 : i32
  %c32_i32 = arith.constant 32 : i32
  %c8_i32 = arith.constant 8 : i32
  xyz.foreach_thread %r < %c8_i32 {
    %row = arith.muli %r, %c32_i32 : i32
    %s = scf.for %j = %c0 to %c32 step %c1 iter_args(%acc = %c0_i32) -> (i32) {
      %j32 = arith.index_cast %j : index to i32
      %e = arith.addi %row, %j32 : i32
      %x = xyz.load %e in "a"
      %n = arith.addi %acc, %x : i32
      xyz.store %n, %e in "pre"
      scf.yield %n : i32
    }
    xyz.store %s, %r in "total"
  }
  %t = scf.for %j = %c0 to %c12 step %c1 iter_args(%acc = %c0_i32) -> (i32) {
    %j32 = arith.index_cast %j : index to i32
    %x = xyz.load %j32 in "b"
    %n = arith.addi %acc, %x : i32
    xyz.store %n, %j32 in "pre2"
    scf.yield %n : i32
  }
  xyz.store %t, %c0_i32 in "total2"
  xyz.return
}

// -----

// An in-place update under a condition (halve the odd words): the store
// writes the old word back where the condition is false, a word the body
// loads anyway (LoopConditionalStores.cpp), and the body is straight-line:
// 16 words in two chunks. A store under a condition to a word the body does
// not load stays an scf.if, and the loop a loop.
// CHECK-LABEL: xyz.kernel @conditional_in_place
// CHECK-NOT: scf.if
// CHECK: %[[X:.*]] = xyz.vload %[[A:.*]] in "a" : vector<8xi32>
// CHECK: %[[H:.*]] = arith.shrui %[[X]]
// CHECK: %[[OLD:.*]] = xyz.vload %[[A]] in "a" : vector<8xi32>
// CHECK: %[[V:.*]] = arith.select %{{.*}}, %[[H]], %[[OLD]] : vector<8xi1>, vector<8xi32>
// CHECK: xyz.vstore %[[V]], %[[A]] in "a" : vector<8xi32>
// CHECK-LABEL: xyz.kernel @conditional_elsewhere
// CHECK: scf.for
// CHECK: scf.if
xyz.kernel @conditional_in_place() {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c16 = arith.constant 16 : index
  %one = arith.constant 1 : i32
  %zero = arith.constant 0 : i32
  scf.for %j = %c0 to %c16 step %c1 {
    %j32 = arith.index_cast %j : index to i32
    %x = xyz.load %j32 in "a"
    %bit = arith.andi %x, %one : i32
    %odd = arith.cmpi ne, %bit, %zero : i32
    scf.if %odd {
      %h = arith.shrui %x, %one : i32
      xyz.store %h, %j32 in "a"
    }
  }
  xyz.return
}
xyz.kernel @conditional_elsewhere() {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c16 = arith.constant 16 : index
  %one = arith.constant 1 : i32
  %zero = arith.constant 0 : i32
  %c16_i32 = arith.constant 16 : i32
  scf.for %j = %c0 to %c16 step %c1 {
    %j32 = arith.index_cast %j : index to i32
    %x = xyz.load %j32 in "a"
    %bit = arith.andi %x, %one : i32
    %odd = arith.cmpi ne, %bit, %zero : i32
    %o = arith.addi %j32, %c16_i32 : i32
    scf.if %odd {
      xyz.store %x, %o in "b"
    }
  }
  xyz.return
}

// -----

// Two threads of 100-word rows, each summed and its signed minimum and
// maximum taken: with threads on lanes 6 lanes of every op idle and every
// iteration a step of the chains (a compare, a select and the sign bias:
// 300 steps); in chunks two threads' worth of work and 16 steps a chain.
// Eight threads: the lanes full, but the chains alone longer than the
// chunks' work.
// CHECK-LABEL: xyz.kernel @two_rows
// CHECK: scf.for
// CHECK:   xyz.vload %{{.*}} in "img" : vector<8xi32>
// CHECK: xyz.reduce_lanes minu
// CHECK-LABEL: xyz.kernel @eight_rows
// CHECK: scf.for
// CHECK:   xyz.vload %{{.*}} in "img" : vector<8xi32>
// CHECK: xyz.reduce_lanes maxu
xyz.kernel @two_rows() {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c100 = arith.constant 100 : index
  %c0_i32 = arith.constant 0 : i32
  %c3_i32 = arith.constant 3 : i32
  %cT = arith.constant 2 : i32
  %c100_i32 = arith.constant 100 : i32
  %big = arith.constant 2147483647 : i32
  %small = arith.constant -2147483648 : i32
  xyz.foreach_thread %r < %cT {
    %row = arith.muli %r, %c100_i32 : i32
    %s, %lo, %hi = scf.for %j = %c0 to %c100 step %c1
        iter_args(%a = %c0_i32, %b = %big, %c = %small) -> (i32, i32, i32) {
      %j32 = arith.index_cast %j : index to i32
      %e = arith.addi %row, %j32 : i32
      %x = xyz.load %e in "img"
      %a2 = arith.addi %a, %x : i32
      %b2 = arith.minsi %b, %x : i32
      %c2 = arith.maxsi %c, %x : i32
      scf.yield %a2, %b2, %c2 : i32, i32, i32
    }
    %o = arith.muli %r, %c3_i32 : i32
    xyz.store %s, %o in "sum"
    xyz.store %lo, %o in "lo"
    xyz.store %hi, %o in "hi"
  }
  xyz.return
}
xyz.kernel @eight_rows() {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c100 = arith.constant 100 : index
  %c0_i32 = arith.constant 0 : i32
  %c3_i32 = arith.constant 3 : i32
  %cT = arith.constant 8 : i32
  %c100_i32 = arith.constant 100 : i32
  %big = arith.constant 2147483647 : i32
  %small = arith.constant -2147483648 : i32
  xyz.foreach_thread %r < %cT {
    %row = arith.muli %r, %c100_i32 : i32
    %s, %lo, %hi = scf.for %j = %c0 to %c100 step %c1
        iter_args(%a = %c0_i32, %b = %big, %c = %small) -> (i32, i32, i32) {
      %j32 = arith.index_cast %j : index to i32
      %e = arith.addi %row, %j32 : i32
      %x = xyz.load %e in "img"
      %a2 = arith.addi %a, %x : i32
      %b2 = arith.minsi %b, %x : i32
      %c2 = arith.maxsi %c, %x : i32
      scf.yield %a2, %b2, %c2 : i32, i32, i32
    }
    %o = arith.muli %r, %c3_i32 : i32
    xyz.store %s, %o in "sum"
    xyz.store %lo, %o in "lo"
    xyz.store %hi, %o in "hi"
  }
  xyz.return
}

// -----

// Two stores into one region, 16 words apart: a word both write is written
// in iterations 16 apart, so in different chunks, in their order; 3 words
// apart, within a chunk: left alone.
// CHECK-LABEL: xyz.kernel @two_outputs
// CHECK: scf.for
// CHECK:   %[[X:.*]] = xyz.vload %{{.*}} in "a" : vector<8xi32>
// CHECK:   xyz.vstore %{{.*}}, %[[P:.*]] in "out" : vector<8xi32>
// CHECK:   %[[Q:.*]] = arith.addi %[[P]], %c16_i32 : i32
// CHECK:   xyz.vstore %{{.*}}, %[[Q]] in "out" : vector<8xi32>
// CHECK-LABEL: xyz.kernel @near_outputs
// CHECK-NOT: vector
xyz.kernel @two_outputs() {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c32 = arith.constant 32 : index
  %c1_i32 = arith.constant 1 : i32
  %c16_i32 = arith.constant 16 : i32
  %c100_i32 = arith.constant 100 : i32
  scf.for %j = %c0 to %c32 step %c1 {
    %j32 = arith.index_cast %j : index to i32
    %x = xyz.load %j32 in "a"
    %y = arith.addi %x, %c1_i32 : i32
    %p = arith.addi %j32, %c100_i32 : i32
    xyz.store %x, %p in "out"
    %q = arith.addi %p, %c16_i32 : i32
    xyz.store %y, %q in "out"
  }
  xyz.return
}
xyz.kernel @near_outputs() {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c32 = arith.constant 32 : index
  %c1_i32 = arith.constant 1 : i32
  %c3_i32 = arith.constant 3 : i32
  %c100_i32 = arith.constant 100 : i32
  scf.for %j = %c0 to %c32 step %c1 {
    %j32 = arith.index_cast %j : index to i32
    %x = xyz.load %j32 in "a"
    %y = arith.addi %x, %c1_i32 : i32
    %p = arith.addi %j32, %c100_i32 : i32
    xyz.store %x, %p in "out"
    %q = arith.addi %p, %c3_i32 : i32
    xyz.store %y, %q in "out"
  }
  xyz.return
}

// -----

// The first maximum and its index (argmax), outside threads: each lane keeps
// its best word, the index chosen with it and the 1-based iteration it came
// from (0: the initial value); after the chunks the lanes join in a tree,
// by value, then the earlier iteration (a strict test keeps the first of
// equal words), and the last 4 iterations run as the loop from there.
// CHECK-LABEL: xyz.kernel @argmax
// CHECK: %[[M0:.*]] = xyz.broadcast %c0_i32 : vector<8xi32>
// CHECK: %[[V:.*]]:3 = scf.for %{{.*}} iter_args(%[[M:.*]] = %[[M0]], %[[I:.*]] = %{{.*}}, %[[P:.*]] = %{{.*}}) -> (vector<8xi32>, vector<8xi32>, vector<8xi32>) {
// CHECK:   %[[J:.*]] = arith.addi %{{.*}}, %{{.*}} : vector<8xi32>
// CHECK:   %[[X:.*]] = xyz.vload %{{.*}} in "a" : vector<8xi32>
// CHECK:   %[[GT:.*]] = arith.cmpi ugt, %[[X]], %[[M]] : vector<8xi32>
// CHECK:   %[[M2:.*]] = arith.select %[[GT]], %[[X]], %[[M]]
// CHECK:   %[[I2:.*]] = arith.select %[[GT]], %[[J]], %[[I]]
// CHECK:   %[[POS:.*]] = arith.addi %[[J]], %{{.*}} : vector<8xi32>
// CHECK:   %[[P2:.*]] = arith.select %[[GT]], %[[POS]], %[[P]]
// CHECK:   scf.yield %[[M2]], %[[I2]], %[[P2]]
// CHECK-COUNT-7: arith.cmpi ult, %{{.*}}, %{{.*}} : i32
// CHECK: arith.select %{{.*}}, %{{.*}}, %{{.*}} : i32
// CHECK: %[[A:.*]] = arith.select %{{.*}}, %{{.*}}, %{{.*}} : i32
// CHECK: %[[B:.*]] = arith.select %{{.*}}, %{{.*}}, %{{.*}} : i32
// CHECK: scf.for %{{.*}} = %c16 to %c20 step %c1 iter_args(%{{.*}} = %[[A]], %{{.*}} = %[[B]])
xyz.kernel @argmax() {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c20 = arith.constant 20 : index
  %c0_i32 = arith.constant 0 : i32
  %c100_i32 = arith.constant 100 : i32
  %r:2 = scf.for %j = %c0 to %c20 step %c1 iter_args(%mx = %c0_i32, %at = %c0_i32) -> (i32, i32) {
    %j32 = arith.index_cast %j : index to i32
    %v = xyz.load %j32 in "a"
    %gt = arith.cmpi ugt, %v, %mx : i32
    %mx2 = arith.select %gt, %v, %mx : i32
    %at2 = arith.select %gt, %j32, %at : i32
    scf.yield %mx2, %at2 : i32, i32
  }
  xyz.store %r#0, %c100_i32 in "out"
  xyz.store %r#1, %c0_i32 in "out"
  xyz.return
}

// -----

// A maximum over 80 words: a compare and a select a chunk on its chain, so
// two sets of lanes take the even and the odd chunks (4 iterations of 2
// chunks), joined lane by lane after the loop.
// CHECK-LABEL: xyz.kernel @two_sets
// CHECK: %[[V:.*]]:2 = scf.for %{{.*}} = %{{.*}} to %c5{{.*}} step %{{.*}} iter_args(%[[A:.*]] = %{{.*}}, %[[B:.*]] = %{{.*}}) -> (vector<8xi32>, vector<8xi32>) {
// CHECK:   %[[X:.*]] = xyz.vload %{{.*}} in "a" : vector<8xi32>
// CHECK:   %[[A2:.*]] = arith.maxui %[[A]], %[[X]] : vector<8xi32>
// CHECK:   %[[Y:.*]] = xyz.vload %{{.*}} in "a" : vector<8xi32>
// CHECK:   %[[B2:.*]] = arith.maxui %[[B]], %[[Y]] : vector<8xi32>
// CHECK:   scf.yield %[[A2]], %[[B2]]
// CHECK: %[[J:.*]] = arith.maxui %[[V]]#0, %[[V]]#1 : vector<8xi32>
// CHECK: xyz.reduce_lanes maxu %[[J]]
xyz.kernel @two_sets() {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c80 = arith.constant 80 : index
  %c0_i32 = arith.constant 0 : i32
  %m = scf.for %j = %c0 to %c80 step %c1 iter_args(%acc = %c0_i32) -> (i32) {
    %j32 = arith.index_cast %j : index to i32
    %x = xyz.load %j32 in "a"
    %n = arith.maxui %acc, %x : i32
    scf.yield %n : i32
  }
  xyz.store %m, %c0_i32 in "out"
  xyz.return
}
