module {
  vliw.program {
    vliw.bundle {
      vliw.const 0, 0
    }
    vliw.bundle {
      vliw.const 2, 2127912214
      vliw.const 1, 4097
      vliw.add_imm 3, 0, 19
    }
    vliw.bundle {
      vliw.vbroadcast 16, 3
      vliw.vbroadcast 8, 2
      vliw.vbroadcast 24, 1
      vliw.const 5, 3345072700
      vliw.const 4, 7
      vliw.add_imm 6, 0, 33
    }
    vliw.bundle {
      vliw.vbroadcast 40, 6
      vliw.vbroadcast 32, 5
      vliw.const 48, 9
      vliw.const 7, 2899272192
      vliw.add_imm 49, 0, 3925396509
    }
    vliw.bundle {
      vliw.vbroadcast 64, 48
      vliw.vbroadcast 56, 7
      vliw.vbroadcast 72, 49
      vliw.const 51, 16
      vliw.const 50, 4251993797
      vliw.add_imm 52, 0, 3042594569
    }
    vliw.bundle {
      vliw.vbroadcast 96, 52
      vliw.vbroadcast 88, 51
      vliw.vbroadcast 80, 50
      vliw.const 53, 1
      vliw.const 54, 16896
      vliw.add_imm 55, 0, 23
    }
    vliw.bundle {
      vliw.vbroadcast 112, 53
      vliw.vbroadcast 104, 54
      vliw.vload 120, 55
      vliw.load 54, 4
      vliw.add_imm 128, 0, 31
    }
    vliw.bundle {
      vliw.vbroadcast 136, 54
      vliw.const 129, 8
      vliw.load 54, 128
      vliw.add_imm 130, 0, 512
    }
    vliw.bundle {
      vliw.valu xor 144, 120, 136
      vliw.load 4, 129
      vliw.load 0, 4
    }
    vliw.bundle {
      vliw.alu xor 129, 54, 0
      vliw.multiply_add 136, 144, 24, 8
      vliw.vbroadcast 144, 4
      vliw.load 0, 48
    }
    vliw.bundle {
      vliw.alu sub 129, 0, 4
      vliw.alu mul 54, 129, 1
      vliw.valu shr 120, 136, 16
    }
    vliw.bundle {
      vliw.alu add 0, 54, 2
      vliw.valu xor 152, 136, 120
      vliw.vbroadcast 120, 129
    }
    vliw.bundle {
      vliw.alu shr 54, 0, 3
      vliw.valu xor 136, 152, 32
    }
    vliw.bundle {
      vliw.alu xor 131, 0, 54
      vliw.multiply_add 152, 136, 40, 72
      vliw.multiply_add 160, 136, 104, 56
    }
    vliw.bundle {
      vliw.alu xor 54, 131, 5
      vliw.valu xor 136, 152, 160
    }
    vliw.bundle {
      vliw.alu mul 0, 54, 6
      vliw.multiply_add 160, 136, 64, 80
    }
    vliw.bundle {
      vliw.alu add 131, 0, 49
      vliw.alu mul 54, 0, 130
      vliw.valu shr 136, 160, 88
    }
    vliw.bundle {
      vliw.alu add 0, 54, 7
      vliw.valu xor 152, 160, 136
    }
    vliw.bundle {
      vliw.alu xor 54, 131, 0
      vliw.valu xor 136, 152, 96
    }
    vliw.bundle {
      vliw.alu mul 0, 54, 48
      vliw.valu and 152, 136, 112
    }
    vliw.bundle {
      vliw.alu add 54, 0, 50
      vliw.multiply_add 112, 152, 120, 144
    }
    vliw.bundle {
      vliw.alu shr 0, 54, 51
      vliw.valu xor 144, 136, 112
    }
    vliw.bundle {
      vliw.alu xor 131, 54, 0
      vliw.multiply_add 112, 144, 24, 8
    }
    vliw.bundle {
      vliw.alu xor 0, 131, 52
      vliw.valu shr 8, 112, 16
    }
    vliw.bundle {
      vliw.alu and 54, 0, 53
      vliw.valu xor 16, 112, 8
    }
    vliw.bundle {
      vliw.alu mul 53, 54, 129
      vliw.valu xor 8, 16, 32
    }
    vliw.bundle {
      vliw.alu add 54, 53, 4
      vliw.multiply_add 32, 8, 40, 72
      vliw.multiply_add 72, 8, 104, 56
    }
    vliw.bundle {
      vliw.alu xor 4, 0, 54
      vliw.valu xor 56, 32, 72
    }
    vliw.bundle {
      vliw.alu mul 0, 4, 1
      vliw.multiply_add 72, 56, 64, 80
    }
    vliw.bundle {
      vliw.alu add 1, 0, 2
      vliw.valu shr 80, 72, 88
    }
    vliw.bundle {
      vliw.alu shr 2, 1, 3
      vliw.valu xor 88, 72, 80
    }
    vliw.bundle {
      vliw.alu xor 3, 1, 2
      vliw.valu xor 80, 88, 96
    }
    vliw.bundle {
      vliw.alu xor 2, 3, 5
      vliw.vstore 55, 80
    }
    vliw.bundle {
      vliw.alu mul 5, 2, 6
    }
    vliw.bundle {
      vliw.alu add 2, 5, 49
      vliw.alu mul 6, 5, 130
    }
    vliw.bundle {
      vliw.alu add 5, 6, 7
    }
    vliw.bundle {
      vliw.alu xor 7, 2, 5
    }
    vliw.bundle {
      vliw.alu mul 5, 7, 48
    }
    vliw.bundle {
      vliw.alu add 7, 5, 50
    }
    vliw.bundle {
      vliw.alu shr 5, 7, 51
    }
    vliw.bundle {
      vliw.alu xor 2, 7, 5
    }
    vliw.bundle {
      vliw.alu xor 5, 2, 52
    }
    vliw.bundle {
      vliw.store 128, 5
    }
  }
}

