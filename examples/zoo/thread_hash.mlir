// Zoo: the thread index as data. Item i's output is a hash of its own index
// and a seed (nothing per item is loaded):
//
//   h = (i ^ seed) * 0x9E3779B1;  h = h ^ (h >> 15);  h = h * 0x85EBCA77
//   out[i] = h ^ (h >> 13)
//
// Memory image: [0] seed; out at 1 (n words).
//
//   xyz-opt examples/zoo/thread_hash.mlir --xyz-specialize="n=1024" \
//     --xyz-schedule | xyz-translate --vliw-to-json > prog.json
xyz.kernel @thread_hash(%n: i32 {xyz.name = "n", xyz.default = 1024 : i32,
                                 xyz.test_range = [1, 2048]})
    attributes {xyz.outputs = ["out"]} {
  %c0 = arith.constant 0 : i32
  %c1 = arith.constant 1 : i32
  %k13 = arith.constant 13 : i32
  %k15 = arith.constant 15 : i32
  %m1 = arith.constant 0x9E3779B1 : i32
  %m2 = arith.constant 0x85EBCA77 : i32
  %ok = arith.cmpi sge, %n, %c1 : i32
  xyz.require %ok, "n must be >= 1"
  xyz.region "seed" at %c0 size %c1 random(bits 32)
  xyz.region "out" at %c1 size %n zero
  %seed = xyz.load %c0 in "seed"
  xyz.foreach_thread %i < %n {
    %x = arith.xori %i, %seed : i32
    %h1 = arith.muli %x, %m1 : i32
    %s1 = arith.shrui %h1, %k15 : i32
    %h2 = arith.xori %h1, %s1 : i32
    %h3 = arith.muli %h2, %m2 : i32
    %s2 = arith.shrui %h3, %k13 : i32
    %h4 = arith.xori %h3, %s2 : i32
    %addr = arith.addi %i, %c1 : i32
    xyz.store %h4, %addr in "out"
  }
  xyz.return
}
