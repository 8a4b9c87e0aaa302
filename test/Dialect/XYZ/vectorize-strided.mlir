// RUN: xyz-opt %xyz_src/examples/constructs/records.mlir --xyz-specialize="n=64 s=3" --xyz-vectorize="remarks=all" -o /dev/null 2>&1 | FileCheck %s
// RUN: xyz-opt %xyz_src/examples/constructs/records.mlir --xyz-specialize="n=64 s=9" --xyz-vectorize="remarks=all" -o /dev/null 2>&1 | FileCheck %s --check-prefix=WIDE

// Loads at stride 3 across threads: a group's three fields lie in 3
// windows of 8 words once threads are expanded (every address a
// constant). Scalar code reads them with 3 vector loads
// (--xyz-coalesce-loads), 1 load slot per field, and 8 ALU ops per op of
// the body; vectorized, each field is a gather that --xyz-constant-gathers
// copies lane by lane from the same 3 loads: 1 load slot and 8 ALU copies
// per field, and one VALU op per op of the body.
// CHECK: remark: vectorized threads [0, 64) as 8 groups of 8 (5.8 cycles per group of 8 threads vectorized, 9.5 scalar)

// At stride 9 a group's records span more than 8 windows: no sharing
// counted, a gather per field against 8 scalar loads.
// WIDE: remark: vectorized threads [0, 64)
