//===- TestProblems.h - Small scheduling problems for the tests -*- C++ -*-===//

#ifndef XYZ_UNITTESTS_SCHEDULING_TESTPROBLEMS_H
#define XYZ_UNITTESTS_SCHEDULING_TESTPROBLEMS_H

#include "xyz/Scheduling/Problem.h"

namespace xyz::sched::test {

inline Problem makeProblem(std::vector<unsigned> limits, unsigned scratch) {
  Problem problem;
  problem.resourceLimits = std::move(limits);
  problem.scratchSize = scratch;
  return problem;
}

/// One engine with two slots and jobs that are chains of ops on it: the
/// greedy list scheduler (height first) fills both slots with the two
/// longest chains' heads and strands the last chain; the justified order
/// interleaves them. Jobs: chains of lengths 4, 2, 2, 2, 2, independent.
/// 12 ops on 2 slots: 6 cycles is optimal and the critical path is 4.
/// Appends a chain of `length` ops on `resource`, each reading the word the
/// one before wrote; returns the last op's word.
inline unsigned addChain(Problem &problem, unsigned resource, unsigned length) {
  unsigned prev = ~0u;
  for (unsigned k = 0; k < length; ++k) {
    unsigned v = problem.addValue(1);
    llvm::SmallVector<unsigned, 1> in;
    if (prev != ~0u)
      in.push_back(prev);
    problem.addOperation(resource, in, {v});
    prev = v;
  }
  return prev;
}

inline Problem chains() {
  Problem problem = makeProblem({2}, 1024);
  for (unsigned length : {4u, 2u, 2u, 2u, 2u})
    addChain(problem, 0, length);
  return problem;
}

} // namespace xyz::sched::test

#endif // XYZ_UNITTESTS_SCHEDULING_TESTPROBLEMS_H
