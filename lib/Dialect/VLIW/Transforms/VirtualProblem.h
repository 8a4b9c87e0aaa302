//===- VirtualProblem.h - A vliw.vprogram as a scheduling problem -*- C++ -*-===//
//
// The two ends of `vliw-schedule` around the search of lib/Scheduling:
// buildProblem turns the virtual slots of a vliw.vprogram into a
// sched::Problem (one operation per machine slot, data and memory
// dependences, engine alternatives) and remembers which op each problem
// operation and value came from; emitProgram writes a solution of it back
// as a vliw.program of bundles on scratch addresses.
//
//===----------------------------------------------------------------------===//

#ifndef XYZ_LIB_DIALECT_VLIW_TRANSFORMS_VIRTUALPROBLEM_H
#define XYZ_LIB_DIALECT_VLIW_TRANSFORMS_VIRTUALPROBLEM_H

#include "xyz/Dialect/VLIW/VLIWOps.h"
#include "xyz/Scheduling/Problem.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/DenseSet.h"
#include <array>

namespace xyz::vliw {

/// One machine slot of a virtual op (lane 0 unless the op has `lanes`).
struct SlotRef {
  mlir::Operation *op; // a VirtualOp or a BarrierOp
  unsigned lane;
  bool aluLane = false; // one lane of a VALU op, issued as an ALU op
  /// A zero lane of a `lanes const`, made by an ALU add of the zero word to
  /// itself (no load or flow slot).
  bool zeroLane = false;
  /// A lane of a `lanes const` made by an ALU add (or subtract, with
  /// `difference`) of two other lanes' words of the same value (-1: not).
  std::array<int8_t, 2> fromLanes = {-1, -1};
  bool difference = false;
};

/// The scheduling problem of a vliw.vprogram and the way back to its ops.
struct VirtualProblem {
  sched::Problem problem;
  /// Per problem operation: the slot it stands for.
  llvm::SmallVector<SlotRef> ops;
  /// The problem value of each SSA value.
  llvm::DenseMap<mlir::Value, unsigned> valueIds;
  /// Broadcasts only split ops read (BuildProblem's planAluSplit): no
  /// operations; their readers' ALU lanes read the broadcast's word.
  llvm::DenseSet<mlir::Operation *> elidedBroadcasts;
  /// The word holding zero that flow-engine constants add to (if any).
  mlir::Value zero;
  /// The problem values of each barrier's temporaries
  /// (getBarrierTempWidths()).
  llvm::DenseMap<mlir::Operation *, llvm::SmallVector<unsigned, 8>>
      barrierTemps;
};

struct ProblemOptions {
  /// Every aluShare-th lane-wise VALU op is split into ALU lanes (0: none;
  /// negative: as many as balance the VALU and ALU floors of the program's
  /// op mix, by the machine cost model).
  int aluShare = -1;
  /// Readers further apart than this (in program order) get their own copy
  /// of a constant computation.
  size_t rematerializeDistance = SIZE_MAX;
  /// Broadcasts of any word are placed and copied like constant
  /// computations: a vector of 8 words rebuilt from its one word for a far
  /// reader (a uniform value every group reads) instead of held live.
  bool rematerializeBroadcasts = false;
  /// A VALU op's ALU alternative (8 ALU ops, one per lane) may start with
  /// 6 lanes where the ALU has 6 or 7 slots free and take the rest in the
  /// next cycles (sched::Operation::altFirstSlots).
  bool spreadAlternatives = true;
};

/// Builds the problem of `program`'s slots. It may change the program in
/// ways that keep its meaning: a zero word for flow-engine constants, and
/// copies of constant computations (rematerializeDistance).
VirtualProblem buildProblem(VProgramOp program, const ProblemOptions &options);

/// Machine slots per engine in an emitted program.
using EngineCounts = llvm::SmallVector<unsigned, 8>;

/// Writes `solution` of `vp` as a vliw.program before `container` and counts
/// its slots per engine.
ProgramOp emitProgram(mlir::Operation *container, const VirtualProblem &vp,
                      const sched::Solution &solution, EngineCounts &counts);

/// A constant word (not `lanes`).
inline bool isConstant(VirtualOp slot) {
  return slot.getKind() == SlotKind::Const && !slot.getLanes();
}

/// The whole-vector broadcast that makes `v`, if any.
inline VirtualOp broadcastOf(mlir::Value v) {
  auto def = v.getDefiningOp<VirtualOp>();
  return def && def.getKind() == SlotKind::VBroadcast && !def.getLanes()
             ? def
             : VirtualOp();
}

/// The broadcast making `v` if `vp` elides it (a split op's lane reads its
/// word instead: lane l of a broadcast is that word).
inline VirtualOp elidedBroadcastOf(const VirtualProblem &vp, mlir::Value v) {
  VirtualOp b = broadcastOf(v);
  return b && vp.elidedBroadcasts.contains(b) ? b : VirtualOp();
}

} // namespace xyz::vliw

#endif // XYZ_LIB_DIALECT_VLIW_TRANSFORMS_VIRTUALPROBLEM_H
