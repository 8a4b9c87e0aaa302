// RUN: xyz-opt %s --xyz-gather-to-select-groups="chain=0" | FileCheck %s --check-prefix=MIDDLE
// RUN: xyz-opt %s --xyz-gather-to-select-groups="waves=1 chain=0" | FileCheck %s --check-prefix=WAVES
// RUN: xyz-opt %s --xyz-gather-to-select-groups="remarks=missed" 2>&1 | FileCheck %s --check-prefix=CHAIN

// Two groups of four dependent lookups: the chain (37 cycles, a gather
// counted 4) is longer than the floor of the engines (33), and a selection on bits extracted per lane (4 levels + 2) is
// deeper than the gather: with the default `chain`, every gather stays
// (the compiled program: 43 cycles, 53 with the 5 selections below).
// CHAIN-COUNT-8: remark: gather kept: a dependence chain of {{[0-9]+}} cycles binds the program
// CHAIN-NOT: arith.select
//
// With chain=0 (the order of the replacements alone):
// The order in which the per-group pass replaces gathers. Two groups of a
// 16-word table lookup, four dependent rounds each (the table_lookup zoo
// kernel at n=16 rounds=4, just before the pass); 5 of the 8 lookups pay
// for a selection, 3 stay gathers.
//
// By default, the groups start one after the other in the estimated
// schedule and the lookups farthest from its ends go first: the ones at
// the ends stay gathers, the first group's first and last, the second
// group's last.
// MIDDLE-LABEL: xyz.kernel @table_lookup
// MIDDLE: xyz.vload %c16_i32
// MIDDLE-NEXT: arith.andi
// MIDDLE-NEXT: xyz.gather
// MIDDLE-NOT: xyz.gather
// MIDDLE: xyz.gather
// MIDDLE-NEXT: arith.addi
// MIDDLE-NEXT: arith.shli
// MIDDLE-NEXT: arith.xori
// MIDDLE-NEXT: xyz.vstore %{{.*}}, %c16_i32
// MIDDLE-NOT: xyz.gather
// MIDDLE: xyz.gather
// MIDDLE-NEXT: arith.addi
// MIDDLE-NEXT: arith.shli
// MIDDLE-NEXT: arith.xori
// MIDDLE-NEXT: xyz.vstore %{{.*}}, %c24_i32
//
// With waves=1 the groups advance together, one round per wave, and the
// replacements are spread evenly over the waves: each round has one
// selection and one gather (here: every lookup of the first group is a
// selection, the second group's last three are gathers).
// WAVES-LABEL: xyz.kernel @table_lookup
// WAVES-NOT: xyz.gather
// WAVES: xyz.vstore %{{.*}}, %c16_i32
// WAVES-COUNT-3: xyz.gather
// WAVES-NOT: xyz.gather
// WAVES: xyz.vstore %{{.*}}, %c24_i32
xyz.kernel @table_lookup() attributes {xyz.image_words = 32 : i64, xyz.outputs = ["values"], xyz.shape = {n = 16 : i32, rounds = 4 : i32}} {
  %c24_i32 = arith.constant 24 : i32
  %cst = arith.constant dense<12> : vector<8xi32>
  %cst_0 = arith.constant dense<8> : vector<8xi32>
  %cst_1 = arith.constant dense<4> : vector<8xi32>
  %cst_2 = arith.constant dense<3> : vector<8xi32>
  %cst_3 = arith.constant dense<15> : vector<8xi32>
  %c16_i32 = arith.constant 16 : i32
  %0 = xyz.vload %c16_i32 in "values" : vector<8xi32>
  %1 = arith.andi %0, %cst_3 : vector<8xi32>
  %2 = xyz.gather %1 in "table" {xyz.address_range = array<i64: 0, 16>} : vector<8xi32>
  %3 = arith.addi %0, %2 : vector<8xi32>
  %4 = arith.shli %3, %cst_2 : vector<8xi32>
  %5 = arith.xori %3, %4 : vector<8xi32>
  %6 = arith.shrui %5, %cst_1 : vector<8xi32>
  %7 = arith.andi %6, %cst_3 : vector<8xi32>
  %8 = xyz.gather %7 in "table" {xyz.address_range = array<i64: 0, 16>} : vector<8xi32>
  %9 = arith.addi %5, %8 : vector<8xi32>
  %10 = arith.shli %9, %cst_2 : vector<8xi32>
  %11 = arith.xori %9, %10 : vector<8xi32>
  %12 = arith.shrui %11, %cst_0 : vector<8xi32>
  %13 = arith.andi %12, %cst_3 : vector<8xi32>
  %14 = xyz.gather %13 in "table" {xyz.address_range = array<i64: 0, 16>} : vector<8xi32>
  %15 = arith.addi %11, %14 : vector<8xi32>
  %16 = arith.shli %15, %cst_2 : vector<8xi32>
  %17 = arith.xori %15, %16 : vector<8xi32>
  %18 = arith.shrui %17, %cst : vector<8xi32>
  %19 = arith.andi %18, %cst_3 : vector<8xi32>
  %20 = xyz.gather %19 in "table" {xyz.address_range = array<i64: 0, 16>} : vector<8xi32>
  %21 = arith.addi %17, %20 : vector<8xi32>
  %22 = arith.shli %21, %cst_2 : vector<8xi32>
  %23 = arith.xori %21, %22 : vector<8xi32>
  xyz.vstore %23, %c16_i32 in "values" : vector<8xi32>
  %24 = xyz.vload %c24_i32 in "values" : vector<8xi32>
  %25 = arith.andi %24, %cst_3 : vector<8xi32>
  %26 = xyz.gather %25 in "table" {xyz.address_range = array<i64: 0, 16>} : vector<8xi32>
  %27 = arith.addi %24, %26 : vector<8xi32>
  %28 = arith.shli %27, %cst_2 : vector<8xi32>
  %29 = arith.xori %27, %28 : vector<8xi32>
  %30 = arith.shrui %29, %cst_1 : vector<8xi32>
  %31 = arith.andi %30, %cst_3 : vector<8xi32>
  %32 = xyz.gather %31 in "table" {xyz.address_range = array<i64: 0, 16>} : vector<8xi32>
  %33 = arith.addi %29, %32 : vector<8xi32>
  %34 = arith.shli %33, %cst_2 : vector<8xi32>
  %35 = arith.xori %33, %34 : vector<8xi32>
  %36 = arith.shrui %35, %cst_0 : vector<8xi32>
  %37 = arith.andi %36, %cst_3 : vector<8xi32>
  %38 = xyz.gather %37 in "table" {xyz.address_range = array<i64: 0, 16>} : vector<8xi32>
  %39 = arith.addi %35, %38 : vector<8xi32>
  %40 = arith.shli %39, %cst_2 : vector<8xi32>
  %41 = arith.xori %39, %40 : vector<8xi32>
  %42 = arith.shrui %41, %cst : vector<8xi32>
  %43 = arith.andi %42, %cst_3 : vector<8xi32>
  %44 = xyz.gather %43 in "table" {xyz.address_range = array<i64: 0, 16>} : vector<8xi32>
  %45 = arith.addi %41, %44 : vector<8xi32>
  %46 = arith.shli %45, %cst_2 : vector<8xi32>
  %47 = arith.xori %45, %46 : vector<8xi32>
  xyz.vstore %47, %c24_i32 in "values" : vector<8xi32>
  xyz.return
}

