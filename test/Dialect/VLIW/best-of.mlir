// vliw-best-of runs each alternative pipeline on a copy of the module and
// keeps the shortest scheduled program; only the kept copy's diagnostics
// are reported.
//
// Scalar (9 cycles: its word stores joined as vstores of the products,
// each written into its lane) against vectorized (7 cycles): the second is
// kept,
// whichever order they are given in.
// RUN: xyz-opt %s --pass-pipeline='builtin.module(vliw-best-of{pipelines=builtin.module(xyz-schedule{vectorize=0 best-of=0 stats=1}),builtin.module(xyz-schedule{best-of=0 stats=1})})' 2>&1 | FileCheck %s --check-prefix=BEST
// RUN: xyz-opt %s --pass-pipeline='builtin.module(vliw-best-of{pipelines=builtin.module(xyz-schedule{best-of=0 stats=1}),builtin.module(xyz-schedule{vectorize=0 best-of=0 stats=1})})' 2>&1 | FileCheck %s --check-prefix=BEST
// BEST-NOT: remark: schedule: 9 cycles
// BEST: remark: schedule: 7 cycles
// BEST-NOT: remark: schedule: 9 cycles
// BEST: vliw.program
// BEST-COUNT-7: vliw.bundle
// BEST-NOT: vliw.bundle
// BEST-NOT: builtin.module
// BEST-NOT: xyz.kernel
//
// With max-slots=0 the first program is too large for a second
// alternative to run: the scalar one is kept.
// RUN: xyz-opt %s --pass-pipeline='builtin.module(vliw-best-of{max-slots=0 pipelines=builtin.module(xyz-schedule{vectorize=0 best-of=0 stats=1}),builtin.module(xyz-schedule{best-of=0 stats=1})})' -o /dev/null 2>&1 | FileCheck %s --check-prefix=BUDGET
// BUDGET: remark: schedule: 9 cycles
// BUDGET-NOT: remark: schedule
//
// Alternatives that come out the same are run through `then` once: three
// alternatives, the first two the same (64 is the default), two schedules.
// RUN: xyz-opt %s --pass-pipeline='builtin.module(vliw-best-of{pipelines=builtin.module(xyz-specialize),builtin.module(xyz-specialize{bind=n=64}),builtin.module(xyz-specialize{bind=n=16}) then=builtin.module(xyz-schedule{best-of=0})})' --mlir-print-ir-after=vliw-schedule -o /dev/null 2>&1 | FileCheck %s --check-prefix=SAME
// SAME-COUNT-2: IR Dump After VLIWSchedule
// SAME-NOT: IR Dump After VLIWSchedule
//
// The shorter program may come from a later alternative: 16 threads (4
// bundles) against 64.
// RUN: xyz-opt %s --pass-pipeline='builtin.module(vliw-best-of{pipelines=builtin.module(xyz-specialize),builtin.module(xyz-specialize{bind=n=16}) then=builtin.module(xyz-schedule{best-of=0})})' | FileCheck %s --check-prefix=LATER
// LATER-COUNT-4: vliw.bundle
// LATER-NOT: vliw.bundle
//
// Every alternative fails: the first one's errors are reported.
// RUN: not xyz-opt %s --pass-pipeline='builtin.module(vliw-best-of{pipelines=builtin.module(vliw-schedule),builtin.module(cse)})' -o /dev/null 2>&1 | FileCheck %s --check-prefix=FAIL
// FAIL: error: vliw-schedule: nothing to schedule
// FAIL-NOT: error
// RUN: not xyz-opt %s --pass-pipeline='builtin.module(vliw-best-of)' -o /dev/null 2>&1 | FileCheck %s --check-prefix=NONE
// NONE: error: vliw-best-of: needs at least one pipeline

xyz.kernel @scale(%n: i32 {xyz.name = "n", xyz.default = 64 : i32})
    attributes {xyz.outputs = ["out"]} {
  %c3 = arith.constant 3 : i32
  %c64 = arith.constant 64 : i32
  xyz.foreach_thread %t < %n {
    %x = xyz.load %t in "in"
    %y = arith.muli %x, %c3 : i32
    %a = arith.addi %t, %c64 : i32
    xyz.store %y, %a in "out"
  }
  xyz.return
}
