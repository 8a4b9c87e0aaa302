// RUN: xyz-opt %s -split-input-file -verify-diagnostics

xyz.kernel @k() {
  %c0 = arith.constant 0 : i32
  // expected-error @below {{random(bits N) needs 1 <= N <= 32, got 33}}
  xyz.region "a" at %c0 size %c0 random(bits 33)
  xyz.return
}

// -----

xyz.kernel @k() {
  %c0 = arith.constant 0 : i32
  // expected-error @below {{needs a non-empty region name}}
  xyz.region "" at %c0 size %c0 zero
  xyz.return
}

// -----

xyz.kernel @k() {
  %c0 = arith.constant 0 : i32
  xyz.region "a" at %c0 size %c0 zero
  // expected-error @below {{region 'a' is declared twice}}
  xyz.region "a" at %c0 size %c0 zero
  xyz.return
}

// -----

xyz.kernel @k() {
  %c0 = arith.constant 0 : i32
  xyz.foreach_thread %i < %c0 {
    // expected-error @below {{expects parent op 'xyz.kernel'}}
    xyz.region "a" at %c0 size %c0 zero
  }
  xyz.return
}

// -----

xyz.kernel @k() {
  %c0 = arith.constant 0 : i32
  // expected-error @below {{expected 'size' or 'words'}}
  xyz.region "a" at %c0 zero
  xyz.return
}

// -----

xyz.kernel @k() {
  %c0 = arith.constant 0 : i32
  // expected-error @below {{expected 'zero' or 'random'}}
  xyz.region "a" at %c0 size %c0 ones
  xyz.return
}

// -----

xyz.kernel @k() {
  %c0 = arith.constant 0 : i32
  // expected-error @below {{expected 'bits' or 'below'}}
  xyz.region "a" at %c0 size %c0 random(above %c0)
  xyz.return
}

// -----

xyz.kernel @k() {
  %c0 = arith.constant 0 : i32
  // expected-error @below {{needs either a size or a list of words}}
  "xyz.region"(%c0) {region_name = "a", operandSegmentSizes = array<i32: 1, 0, 0, 0>} : (i32) -> ()
  xyz.return
}

// -----

xyz.kernel @k() {
  %c0 = arith.constant 0 : i32
  // expected-error @below {{has both random(bits) and random(below)}}
  "xyz.region"(%c0, %c0, %c0) {region_name = "a", bits = 3 : i32, operandSegmentSizes = array<i32: 1, 1, 1, 0>} : (i32, i32, i32) -> ()
  xyz.return
}

// -----

// expected-error @below {{`xyz.test_range` of shape parameter 'n' must be [lo, hi] with integers lo <= hi, got [5, 1]}}
xyz.kernel @k(%n: i32 {xyz.name = "n", xyz.test_range = [5, 1]}) {
  xyz.return
}

// -----

xyz.kernel @k() {
  %c0 = arith.constant 0 : i32
  // expected-error @below {{random(bits N) needs 1 <= N <= 32, got -1}}
  xyz.region "a" at %c0 size %c0 random(bits -1)
  xyz.return
}

// -----

xyz.kernel @k() {
  %c0 = arith.constant 0 : i32
  // expected-error @below {{with words has no random contents}}
  xyz.region "a" at %c0 words(%c0) {bits = 3 : i32}
  xyz.return
}
