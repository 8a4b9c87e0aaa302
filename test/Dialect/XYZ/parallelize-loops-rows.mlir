// RUN: xyz-opt %s --split-input-file --xyz-parallelize-loops="single-words=false" | FileCheck %s
// RUN: xyz-opt %s --split-input-file --xyz-parallelize-loops | FileCheck --check-prefix=ADJ %s
// RUN: xyz-opt %s --split-input-file --xyz-specialize | FileCheck --check-prefix=SPEC %s

// Rows of 4 words (c = 4, k < 4): threads only in the round for rows.
// CHECK-LABEL: xyz.kernel @rows
// CHECK: xyz.foreach_thread
// CHECK:   scf.for
// ADJ-LABEL: xyz.kernel @rows
// ADJ-NOT: xyz.foreach_thread
// The specializer's first step runs the row loop (contiguous, 8 words) on
// lanes, so its round for rows leaves the loop over rows a loop.
// SPEC-LABEL: xyz.kernel @rows
// SPEC-NOT: xyz.foreach_thread
// SPEC: xyz.vload
xyz.kernel @rows() {
  %c8 = arith.constant 8 : i32
  %c3 = arith.constant 3 : i32
  %zero = arith.constant 0 : index
  %one = arith.constant 1 : index
  %eight = arith.constant 8 : index
  %n = arith.constant 16 : index
  scf.for %i = %zero to %n step %one {
    %i32 = arith.index_cast %i : index to i32
    %base = arith.muli %i32, %c8 : i32
    scf.for %k = %zero to %eight step %one {
      %k32 = arith.index_cast %k : index to i32
      %at = arith.addi %base, %k32 : i32
      %x = xyz.load %at in "in"
      %y = arith.addi %x, %c3 : i32
      xyz.store %y, %at in "out"
    }
  }
  xyz.return
}

// -----

// A histogram of each row into the row's own 4 bins: the row loop reads
// and writes bins at data-dependent words, which the specializer cannot
// run on lanes; the loop over rows becomes 16 threads.
// SPEC-LABEL: xyz.kernel @row_hist
// SPEC: xyz.foreach_thread
xyz.kernel @row_hist() {
  %c3 = arith.constant 3 : i32
  %c1 = arith.constant 1 : i32
  %c4 = arith.constant 4 : i32
  %c8 = arith.constant 8 : i32
  %zero = arith.constant 0 : index
  %one = arith.constant 1 : index
  %eight = arith.constant 8 : index
  %n = arith.constant 16 : index
  scf.for %i = %zero to %n step %one {
    %i32 = arith.index_cast %i : index to i32
    %row = arith.muli %i32, %c8 : i32
    %bins = arith.muli %i32, %c4 : i32
    scf.for %k = %zero to %eight step %one {
      %k32 = arith.index_cast %k : index to i32
      %at = arith.addi %row, %k32 : i32
      %x = xyz.load %at in "in"
      %b = arith.andi %x, %c3 : i32
      %bin = arith.addi %bins, %b : i32
      %old = xyz.load %bin in "hist"
      %new = arith.addi %old, %c1 : i32
      xyz.store %new, %bin in "hist"
    }
  }
  xyz.return
}
