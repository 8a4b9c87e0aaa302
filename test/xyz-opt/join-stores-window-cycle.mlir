// Rows swapped in place in plain loops: row i's words are stored into row
// n-1-i and back. Forwarding serves the loads from the stored vectors and
// --xyz-join-stores joins each row's stores into vector stores of windows
// over them; a window that would put two vectors next to each other in
// scratch both ways round (a cycle of windows, which no placement of
// scratch satisfies) takes its lanes by copies instead. It failed with
// "vliw.window ops chain vectors in a cycle".
// RUN: xyz-opt %s --xyz-specialize="n=4 w=12" --xyz-schedule | xyz-translate --vliw-to-json -o %t.json
// RUN: xyz-interp %s --shape "n=4 w=12" --random-image 1 --seeds 3 --check %t.json | FileCheck %s
// RUN: xyz-opt %s --xyz-specialize="n=6 w=20" --xyz-schedule | xyz-translate --vliw-to-json -o %t2.json
// RUN: xyz-interp %s --shape "n=6 w=20" --random-image 1 --seeds 3 --check %t2.json | FileCheck %s
// CHECK: expect: ok
xyz.kernel @swap_rows(%n: i32 {xyz.name = "n", xyz.default = 4 : i32},
                      %w: i32 {xyz.name = "w", xyz.default = 12 : i32})
    attributes {xyz.outputs = ["X"]} {
  %c0 = arith.constant 0 : i32
  %c1 = arith.constant 1 : i32
  %x0 = arith.constant 0 : index
  %x1 = arith.constant 1 : index
  %x2 = arith.constant 2 : index
  %N = arith.index_cast %n : i32 to index
  %W = arith.index_cast %w : i32 to index
  %nw = arith.muli %n, %w : i32
  xyz.region "X" at %c0 size %nw random(bits 32)
  %half = arith.divui %N, %x2 : index
  %nm1 = arith.subi %n, %c1 : i32
  scf.for %i = %x0 to %half step %x1 {
    %i32 = arith.index_cast %i : index to i32
    %row = arith.muli %i32, %w : i32
    %ri = arith.subi %nm1, %i32 : i32
    %row2 = arith.muli %ri, %w : i32
    scf.for %k = %x0 to %W step %x1 {
      %k32 = arith.index_cast %k : index to i32
      %a = arith.addi %row, %k32 : i32
      %b = arith.addi %row2, %k32 : i32
      %va = xyz.load %a in "X"
      %vb = xyz.load %b in "X"
      xyz.store %vb, %a in "X"
      xyz.store %va, %b in "X"
    }
  }
  xyz.return
}
