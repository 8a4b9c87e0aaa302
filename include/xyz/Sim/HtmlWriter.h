//===- HtmlWriter.h - Self-contained HTML view of a run's packing -*- C++ -*-===//
//
// An ExecutionObserver that records which bundle each core executed in each
// cycle, and then writes one self-contained HTML page (no network, no
// external scripts or fonts) drawing the packing on a <canvas>: cycles along
// x, one row per engine slot (SlotTracks.h), a colour per op kind (shades of
// its engine's hue), empty slots visibly empty, a tooltip with the op
// (opcode, operands, bundle, kernel source location, line and remarks), zoom
// and scroll. The header gives the cycles and, per engine, the ops,
// utilization and the lower bound on cycles it implies (ops / slots, and the
// vector floor (8*VALU + ALU) / 60). Below the canvas: the cost per source
// line and, given a baseline run, what changed.
//
// The page embeds the program once (each op: opcode, location, operands;
// each bundle: where its engines' ops start) plus one bundle index per cycle
// and core, so its size grows with the program and the cycles, not with
// cycles x slots. `xyz-run --html`.
//
//===----------------------------------------------------------------------===//

#ifndef XYZ_SIM_HTMLWRITER_H
#define XYZ_SIM_HTMLWRITER_H

#include "xyz/Sim/Interpreter.h"
#include <vector>

namespace xyz::sim {

class ProgramLocations;
struct Profile;

class HtmlWriter : public ExecutionObserver {
public:
  /// `locations` (may be null) must belong to `program`.
  HtmlWriter(const Program &program, const ProgramLocations *locations,
             unsigned cores);

  void onBundle(unsigned core, uint64_t cycle, uint64_t pc) override;

  /// Writes the page for the recorded run. `title` names the program. With
  /// `profile` (this run's, SourceProfile.h) the page has the cost per
  /// source line as a sortable table whose rows highlight their cells; with
  /// `baseline` too, a table of what changed against that run. With
  /// `embedSource`, the kernel source lines that locations point at are read
  /// (where the files can be opened) and shown in the tooltip.
  void write(const RunResult &result, llvm::StringRef title,
             llvm::raw_ostream &os, const Profile *profile = nullptr,
             const Profile *baseline = nullptr,
             bool embedSource = true) const;

  /// Per core drawn (the first 16), the bundle executed in each cycle, or
  /// -1 where the core executed none (stopped, or only free bundles).
  const std::vector<std::vector<int64_t>> &getBundlesPerCycle() const {
    return bundlesPerCycle;
  }

  /// Cycles the page can draw; a longer run is not recorded past them (a
  /// truncated view is an error for the caller to report).
  static constexpr uint64_t kMaxCycles = 1000000;
  bool isTruncated() const { return truncated; }

private:
  const Program &program;
  const ProgramLocations *locations;
  unsigned cores;
  std::vector<bool> counted;
  std::vector<std::vector<int64_t>> bundlesPerCycle;
  bool truncated = false;
};

} // namespace xyz::sim

#endif // XYZ_SIM_HTMLWRITER_H
