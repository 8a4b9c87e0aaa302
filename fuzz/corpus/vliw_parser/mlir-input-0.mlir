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
