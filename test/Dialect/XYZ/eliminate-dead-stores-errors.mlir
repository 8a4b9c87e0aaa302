// RUN: xyz-opt %s -split-input-file --xyz-eliminate-dead-stores -verify-diagnostics

// expected-error @+1 {{`xyz.outputs` must be an array of region names, got ["out", 3 : i32]}}
xyz.kernel @k() attributes {xyz.outputs = ["out", 3 : i32]} {
  xyz.return
}

// -----

// expected-error @+1 {{`xyz.outputs` must be an array of region names, got "out"}}
xyz.kernel @k() attributes {xyz.outputs = "out"} {
  xyz.return
}

// -----

// A misspelt output would make every store dead: the entry that names no
// stored region is an error, listing the regions the kernel does store.
// expected-error @+1 {{`xyz.outputs` entry 1 ("valuez") names no region the kernel stores; it stores "indices", "values"}}
xyz.kernel @typo() attributes {xyz.outputs = ["indices", "valuez"]} {
  %n = arith.constant 8 : i32
  xyz.foreach_thread %t < %n {
    %x = xyz.load %t in "values"
    xyz.store %x, %t in "values"
    xyz.store %t, %t in "indices"
  }
  xyz.return
}

// -----

// expected-error @+1 {{`xyz.outputs` entry 0 ("out") names no region the kernel stores; it stores no named region}}
xyz.kernel @no_stores() attributes {xyz.outputs = ["out"]} {
  xyz.return
}

// -----

// Stores in a helper count before specialization inlines it: no error.
func.func private @put(%v: i32, %a: i32) {
  xyz.store %v, %a in "out"
  return
}
xyz.kernel @helper() attributes {xyz.outputs = ["out"]} {
  %n = arith.constant 8 : i32
  xyz.foreach_thread %t < %n {
    func.call @put(%t, %t) : (i32, i32) -> ()
  }
  xyz.return
}


// -----

// Stores without a region name may write a declared region (here "B", the
// other buffer of a ping-pong): no error. A declared region nothing may
// store is still one.
// expected-error @+1 {{`xyz.outputs` entry 1 ("C") names no region the kernel stores; it stores no named region}}
xyz.kernel @unnamed() attributes {xyz.outputs = ["B", "C"]} {
  %c0 = arith.constant 0 : i32
  %c8 = arith.constant 8 : i32
  xyz.region "B" at %c0 size %c8 zero
  xyz.foreach_thread %t < %c8 {
    xyz.store %t, %t
  }
  xyz.return
}
