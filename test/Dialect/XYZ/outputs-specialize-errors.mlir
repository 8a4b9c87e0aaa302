// RUN: xyz-opt %s --xyz-specialize -verify-diagnostics

// The region names of `xyz.outputs` are checked on the source, by
// --xyz-specialize before it binds, inlines and folds anything: a misspelt
// output is reported there.
// expected-error @+1 {{`xyz.outputs` entry 0 ("outt") names no region the kernel stores; it stores "out"}}
xyz.kernel @typo(%n: i32 {xyz.name = "n", xyz.default = 8 : i32})
    attributes {xyz.outputs = ["outt"]} {
  xyz.foreach_thread %t < %n {
    xyz.store %t, %t in "out"
  }
  xyz.return
}

