// RUN: xyz-opt %xyz_src/examples/constructs/records.mlir --xyz-specialize="n=64 s=3" --xyz-vectorize="remarks=all" -o /dev/null 2>&1 | FileCheck %s
// RUN: xyz-opt %xyz_src/examples/constructs/records.mlir --xyz-specialize="n=64 s=9" --xyz-vectorize="remarks=all" -o /dev/null 2>&1 | FileCheck %s --check-prefix=WIDE

// Loads at stride 3 across threads: as vectors three gathers (24 load
// slots a group); in scalar code the group's three fields lie in 3 windows
// of 8 words, read by 3 vector loads once --xyz-coalesce-loads has merged
// the constant addresses thread expansion leaves: 1 load slot per field.
// CHECK: remark: not vectorized: scalar code is cheaper

// At stride 9 a group's records span more than 8 windows: no sharing
// counted, a gather per field against 8 scalar loads.
// WIDE: remark: vectorized threads [0, 64)
