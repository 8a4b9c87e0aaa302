//===- SourceProfile.h - Cost of a run per kernel source line ---*- C++ -*-===//
//
// Which source lines cost the cycles: an ExecutionObserver that adds up, per
// kernel source line ("file:line", the column dropped), the slots each
// engine executed for it and the first and last cycle it ran in, in the
// manner of llvm-mca's resource-pressure view. The binding engine is the one
// the cost model (xyz/Machine/CostModel.h) says bounds the run; each line's
// share of it is the part of that bound the line is responsible for.
//
// `xyz-run --profile` prints the table; `--baseline` adds a second run and
// prints both side by side (a schedule diff, per engine and per line);
// `--remarks` attaches the compiler's optimization remarks (xyz-opt's
// `remark:` lines) to their lines. The HTML view embeds the same table.
//
//===----------------------------------------------------------------------===//

#ifndef XYZ_SIM_SOURCEPROFILE_H
#define XYZ_SIM_SOURCEPROFILE_H

#include "xyz/Sim/Interpreter.h"
#include "llvm/ADT/StringMap.h"
#include <optional>
#include <string>
#include <vector>

namespace xyz::sim {

class ProgramLocations;

/// One source line's cost.
struct LineCost {
  /// "file:line", or "" for slots without a location.
  std::string location;
  /// The line's text, trimmed ("" if the file cannot be read).
  std::string text;
  std::array<uint64_t, machine::kNumEngines> slots{};
  /// First and last cycle a slot of the line ran in; first > last if none.
  uint64_t firstCycle = UINT64_MAX, lastCycle = 0;
  /// Optimization remarks on the line ("remark: <text>" without location).
  std::vector<std::string> remarks;

  bool ran() const { return firstCycle <= lastCycle; }
};

/// A finished profile: the run's figures and its lines, costliest first.
struct Profile {
  uint64_t cycles = 0;
  unsigned cores = 1;
  std::array<uint64_t, machine::kNumEngines> slots{};
  /// The engine that binds, or nullopt when the vector work (8 x VALU + ALU
  /// lanes) does; `floor` is the cycles it needs.
  std::optional<machine::Engine> binding;
  double floor = 0;
  std::vector<LineCost> lines;

  /// The binding resource's name ("valu", ..., or "vector").
  std::string getBindingName() const;
  /// `line`'s part of the binding resource, in [0, 1].
  double getShare(const LineCost &line) const;
};

class SourceProfiler : public ExecutionObserver {
public:
  /// `locations` (may be null: every slot is then "no location") must
  /// belong to `program`.
  SourceProfiler(const Program &program, const ProgramLocations *locations,
                 unsigned cores);

  void onBundle(unsigned core, uint64_t cycle, uint64_t pc) override;

  /// The profile of the recorded run. With `readSource`, the lines' text is
  /// read from the files the locations name (where they can be opened).
  Profile finish(const RunResult &result, bool readSource = true) const;

private:
  struct Entry {
    uint32_t line;
    uint8_t engine;
    uint16_t count;
  };
  std::vector<std::string> lineNames;
  /// Per bundle, entries [bundleStarts[pc], bundleStarts[pc + 1]).
  std::vector<uint32_t> bundleStarts;
  std::vector<Entry> entries;
  std::vector<LineCost> lines;
  unsigned cores;
};

/// Optimization remarks by line: parses the `file:line:col: remark: text`
/// lines of `text` (xyz-opt's stderr with `remarks=...`; other lines are
/// ignored) into "file:line" -> remarks, in order, without duplicates.
llvm::StringMap<std::vector<std::string>> parseRemarks(llvm::StringRef text);

/// Attaches `remarks` to the profile's lines. A remark on a line that ran no
/// slot (e.g. a loop header) gets a line of its own with no slots.
void attachRemarks(Profile &profile,
                   const llvm::StringMap<std::vector<std::string>> &remarks);

/// The table `xyz-run --profile` prints: a header with the cycles and the
/// binding resource, then one row per line (location, slots per engine,
/// share of the binding resource, first and last cycle, source text) and
/// its remarks. At most `maxLines` rows (0: all); the rest are summed.
void printProfile(const Profile &profile, llvm::raw_ostream &os,
                  unsigned maxLines = 0);

/// One line of two profiles (either may lack it).
struct LineChange {
  const LineCost *before = nullptr, *after = nullptr;
  /// Slots of `engine` after minus before.
  int64_t getDelta(machine::Engine engine) const;
  /// Whether its slots or its first or last cycle differ.
  bool isChanged() const;
  /// Sum over engines of |delta|.
  int64_t getWeight() const;
  const LineCost &getLine() const { return after ? *after : *before; }
};

/// The lines of `before` and `after` matched by location, the largest
/// change first (unchanged lines last, in `before`'s order).
std::vector<LineChange> matchLines(const Profile &before,
                                   const Profile &after);

/// `--profile --baseline`: cycles, floors and slots per engine before and
/// after, then per line the slots of each engine before -> after and the
/// change of the binding engine's slots, lines that changed most first.
void printProfileDiff(const Profile &before, const Profile &after,
                      llvm::raw_ostream &os, unsigned maxLines = 0);

} // namespace xyz::sim

#endif // XYZ_SIM_SOURCEPROFILE_H
