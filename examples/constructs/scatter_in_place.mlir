// A scatter in place: thread i reads a[2i], hashes it, and writes the hash
// to a[2i] or a[2i + 1] by the word's low bit. A thread may read a word it
// then overwrites, so no group of 8 may repeat threads of the group before
// it; the leftover threads of a batch run as scalar code or as a group of
// their own whose spare lanes repeat the last thread and store nothing
// (--xyz-vectorize), whichever schedules shorter.
//
// Memory layout (n = batch):
//   [0, 2n)   a (pairs of words; the first of each is read)
xyz.kernel @scatter_in_place(%n: i32 {xyz.name = "n", xyz.default = 13 : i32,
                                      xyz.test_range = [1, 100]})
    attributes {xyz.outputs = ["a"]} {
  %c0 = arith.constant 0 : i32
  %c1 = arith.constant 1 : i32
  %c2 = arith.constant 2 : i32
  %c7 = arith.constant 7 : i32
  %c13 = arith.constant 13 : i32
  %k = arith.constant 2654435761 : i32
  %ok = arith.cmpi sge, %n, %c1 : i32
  xyz.require %ok, "n must be >= 1"
  %size = arith.muli %n, %c2 : i32
  xyz.region "a" at %c0 size %size random(bits 32)
  xyz.foreach_thread %i < %n {
    %at = arith.muli %i, %c2 : i32
    %x = xyz.load %at in "a"
    %h0 = arith.muli %x, %k : i32
    %h1 = arith.shrui %h0, %c13 : i32
    %h2 = arith.xori %h0, %h1 : i32
    %h3 = arith.muli %h2, %k : i32
    %h4 = arith.shrui %h3, %c7 : i32
    %h5 = arith.xori %h3, %h4 : i32
    %bit = arith.andi %x, %c1 : i32
    %to = arith.addi %at, %bit : i32
    xyz.store %h5, %to in "a"
  }
  xyz.return
}
