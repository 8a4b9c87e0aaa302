vliw.program {
  vliw.bundle {
    vliw.const 0, 7
  }
  vliw.bundle {
    vliw.valu add 8, 16, 24
    vliw.pause
  }
  vliw.bundle {
    vliw.alu div 1, 2, 3
    vliw.alu cdiv 4, 5, 6
    vliw.valu shl 16, 24, 32
    vliw.multiply_add 40, 48, 56, 64
    vliw.load_offset 8, 16, 7
    vliw.vstore 3, 64
    vliw.cond_jump_rel 1, -3
  }
  vliw.bundle {
  }
  vliw.bundle engines ["flow", "debug", "alu"] {
    vliw.debug "[\"comment\", \"x\"]"
  }
  vliw.bundle {
    vliw.store 0, 1
    vliw.const 1, -2
  }
  vliw.bundle {
    vliw.debug "[\"vcompare\", 64, [1, 2.5, {\"k\": null}]]"
  }
}
