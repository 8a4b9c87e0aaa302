// RUN: xyz-opt %s --xyz-index-to-word | FileCheck %s
// RUN: xyz-opt %xyz_src/examples/constructs/index_math.mlir --xyz-specialize="n=16" --xyz-schedule="remarks=applied" -o /dev/null 2>&1 | FileCheck %s --check-prefix=VECTOR

// `index` is a 32-bit machine word: the casts between i32 and index go, the
// arithmetic, compares and selects on index become i32 ones, and a value
// an op outside this set reads (a cast to i64 here) is cast back.
// CHECK-LABEL: xyz.kernel @k
// CHECK-DAG: %[[C1:.*]] = arith.constant 1 : i32
// CHECK-DAG: %[[C4:.*]] = arith.constant 4 : i32
// CHECK: %[[X:.*]] = xyz.load
// CHECK-NEXT: %[[H:.*]] = arith.shrui %[[X]], %[[C1]] : i32
// CHECK-NEXT: %[[Q:.*]] = arith.divui %[[X]], %[[C4]] : i32
// CHECK-NEXT: %[[S:.*]] = arith.addi %[[H]], %[[Q]] : i32
// CHECK-NEXT: %[[B:.*]] = arith.cmpi ult, %[[S]], %[[C4]] : i32
// CHECK-NEXT: %[[M:.*]] = arith.select %[[B]], %[[S]], %[[Q]] : i32
// CHECK-NEXT: %[[I:.*]] = arith.index_cast %[[M]] : i32 to index
// CHECK-NEXT: arith.index_cast %[[I]] : index to i64
// CHECK-NOT: index_castui
// In the pipeline, right after specialization: the thread body of
// examples/constructs/index_math.mlir has no index arithmetic left to keep
// it scalar.
// VECTOR: remark: vectorized threads [0, 16) as 2 groups of 8
xyz.kernel @k(%n: i32 {xyz.name = "n", xyz.default = 16 : i32}) {
  %one = arith.constant 1 : index
  %four = arith.constant 4 : index
  xyz.foreach_thread %i < %n {
    %x = xyz.load %i in "x"
    %xs = arith.index_cast %x : i32 to index
    %half = arith.shrui %xs, %one : index
    %xu = arith.index_castui %x : i32 to index
    %q = arith.divui %xu, %four : index
    %sum = arith.addi %half, %q : index
    %big = arith.cmpi ult, %sum, %four : index
    %m = arith.select %big, %sum, %q : index
    %r0 = arith.index_cast %m : index to i32
    %l = arith.index_cast %m : index to i64
    %l32 = arith.trunci %l : i64 to i32
    %r = arith.addi %r0, %l32 : i32
    xyz.store %r, %i in "out"
  }
  xyz.return
}
