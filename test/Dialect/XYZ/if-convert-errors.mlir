// RUN: xyz-opt %s -split-input-file --xyz-if-convert -verify-diagnostics

xyz.kernel @gathered_store() {
  %n = arith.constant 16 : i32
  %c5 = arith.constant 5 : i32
  xyz.foreach_thread %t < %n {
    %x = xyz.load %t in "x"
    %c = arith.cmpi ult, %x, %c5 : i32
    scf.if %c {
      // expected-error @below {{a store under a condition cannot be masked: its address is not the thread's own word (the thread id plus a uniform base), nor one of the thread's own words (c * tid + u + r with every store of the loop to its region at that c and u, the r ranges spanning less than |c|), nor a word the thread loads unconditionally and uses, so writing the old value back when the condition is false could undo another thread's store; store at a per-thread address with the value chosen by arith.select, or move the store out of xyz.foreach_thread}}
      xyz.store %t, %x in "x"
    }
  }
  xyz.return
}

// -----

// One thread writing a shared word: every thread's masked copy would
// write it.
xyz.kernel @first_thread() {
  %n = arith.constant 16 : i32
  %c0 = arith.constant 0 : i32
  xyz.foreach_thread %t < %n {
    %x = xyz.load %t in "x"
    %first = arith.cmpi eq, %t, %c0 : i32
    scf.if %first {
      // expected-error @below {{a store under a condition cannot be masked}}
      xyz.store %x, %n in "total"
    }
  }
  xyz.return
}

// -----

// Without a declared image (no xyz.image_words) no word is known to exist.
xyz.kernel @guarded_load() {
  %n = arith.constant 16 : i32
  %c5 = arith.constant 5 : i32
  xyz.foreach_thread %t < %n {
    %x = xyz.load %t in "x"
    %c = arith.cmpi ult, %x, %c5 : i32
    %r = scf.if %c -> (i32) {
      // expected-error @below {{a load under a condition cannot be made unconditional: nothing shows its address is valid when the condition is false (the thread does not access it unconditionally), and the machine has no branches; load from an address valid for every thread before the scf.if (clamp it with arith.select if needed) and use the value in the arm}}
      %y = xyz.load %x in "table"
      scf.yield %y : i32
    } else {
      scf.yield %x : i32
    }
    xyz.store %r, %t in "x"
  }
  xyz.return
}

// -----

xyz.kernel @multicore() {
  %c0 = arith.constant 0 : i32
  %core = xyz.core_id
  %x = xyz.load %core
  %c = arith.cmpi eq, %x, %c0 : i32
  scf.if %c {
    // expected-error @below {{a store under a condition outside xyz.foreach_thread cannot be masked in a multi-core kernel (one using xyz.core_id or xyz.barrier): writing the old value back could undo another core's store; make the condition part of the stored value with arith.select at an address only this core writes}}
    xyz.store %x, %c0
  }
  xyz.return
}

// -----

xyz.kernel @barrier() {
  %c0 = arith.constant 0 : i32
  %c2 = arith.constant 2 : i32
  %x = xyz.load %c0
  %c = arith.cmpi eq, %x, %c0 : i32
  scf.if %c {
    // expected-error @below {{'xyz.barrier' under a condition has no machine form: the machine has no branches, so both arms of an scf.if run, and only pure ops, loads and maskable stores can; move it out of the scf.if}}
    xyz.barrier %c0, %c2
  }
  xyz.return
}


// -----

// A store at 4t + 1 whose region another store of the loop writes at
// 2u + 1: thread 2t writes thread t's word, so writing the old value back
// could undo it. Refused (the two stores' forms differ).
xyz.kernel @own_words_other_stride() {
  %n = arith.constant 16 : i32
  %c1 = arith.constant 1 : i32
  %c2 = arith.constant 2 : i32
  %c4 = arith.constant 4 : i32
  xyz.foreach_thread %t < %n {
    %x = xyz.load %t in "x"
    %c = arith.cmpi ult, %x, %c4 : i32
    %base = arith.muli %t, %c4 : i32
    %a = arith.addi %base, %c1 : i32
    scf.if %c {
      // expected-error @below {{a store under a condition cannot be masked}}
      xyz.store %x, %a in "out"
    }
    %b2 = arith.muli %t, %c2 : i32
    %b = arith.addi %b2, %c1 : i32
    xyz.store %x, %b in "out"
  }
  xyz.return
}

// -----

// A vector store under a condition inside a thread loop, and one whose words
// may lie outside memory: not masked.
xyz.kernel @vector_stores() attributes {xyz.image_words = 20 : i64} {
  %c0 = arith.constant 0 : i32
  %c4 = arith.constant 4 : i32
  %c16 = arith.constant 16 : i32
  %flag = xyz.load %c0 in "flag"
  %on = arith.cmpi ne, %flag, %c0 : i32
  %v = xyz.vload %c4 in "a" : vector<8xi32>
  xyz.foreach_thread %t < %c4 {
    scf.if %on {
      // expected-error @below {{a vector store under a condition cannot be masked: only one outside xyz.foreach_thread, in a single-core kernel, whose words lie inside memory is (the old words are loaded and written back where the condition is false); store the words selected by arith.select unconditionally instead}}
      xyz.vstore %v, %t in "b" : vector<8xi32>
    }
  }
  scf.if %on {
    // expected-error @below {{a vector store under a condition cannot be masked}}
    xyz.vstore %v, %c16 in "b" : vector<8xi32>
  }
  xyz.return
}

// -----

// Without a declared image no word is known to exist.
xyz.kernel @vector_load() {
  %c0 = arith.constant 0 : i32
  %flag = xyz.load %c0 in "flag"
  %on = arith.cmpi ne, %flag, %c0 : i32
  %r = scf.if %on -> (vector<8xi32>) {
    // expected-error @below {{a vector load under a condition cannot be made unconditional}}
    %x = xyz.vload %flag in "a" : vector<8xi32>
    scf.yield %x : vector<8xi32>
  } else {
    %z = arith.constant dense<0> : vector<8xi32>
    scf.yield %z : vector<8xi32>
  }
  xyz.vstore %r, %c0 in "b" : vector<8xi32>
  xyz.return
}
