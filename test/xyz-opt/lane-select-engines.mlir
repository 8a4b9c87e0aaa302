// Lane selects go to the flow engine's vselect (one a cycle) unless flow
// would bind: then as many as minimize the cost model's floor of the op
// mix become a subtract and a multiply-add on the vector engines. 256
// threads of four chained selects (128 selects): some of each, and flow
// under 100 ops. 8 threads (4 selects): the floor would move by less than
// the longer chains cost, so all stay vselects.
// RUN: xyz-opt %xyz_src/examples/constructs/select_chain.mlir --xyz-specialize="n=256" --xyz-schedule=stats=1 2>&1 | FileCheck %s --check-prefix=MANY
// RUN: xyz-opt %xyz_src/examples/constructs/select_chain.mlir --xyz-specialize="n=8" --xyz-schedule 2>&1 | FileCheck %s --check-prefix=FEW
// RUN: xyz-opt %xyz_src/examples/constructs/saturate.mlir --xyz-schedule=stats=1 -o /dev/null 2>&1 | FileCheck %s --check-prefix=POOLED
// RUN: xyz-opt %xyz_src/examples/constructs/bounded_loop.mlir --xyz-specialize="n=7 steps=12" --xyz-schedule 2>&1 | FileCheck %s --check-prefix=CHAIN

// MANY: remark: schedule: {{[0-9]+}} cycles;{{.*}} flow {{[0-9][0-9]}} ops (
// MANY-DAG: vliw.vselect
// MANY-DAG: vliw.multiply_add
// FEW-COUNT-4: vliw.vselect
// FEW-NOT: vliw.multiply_add

// The floor weighs the moved selects with the vector work pooled (the
// scheduler runs vector ops lane by lane on free ALU slots): saturate
// n=64, 48 lane selects, moves 23 (flow 29 -> 25 vselects, 35 -> 32
// cycles); counting the VALU alone it moved 19.
// POOLED: remark: schedule: 32 cycles;{{.*}} flow 31 ops (
// A kernel whose longest chain of ops is longer than its floor gains
// nothing from moving selects and pays their second op in latency:
// bounded_loop, 7 threads (one group), keeps all 25 as vselects (53
// cycles; 61 with 10 of them moved).
// CHAIN-COUNT-25: vliw.vselect
// CHAIN-NOT: vliw.vselect
