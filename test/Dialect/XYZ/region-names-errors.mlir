// RUN: xyz-opt %s -split-input-file --xyz-specialize -verify-diagnostics

// In a kernel that declares its regions (xyz.region), an access naming
// another region is a misspelling: named regions never alias, so the store
// below would be to a region of its own that nothing reads (dead, erased),
// while its words are "tmp"'s, which the next loop reads.
xyz.kernel @typo(%n: i32 {xyz.name = "n", xyz.default = 16 : i32})
    attributes {xyz.outputs = ["out"]} {
  %c0 = arith.constant 0 : i32
  %c2 = arith.constant 2 : i32
  %n2 = arith.muli %n, %c2 : i32
  xyz.region "x" at %c0 size %n random(bits 32)
  xyz.region "tmp" at %n size %n zero
  xyz.region "out" at %n2 size %n zero
  xyz.foreach_thread %i < %n {
    %x = xyz.load %i in "x"
    %a = arith.addi %n, %i : i32
    // expected-error @below {{names region "tmq", which the kernel does not declare (xyz.region); it declares "out", "tmp", "x"}}
    xyz.store %x, %a in "tmq"
  }
  xyz.foreach_thread %i < %n {
    %a = arith.addi %n, %i : i32
    %t = xyz.load %a in "tmp"
    %b = arith.addi %n2, %i : i32
    xyz.store %t, %b in "out"
  }
  xyz.return
}

// -----

// In a helper the kernel calls, too.
func.func private @put(%v: i32, %a: i32) {
  // expected-error @below {{names region "ot", which the kernel does not declare (xyz.region); it declares "out"}}
  xyz.store %v, %a in "ot"
  return
}
xyz.kernel @in_helper(%n: i32 {xyz.name = "n", xyz.default = 8 : i32})
    attributes {xyz.outputs = ["out"]} {
  %c0 = arith.constant 0 : i32
  xyz.region "out" at %c0 size %n zero
  xyz.foreach_thread %t < %n {
    func.call @put(%t, %t) : (i32, i32) -> ()
    xyz.store %t, %t in "out"
  }
  xyz.return
}

// -----

// Without declarations any name goes (the kernel says nothing of its
// image).
xyz.kernel @free(%n: i32 {xyz.name = "n", xyz.default = 8 : i32}) {
  xyz.foreach_thread %t < %n {
    %x = xyz.load %t in "anything"
    xyz.store %x, %t in "else"
  }
  xyz.return
}
