// RUN: xyz-opt %s --split-input-file --xyz-parallelize-loops | FileCheck %s

// A matrix product in plain loops: the j loop (independent iterations, each
// storing C[i][j], a loop inside) becomes a thread loop; the i loop around
// it holds a thread loop and stays a loop, the l loop a loop of each thread.
// CHECK-LABEL: xyz.kernel @matmul
// CHECK: scf.for %[[I:.*]] = %{{.*}} to %{{.*}} step %{{.*}} {
// CHECK:   %[[I32:.*]] = arith.index_cast %[[I]] : index to i32
// CHECK:   %[[ROW:.*]] = arith.muli %[[I32]]
// CHECK:   xyz.foreach_thread %[[T:.*]] < %{{.*}} {
// CHECK:     %[[J:.*]] = arith.index_cast %[[T]] : i32 to index
// CHECK:     %[[J32:.*]] = arith.index_cast %[[J]] : index to i32
// CHECK:     scf.for {{.*}} iter_args
// CHECK:     %[[AT:.*]] = arith.addi %[[ROW]], %[[J32]] : i32
// CHECK:     xyz.store %{{.*}}, %[[AT]] in "C"
// CHECK-NOT: scf.for
// CHECK: xyz.return
xyz.kernel @matmul() {
  %c0 = arith.constant 0 : i32
  %n = arith.constant 16 : i32
  %lb = arith.constant 0 : index
  %one = arith.constant 1 : index
  %ni = arith.constant 16 : index
  scf.for %i = %lb to %ni step %one {
    %i32 = arith.index_cast %i : index to i32
    %row = arith.muli %i32, %n : i32
    scf.for %j = %lb to %ni step %one {
      %j32 = arith.index_cast %j : index to i32
      %dot = scf.for %l = %lb to %ni step %one iter_args(%acc = %c0) -> (i32) {
        %l32 = arith.index_cast %l : index to i32
        %ai = arith.addi %row, %l32 : i32
        %a = xyz.load %ai in "A"
        %rl = arith.muli %l32, %n : i32
        %bj = arith.addi %rl, %j32 : i32
        %b = xyz.load %bj in "B"
        %ab = arith.muli %a, %b : i32
        %s = arith.addi %acc, %ab : i32
        scf.yield %s : i32
      }
      %ci = arith.addi %row, %j32 : i32
      xyz.store %dot, %ci in "C"
    }
  }
  xyz.return
}

// -----

// Column sums: the loop over columns (j = 2 + t) becomes the threads, each
// storing one word next to its neighbour's; the loop inside reads a
// column, and the word the iteration stored is read back.
// CHECK-LABEL: xyz.kernel @columns
// CHECK: xyz.foreach_thread %[[T:.*]] < %{{.*}} {
// CHECK:   arith.addi %[[T]], %{{.*}} : i32
// CHECK:   scf.for {{.*}} iter_args
// CHECK:     xyz.load {{.*}} in "in"
// CHECK:   xyz.store {{.*}} in "out"
// CHECK:   xyz.load {{.*}} in "out"
// CHECK:   xyz.store {{.*}} in "twice"
xyz.kernel @columns() {
  %c0 = arith.constant 0 : i32
  %c16 = arith.constant 16 : i32
  %lb = arith.constant 2 : index
  %ub = arith.constant 18 : index
  %zero = arith.constant 0 : index
  %one = arith.constant 1 : index
  %four = arith.constant 4 : index
  scf.for %j = %lb to %ub step %one {
    %j32 = arith.index_cast %j : index to i32
    %s = scf.for %r = %zero to %four step %one iter_args(%acc = %c0) -> (i32) {
      %r32 = arith.index_cast %r : index to i32
      %row = arith.muli %r32, %c16 : i32
      %at = arith.addi %row, %j32 : i32
      %x = xyz.load %at in "in"
      %y = arith.addi %acc, %x : i32
      scf.yield %y : i32
    }
    xyz.store %s, %j32 in "out"
    %z = xyz.load %j32 in "out"
    %w = arith.addi %z, %z : i32
    xyz.store %w, %j32 in "twice"
  }
  xyz.return
}

// -----

// Not independent, or not this pass's: rows of 5 words 4 apart (windows
// overlap), a load of the next iteration's word, a store at one word for
// all, an unnamed store, 7 trips, no loop inside (an inner loop is
// --xyz-vectorize-inner-loops'), a loop inside whose trip count depends on
// the iteration (a trip count per thread), rows of 4 words (windows not
// single adjacent words: the row loop runs on lanes as it is), a nest
// under an scf.if and one in a loop of run-time trips (a thread loop
// there has no machine form).
// CHECK-LABEL: xyz.kernel @kept
// CHECK-NOT: xyz.foreach_thread
// CHECK: xyz.return
xyz.kernel @kept() {
  %c0 = arith.constant 0 : i32
  %c1 = arith.constant 1 : i32
  %c4 = arith.constant 4 : i32
  %zero = arith.constant 0 : index
  %one = arith.constant 1 : index
  %five = arith.constant 5 : index
  %seven = arith.constant 7 : index
  %four = arith.constant 4 : index
  %n = arith.constant 16 : index
  scf.for %i = %zero to %n step %one {
    %i32 = arith.index_cast %i : index to i32
    %base = arith.muli %i32, %c4 : i32
    scf.for %k = %zero to %five step %one {
      %k32 = arith.index_cast %k : index to i32
      %at = arith.addi %base, %k32 : i32
      xyz.store %c0, %at in "overlap"
    }
  }
  scf.for %i = %zero to %n step %one {
    %i32 = arith.index_cast %i : index to i32
    %next = arith.addi %i32, %c1 : i32
    %s = scf.for %k = %zero to %five step %one iter_args(%acc = %c0) -> (i32) {
      %x = xyz.load %next in "shift"
      %y = arith.addi %acc, %x : i32
      scf.yield %y : i32
    }
    xyz.store %s, %i32 in "shift"
  }
  scf.for %i = %zero to %n step %one {
    %i32 = arith.index_cast %i : index to i32
    scf.for %k = %zero to %five step %one {
      xyz.store %i32, %c0 in "same"
    }
  }
  scf.for %i = %zero to %n step %one {
    %i32 = arith.index_cast %i : index to i32
    scf.for %k = %zero to %five step %one {
      xyz.store %c0, %i32
    }
  }
  scf.for %i = %zero to %seven step %one {
    %i32 = arith.index_cast %i : index to i32
    scf.for %k = %zero to %five step %one {
      xyz.store %c0, %i32 in "few"
    }
  }
  scf.for %i = %zero to %n step %one {
    %i32 = arith.index_cast %i : index to i32
    xyz.store %c0, %i32 in "flat"
  }
  scf.for %i = %zero to %n step %one {
    %i32 = arith.index_cast %i : index to i32
    %base = arith.muli %i32, %c4 : i32
    scf.for %k = %zero to %four step %one {
      %k32 = arith.index_cast %k : index to i32
      %at = arith.addi %base, %k32 : i32
      %x = xyz.load %at in "in"
      xyz.store %x, %at in "rows"
    }
  }
  %flag = xyz.load %c0 in "flag"
  %on = arith.cmpi ne, %flag, %c0 : i32
  scf.if %on {
    scf.for %r = %zero to %five step %one {
      scf.for %i = %zero to %n step %one {
        %i32 = arith.index_cast %i : index to i32
        scf.for %k = %zero to %five step %one {
          xyz.store %c0, %i32 in "guarded"
        }
      }
    }
  }
  %trips = arith.index_cast %flag : i32 to index
  scf.for %r = %zero to %trips step %one {
    scf.for %i = %zero to %n step %one {
      %i32 = arith.index_cast %i : index to i32
      scf.for %k = %zero to %five step %one {
        xyz.store %c0, %i32 in "runtime"
      }
    }
  }
  scf.for %i = %zero to %n step %one {
    %i32 = arith.index_cast %i : index to i32
    %upto = arith.index_cast %i32 : i32 to index
    %s = scf.for %k = %zero to %upto step %one iter_args(%acc = %c0) -> (i32) {
      %k32 = arith.index_cast %k : index to i32
      %x = xyz.load %k32 in "in"
      %y = arith.addi %acc, %x : i32
      scf.yield %y : i32
    }
    xyz.store %s, %i32 in "triangle"
  }
  xyz.return
}

// -----

// A loop inside threads stays a loop of each thread.
// CHECK-LABEL: xyz.kernel @inside
// CHECK: xyz.foreach_thread
// CHECK-NEXT: scf.for
// CHECK-NOT: xyz.foreach_thread
// CHECK: xyz.return
xyz.kernel @inside() {
  %c0 = arith.constant 0 : i32
  %zero = arith.constant 0 : index
  %one = arith.constant 1 : index
  %five = arith.constant 5 : index
  %n = arith.constant 16 : index
  %c8 = arith.constant 8 : i32
  xyz.foreach_thread %t < %c8 {
    scf.for %i = %zero to %n step %one {
      %i32 = arith.index_cast %i : index to i32
      %at = arith.addi %i32, %t : i32
      scf.for %k = %zero to %five step %one {
        xyz.store %c0, %at in "inside"
      }
    }
  }
  xyz.return
}

// -----

// A kernel on several cores: a store under a condition stays in a loop (in
// a thread loop it would be masked by storing the old word back, over
// another core's); the same loop without the condition becomes threads.
// CHECK-LABEL: xyz.kernel @cores
// CHECK: xyz.core_id
// CHECK: scf.for
// CHECK:   scf.for
// CHECK:     scf.if
// CHECK: xyz.foreach_thread
// CHECK-NOT: scf.if
// CHECK: xyz.return
xyz.kernel @cores() {
  %c0 = arith.constant 0 : i32
  %c2 = arith.constant 2 : i32
  %zero = arith.constant 0 : index
  %one = arith.constant 1 : index
  %two = arith.constant 2 : index
  %n = arith.constant 16 : index
  %core = xyz.core_id of %c2
  scf.for %i = %zero to %n step %one {
    %i32 = arith.index_cast %i : index to i32
    %own = arith.remui %i32, %c2 : i32
    %mine = arith.cmpi eq, %own, %core : i32
    scf.for %k = %zero to %two step %one {
      scf.if %mine {
        xyz.store %core, %i32 in "out"
      }
    }
  }
  scf.for %i = %zero to %n step %one {
    %i32 = arith.index_cast %i : index to i32
    scf.for %k = %zero to %two step %one {
      xyz.store %core, %i32 in "all"
    }
  }
  xyz.return
}

// -----

// A matrix-vector product in plain loops: each row's dot product is a
// reduction over 16 trips whose loads step by one word (M[i][k], v[k]) and
// M's by 16 words a row: the reduction runs better as threads (vector
// loads) than the rows do (lanes 16 words apart), so the row loop stays a
// loop (--xyz-parallelize-reductions takes the dot products). Over 12
// trips, not a multiple of 8, the rows become threads.
// CHECK-LABEL: xyz.kernel @matvec16
// CHECK-NOT: xyz.foreach_thread
// CHECK: xyz.return
// CHECK-LABEL: xyz.kernel @matvec12
// CHECK: xyz.foreach_thread
// CHECK: scf.for {{.*}} iter_args
xyz.kernel @matvec16() {
  %c0 = arith.constant 0 : i32
  %w = arith.constant 16 : i32
  %lb = arith.constant 0 : index
  %one = arith.constant 1 : index
  %rows = arith.constant 16 : index
  %cols = arith.constant 16 : index
  scf.for %i = %lb to %rows step %one {
    %i32 = arith.index_cast %i : index to i32
    %row = arith.muli %i32, %w : i32
    %dot = scf.for %k = %lb to %cols step %one iter_args(%acc = %c0) -> (i32) {
      %k32 = arith.index_cast %k : index to i32
      %mi = arith.addi %row, %k32 : i32
      %m = xyz.load %mi in "M"
      %v = xyz.load %k32 in "v"
      %p = arith.muli %m, %v : i32
      %s = arith.addi %acc, %p : i32
      scf.yield %s : i32
    }
    xyz.store %dot, %i32 in "y"
  }
  xyz.return
}
xyz.kernel @matvec12() {
  %c0 = arith.constant 0 : i32
  %w = arith.constant 12 : i32
  %lb = arith.constant 0 : index
  %one = arith.constant 1 : index
  %rows = arith.constant 16 : index
  %cols = arith.constant 12 : index
  scf.for %i = %lb to %rows step %one {
    %i32 = arith.index_cast %i : index to i32
    %row = arith.muli %i32, %w : i32
    %dot = scf.for %k = %lb to %cols step %one iter_args(%acc = %c0) -> (i32) {
      %k32 = arith.index_cast %k : index to i32
      %mi = arith.addi %row, %k32 : i32
      %m = xyz.load %mi in "M"
      %v = xyz.load %k32 in "v"
      %p = arith.muli %m, %v : i32
      %s = arith.addi %acc, %p : i32
      scf.yield %s : i32
    }
    xyz.store %dot, %i32 in "y"
  }
  xyz.return
}
