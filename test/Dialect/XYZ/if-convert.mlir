// RUN: xyz-opt %s -split-input-file --xyz-if-convert | FileCheck %s

// Nested ifs with results: both arms run, selects pick the results, inner
// first.
// CHECK-LABEL: xyz.kernel @nested
// CHECK-NOT: scf.if
// CHECK: %[[X:.*]] = xyz.load %[[T:.*]] in "x"
// CHECK: %[[C:.*]] = arith.cmpi ult, %[[X]]
// CHECK: %[[D:.*]] = arith.cmpi eq, %[[X]]
// CHECK: %[[M:.*]] = arith.muli %[[X]]
// CHECK: %[[A:.*]] = arith.addi %[[X]]
// CHECK: %[[IN:.*]] = arith.select %[[D]], %[[M]], %[[A]] : i32
// CHECK: %[[S:.*]] = arith.subi %[[X]]
// CHECK: %[[R0:.*]] = arith.select %[[C]], %[[IN]], %[[S]] : i32
// CHECK: %[[R1:.*]] = arith.select %[[C]], %[[X]], %{{.*}} : i32
// CHECK: xyz.store %[[R0]]
// CHECK: xyz.store %[[R1]]
xyz.kernel @nested() {
  %n = arith.constant 16 : i32
  %c5 = arith.constant 5 : i32
  %c3 = arith.constant 3 : i32
  xyz.foreach_thread %t < %n {
    %x = xyz.load %t in "x"
    %c = arith.cmpi ult, %x, %c5 : i32
    %r:2 = scf.if %c -> (i32, i32) {
      %d = arith.cmpi eq, %x, %c3 : i32
      %in = scf.if %d -> (i32) {
        %m = arith.muli %x, %c3 : i32
        scf.yield %m : i32
      } else {
        %a = arith.addi %x, %c3 : i32
        scf.yield %a : i32
      }
      scf.yield %in, %x : i32, i32
    } else {
      %s = arith.subi %x, %c5 : i32
      scf.yield %s, %c5 : i32, i32
    }
    xyz.store %r#0, %t in "x"
    %a1 = arith.addi %t, %n : i32
    xyz.store %r#1, %a1 in "y"
  }
  xyz.return
}

// -----

// A store at the thread's own word under a condition is masked: the old
// word is loaded and written back when the condition is false (else arm:
// the negated condition). The else arm's load reads a word its store
// accesses anyway.
// CHECK-LABEL: xyz.kernel @masked
// CHECK-NOT: scf.if
// CHECK: %[[C:.*]] = arith.cmpi ne
// CHECK: %[[A:.*]] = arith.addi %[[N:.*]], %[[T:.*]] : i32
// CHECK: %[[OLD:.*]] = xyz.load %[[A]] in "out"
// CHECK: %[[V:.*]] = arith.select %[[C]], %{{.*}}, %[[OLD]] : i32
// CHECK: xyz.store %[[V]], %[[A]] in "out"
// CHECK: %[[B:.*]] = arith.addi %[[T]], %{{.*}} : i32
// CHECK: %[[W:.*]] = xyz.load %[[B]] in "acc"
// CHECK: %[[TRUE:.*]] = arith.constant true
// CHECK: %[[NC:.*]] = arith.xori %[[C]], %[[TRUE]] : i1
// CHECK: %[[OLD2:.*]] = xyz.load %[[B]] in "acc"
// CHECK: %[[V2:.*]] = arith.select %[[NC]], %{{.*}}, %[[OLD2]] : i32
// CHECK: xyz.store %[[V2]], %[[B]] in "acc"
xyz.kernel @masked() {
  %n = arith.constant 16 : i32
  %c0 = arith.constant 0 : i32
  %c1 = arith.constant 1 : i32
  %c32 = arith.constant 32 : i32
  xyz.foreach_thread %t < %n {
    %x = xyz.load %t in "x"
    %bit = arith.andi %x, %c1 : i32
    %c = arith.cmpi ne, %bit, %c0 : i32
    scf.if %c {
      %a = arith.addi %n, %t : i32
      xyz.store %x, %a in "out"
    } else {
      %b = arith.addi %t, %c32 : i32
      %w = xyz.load %b in "acc"
      %s = arith.addi %w, %x : i32
      xyz.store %s, %b in "acc"
    }
  }
  xyz.return
}

// -----

// A load the thread makes unconditionally anyway may be speculated.
// CHECK-LABEL: xyz.kernel @speculated
// CHECK-NOT: scf.if
// CHECK: arith.select
xyz.kernel @speculated() {
  %n = arith.constant 16 : i32
  %c7 = arith.constant 7 : i32
  %c64 = arith.constant 64 : i32
  xyz.foreach_thread %t < %n {
    %x = xyz.load %t in "x"
    %a = arith.addi %t, %c64 : i32
    %y = xyz.load %a in "y"
    %c = arith.cmpi ult, %x, %c7 : i32
    %r = scf.if %c -> (i32) {
      %a2 = arith.addi %t, %c64 : i32
      %y2 = xyz.load %a2 in "y"
      scf.yield %y2 : i32
    } else {
      scf.yield %y : i32
    }
    xyz.store %r, %t in "x"
  }
  xyz.return
}

// -----

// Outside threads, in a single-core kernel: any address may be masked.
// CHECK-LABEL: xyz.kernel @uniform
// CHECK-NOT: scf.if
// CHECK: %[[C:.*]] = arith.cmpi ult
// CHECK: %[[OLD:.*]] = xyz.load %[[A:.*]]{{$}}
// CHECK: %[[V:.*]] = arith.select %{{.*}}, %{{.*}}, %[[OLD]] : i32
// CHECK: xyz.store %[[V]], %[[A]]{{$}}
xyz.kernel @uniform() {
  %c0 = arith.constant 0 : i32
  %c9 = arith.constant 9 : i32
  %x = xyz.load %c0
  %c = arith.cmpi ult, %x, %c9 : i32
  scf.if %c {
    xyz.store %c9, %x
  }
  xyz.return
}

// -----

// A load inside the memory image (below xyz.image_words, the end of the
// furthest declared region, which --xyz-drop-regions records) cannot fault:
// it runs unconditionally, at a constant address or one integer range
// analysis bounds (k + 4 with k < 8: at most 11 < 12).
// CHECK-LABEL: xyz.kernel @inside_image
// CHECK-NOT: scf.if
// CHECK: %[[A:.*]] = xyz.load %{{.*}} in "table"
// CHECK: arith.select %{{.*}}, %[[A]], %{{.*}}
// CHECK: %[[B:.*]] = xyz.load %{{.*}} in "table"
// CHECK: arith.select %{{.*}}, %[[B]], %{{.*}}
// CHECK: xyz.return
xyz.kernel @inside_image() attributes {xyz.image_words = 12 : i64} {
  %n = arith.constant 16 : i32
  %c3 = arith.constant 3 : i32
  %c4 = arith.constant 4 : i32
  %c7 = arith.constant 7 : i32
  %c0 = arith.constant 0 : i32
  xyz.foreach_thread %t < %n {
    %len = xyz.load %t in "len"
    %c = arith.cmpi ult, %c3, %len : i32
    %r = scf.if %c -> (i32) {
      %x = xyz.load %c3 in "table"
      scf.yield %x : i32
    } else {
      scf.yield %c0 : i32
    }
    xyz.store %r, %t in "out"
    %k = arith.andi %len, %c7 : i32
    %a = arith.addi %k, %c4 : i32
    %r2 = scf.if %c -> (i32) {
      %y = xyz.load %a in "table"
      scf.yield %y : i32
    } else {
      scf.yield %c0 : i32
    }
    xyz.store %r2, %t in "out2"
  }
  xyz.return
}

// -----

// A load under a condition whose address nothing shows valid when the
// condition is false (a stencil's neighbour under an "interior cell" test,
// or past the image's known end), in a kernel that declares its image
// (xyz.image_words): it reads word 0 then, a word of the image, and the
// select drops the value.
// CHECK-LABEL: xyz.kernel @clamped_load
// CHECK: %[[T:.*]] = xyz.load %{{.*}} in "x"
// CHECK: %[[C:.*]] = arith.cmpi ult
// CHECK: %[[UP:.*]] = arith.subi %{{.*}}, %{{.*}} : i32
// CHECK: %[[ZERO:.*]] = arith.constant 0 : i32
// CHECK: %[[ADDR:.*]] = arith.select %[[C]], %[[UP]], %[[ZERO]] : i32
// CHECK: %[[V:.*]] = xyz.load %[[ADDR]] in "x"
// CHECK: arith.select %[[C]], %[[V]], %{{.*}} : i32
xyz.kernel @clamped_load() attributes {xyz.image_words = 32 : i64} {
  %n = arith.constant 16 : i32
  %c4 = arith.constant 4 : i32
  %c0 = arith.constant 0 : i32
  xyz.foreach_thread %t < %n {
    %x = xyz.load %t in "x"
    %c = arith.cmpi ult, %c4, %t : i32
    %r = scf.if %c -> (i32) {
      %up = arith.subi %t, %c4 : i32
      %v = xyz.load %up in "x"
      scf.yield %v : i32
    } else {
      scf.yield %c0 : i32
    }
    %o = arith.addi %t, %n : i32
    xyz.store %r, %o in "y"
  }
  xyz.return
}

// -----

// A division and a remainder in an arm run in any case, and the machine
// faults on a zero divisor: where the arm is not taken they divide by 1.
// Nested, the division is guarded once per level (the inner if's
// condition, then the outer arm's: its negation for an else arm). A
// constant divisor other than 0 needs no guard.
// CHECK-LABEL: xyz.kernel @guarded_division
// CHECK-NOT: scf.if
// CHECK: %[[X:.*]] = xyz.load %{{.*}} in "x"
// CHECK: %[[Y:.*]] = xyz.load %{{.*}} in "y"
// CHECK: %[[NZ:.*]] = arith.cmpi ne, %[[Y]]
// CHECK: %[[G0:.*]] = arith.select %[[NZ]], %[[Y]], %[[ONE:.*]] : i32
// CHECK: %[[Q:.*]] = arith.divui %[[X]], %[[G0]] : i32
// CHECK: %[[G1:.*]] = arith.select %[[NZ]], %[[Y]], %{{.*}} : i32
// CHECK: %[[R:.*]] = arith.remui %[[X]], %[[G1]] : i32
// CHECK: arith.divui %[[X]], %[[C3:.*]] : i32
// CHECK: %[[BIG:.*]] = arith.cmpi ugt, %[[X]]
// CHECK: %[[I0:.*]] = arith.select %[[NZ]], %[[Y]], %{{.*}} : i32
// CHECK: %[[SMALL:.*]] = arith.xori %[[BIG]], %{{.*}} : i1
// CHECK: %[[I1:.*]] = arith.select %[[SMALL]], %[[I0]], %{{.*}} : i32
// CHECK: arith.divsi %[[X]], %[[I1]] : i32
xyz.kernel @guarded_division() {
  %n = arith.constant 16 : i32
  %c0 = arith.constant 0 : i32
  %c3 = arith.constant 3 : i32
  %c9 = arith.constant 9 : i32
  xyz.foreach_thread %t < %n {
    %x = xyz.load %t in "x"
    %ya = arith.addi %t, %n : i32
    %y = xyz.load %ya in "y"
    %nz = arith.cmpi ne, %y, %c0 : i32
    %q, %r = scf.if %nz -> (i32, i32) {
      %qq = arith.divui %x, %y : i32
      %rr = arith.remui %x, %y : i32
      scf.yield %qq, %rr : i32, i32
    } else {
      %k = arith.divui %x, %c3 : i32
      scf.yield %c0, %k : i32, i32
    }
    %big = arith.cmpi ugt, %x, %c9 : i32
    %s = scf.if %big -> (i32) {
      scf.yield %c0 : i32
    } else {
      %in = scf.if %nz -> (i32) {
        %d = arith.divsi %x, %y : i32
        scf.yield %d : i32
      } else {
        scf.yield %c3 : i32
      }
      scf.yield %in : i32
    }
    xyz.store %q, %t in "q"
    xyz.store %r, %t in "r"
    xyz.store %s, %t in "s"
  }
  xyz.return
}

// -----

// A store at a data-dependent word the thread loads unconditionally: no
// other thread writes that word (no thread reads a word another thread
// writes), so the masked store is exact.
// CHECK-LABEL: xyz.kernel @loaded_word
// CHECK-NOT: scf.if
// CHECK: %[[A:.*]] = xyz.load %{{.*}} in "idx"
// CHECK: %[[W:.*]] = xyz.load %[[A]] in "data"
// CHECK: %[[C:.*]] = arith.cmpi ult, %[[W]]
// CHECK: %[[OLD:.*]] = xyz.load %[[A]] in "data"
// CHECK: %[[V:.*]] = arith.select %[[C]], %{{.*}}, %[[OLD]] : i32
// CHECK: xyz.store %[[V]], %[[A]] in "data"
xyz.kernel @loaded_word() {
  %n = arith.constant 16 : i32
  %c5 = arith.constant 5 : i32
  xyz.foreach_thread %t < %n {
    %a = xyz.load %t in "idx"
    %w = xyz.load %a in "data"
    %c = arith.cmpi ult, %w, %c5 : i32
    scf.if %c {
      %s = arith.addi %w, %c5 : i32
      xyz.store %s, %a in "data"
    }
  }
  xyz.return
}

// -----

// Both arms end with a store to one address (here a scatter's, not the
// thread's own word): the thread stores there whichever arm it takes, so
// one store of the selected value does, with no old word loaded.
// CHECK-LABEL: xyz.kernel @both_arms
// CHECK-NOT: scf.if
// CHECK: %[[A:.*]] = xyz.load %{{.*}} in "idx"
// CHECK: %[[C:.*]] = arith.cmpi ult
// CHECK: %[[T:.*]] = arith.muli
// CHECK: %[[E:.*]] = arith.shrui
// CHECK: %[[V:.*]] = arith.select %[[C]], %[[T]], %[[E]] : i32
// CHECK-NEXT: xyz.store %[[V]], %[[A]] in "out"
// CHECK-NOT: xyz.store
// CHECK-NOT: xyz.load
xyz.kernel @both_arms() {
  %n = arith.constant 16 : i32
  %c1 = arith.constant 1 : i32
  %c3 = arith.constant 3 : i32
  %c5 = arith.constant 5 : i32
  xyz.foreach_thread %t < %n {
    %a = xyz.load %t in "idx"
    %x = xyz.load %t in "x"
    %c = arith.cmpi ult, %x, %c5 : i32
    scf.if %c {
      %m = arith.muli %x, %c3 : i32
      xyz.store %m, %a in "out"
    } else {
      %h = arith.shrui %x, %c1 : i32
      xyz.store %h, %a in "out"
    }
  }
  xyz.return
}

// -----

// Words of the thread's own by the form of every store of the loop to the
// region: thread t writes out[4t + k] for k < 4 (and another region
// elsewhere), no two threads the same word, so the masked stores are
// exact. A store of another region at any address does not matter.
// CHECK-LABEL: xyz.kernel @own_words
// CHECK-NOT: scf.if
// CHECK: %[[OLD:.*]] = xyz.load %[[A:.*]] in "out"
// CHECK: %[[V:.*]] = arith.select %{{.*}}, %{{.*}}, %[[OLD]] : i32
// CHECK: xyz.store %[[V]], %[[A]] in "out"
xyz.kernel @own_words() {
  %n = arith.constant 16 : i32
  %c0 = arith.constant 0 : i32
  %c3 = arith.constant 3 : i32
  %c4 = arith.constant 4 : i32
  xyz.foreach_thread %t < %n {
    %x = xyz.load %t in "x"
    %k = arith.andi %x, %c3 : i32
    %base = arith.muli %t, %c4 : i32
    %a = arith.addi %base, %k : i32
    %c = arith.cmpi ult, %x, %c4 : i32
    scf.if %c {
      xyz.store %x, %a in "out"
    }
    xyz.store %x, %base in "out"
    xyz.store %x, %c0 in "other"
  }
  xyz.return
}

// -----

// A masked store whose address may lie outside memory when its condition is
// false (a loaded index, tested against the region's size) writes its old
// value back to the word no store writes (xyz.unwritten_word) then: the old
// word is loaded from the same redirected address. A store at an address
// inside the image (a constant below xyz.image_words) stays.
// CHECK-LABEL: xyz.kernel @redirected_store
// CHECK: %[[X:.*]] = xyz.load %{{.*}} in "hdr"
// CHECK: %[[C:.*]] = arith.cmpi ult, %[[X]]
// CHECK: %[[A:.*]] = arith.addi %[[X]], %{{.*}} : i32
// CHECK: %[[W:.*]] = arith.constant 0 : i32
// CHECK: %[[RA:.*]] = arith.select %[[C]], %[[A]], %[[W]] : i32
// CHECK: %[[OLD:.*]] = xyz.load %[[RA]] in "o"
// CHECK: %[[V:.*]] = arith.select %[[C]], %{{.*}}, %[[OLD]] : i32
// CHECK: xyz.store %[[V]], %[[RA]] in "o"
// CHECK: %[[OLD2:.*]] = xyz.load %[[K:.*]] in "o"
// CHECK: %[[V2:.*]] = arith.select %[[C]], %{{.*}}, %[[OLD2]] : i32
// CHECK: xyz.store %[[V2]], %[[K]] in "o"
xyz.kernel @redirected_store() attributes {xyz.image_words = 9 : i64, xyz.unwritten_word = 0 : i64} {
  %c0 = arith.constant 0 : i32
  %c1 = arith.constant 1 : i32
  %c7 = arith.constant 7 : i32
  %c8 = arith.constant 8 : i32
  %x = xyz.load %c0 in "hdr"
  %ok = arith.cmpi ult, %x, %c8 : i32
  scf.if %ok {
    %a = arith.addi %x, %c1 : i32
    xyz.store %c7, %a in "o"
    xyz.store %c7, %c8 in "o"
  }
  xyz.return
}

// -----

// Once --xyz-vectorize-inner-loops has put a thread's row loop on lanes,
// the row's words are read by vector loads: a word under a vector load's
// lanes (base + 3, base + 8 + 2) is a word the thread loads anyway, and a
// vector load is no write that could make another store's word foreign.
// CHECK-LABEL: xyz.kernel @vector_loads_count
// CHECK-NOT: scf.if
// CHECK: %[[OLD:.*]] = xyz.load %[[A:.*]] in "a"
// CHECK: %[[V:.*]] = arith.select %{{.*}}, %{{.*}}, %[[OLD]] : i32
// CHECK: xyz.store %[[V]], %[[A]] in "a"
// CHECK: %[[OLD2:.*]] = xyz.load %[[O:.*]] in "o"
// CHECK: %[[V2:.*]] = arith.select %{{.*}}, %{{.*}}, %[[OLD2]] : i32
// CHECK: xyz.store %[[V2]], %[[O]] in "o"
xyz.kernel @vector_loads_count() {
  %n = arith.constant 8 : i32
  %c1 = arith.constant 1 : i32
  %c2 = arith.constant 2 : i32
  %c10 = arith.constant 10 : i32
  %c8 = arith.constant 8 : i32
  %c16 = arith.constant 16 : i32
  %c128 = arith.constant 128 : i32
  xyz.foreach_thread %r < %n {
    %row = arith.muli %r, %c16 : i32
    %v0 = xyz.vload %row in "a" : vector<8xi32>
    %hi = arith.addi %row, %c8 : i32
    %v1 = xyz.vload %hi in "a" : vector<8xi32>
    %sum = arith.addi %v0, %v1 : vector<8xi32>
    %s = xyz.reduce_lanes add %sum : vector<8xi32>
    %bit = arith.andi %s, %c1 : i32
    %odd = arith.cmpi ne, %bit, %c1 : i32
    %w = arith.addi %row, %c10 : i32
    %r2 = arith.muli %r, %c2 : i32
    %o = arith.addi %r2, %c128 : i32
    scf.if %odd {
      xyz.store %s, %w in "a"
      xyz.store %s, %o in "o"
    }
  }
  xyz.return
}

// -----

// Vector loads and stores under a uniform condition outside threads (a
// loop --xyz-vectorize-inner-loops ran 8 words at a time): the loads run
// anyway, inside memory, or read words 0..7 when their arm is not taken;
// the stores write back the words they load where it is not taken.
// CHECK-LABEL: xyz.kernel @vector_arms
// CHECK-NOT: scf.if
// CHECK: %[[C:.*]] = arith.cmpi ne
// CHECK: %[[X:.*]] = xyz.vload %c8_i32 in "a" : vector<8xi32>
// CHECK: %[[B:.*]] = arith.select %[[C]], %[[P:.*]], %c0_i32{{.*}} : i32
// CHECK: %[[Y:.*]] = xyz.vload %[[B]] in "a" : vector<8xi32>
// CHECK: %[[S:.*]] = arith.addi %[[X]], %[[Y]] : vector<8xi32>
// CHECK: %[[OLD:.*]] = xyz.vload %c16_i32 in "b" : vector<8xi32>
// CHECK: %[[M:.*]] = arith.select %[[C]], %[[S]], %[[OLD]] : vector<8xi32>
// CHECK: xyz.vstore %[[M]], %c16_i32 in "b" : vector<8xi32>
xyz.kernel @vector_arms() attributes {xyz.image_words = 24 : i64} {
  %c0 = arith.constant 0 : i32
  %c8 = arith.constant 8 : i32
  %c16 = arith.constant 16 : i32
  %flag = xyz.load %c0 in "flag"
  %on = arith.cmpi ne, %flag, %c0 : i32
  %p = xyz.load %c8 in "a"
  scf.if %on {
    %x = xyz.vload %c8 in "a" : vector<8xi32>
    %y = xyz.vload %p in "a" : vector<8xi32>
    %s = arith.addi %x, %y : vector<8xi32>
    xyz.vstore %s, %c16 in "b" : vector<8xi32>
  }
  xyz.return
}
