// Lane selects go to the flow engine's vselect (one a cycle) unless flow
// would bind: then as many as minimize the cost model's floor of the op
// mix become a subtract and a multiply-add on the vector engines. 256
// threads of four chained selects (128 selects): some of each, and flow
// under 100 ops. 8 threads (4 selects): the floor would move by less than
// the longer chains cost, so all stay vselects.
// RUN: xyz-opt %xyz_src/examples/constructs/select_chain.mlir --xyz-specialize="n=256" --xyz-schedule=stats=1 2>&1 | FileCheck %s --check-prefix=MANY
// RUN: xyz-opt %xyz_src/examples/constructs/select_chain.mlir --xyz-specialize="n=8" --xyz-schedule 2>&1 | FileCheck %s --check-prefix=FEW

// MANY: remark: schedule: {{[0-9]+}} cycles;{{.*}} flow {{[0-9][0-9]}} ops (
// MANY-DAG: vliw.vselect
// MANY-DAG: vliw.multiply_add
// FEW-COUNT-4: vliw.vselect
// FEW-NOT: vliw.multiply_add
