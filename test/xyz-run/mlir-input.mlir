// A vliw.program module runs like its JSON form: verified, converted to the
// interchange Program, then interpreted.

// RUN: xyz-run %s --stats | FileCheck %s
// RUN: xyz-run %s --cores 2 | FileCheck --check-prefix=TWO %s

// CHECK: cycles: 3
// CHECK-NEXT: alu: 2 / 36 (5.6%)
// TWO: cycles: 3

vliw.program {
  vliw.bundle {
    vliw.const 1, 7
    vliw.const 2, -1
  }
  vliw.bundle {
    vliw.alu add 3, 1, 2
    vliw.alu shl 4, 1, 2
  }
  vliw.bundle {
    vliw.debug "[\"comment\", \"free\"]"
  }
  vliw.bundle {
    vliw.halt
  }
  vliw.bundle {
    vliw.pause
  }
}
