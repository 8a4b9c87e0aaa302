//===- SourceProfile.cpp - Cost of a run per kernel source line -----------===//
//
// The observer does one pass over a precomputed list per executed bundle:
// (line, engine, slots) entries, built once from the program and its
// locations, so a profiled run costs a few adds per bundle.
//
//===----------------------------------------------------------------------===//

#include "xyz/Sim/SourceProfile.h"
#include "xyz/Machine/CostModel.h"
#include "xyz/Sim/ProgramLocations.h"
#include "xyz/Sim/SlotTracks.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/Support/Format.h"
#include <algorithm>

using namespace xyz;
using namespace xyz::sim;

SourceProfiler::SourceProfiler(const Program &program,
                               const ProgramLocations *locations,
                               unsigned cores)
    : cores(cores) {
  // Interned location -> line index.
  llvm::StringMap<uint32_t> lineIndex;
  std::vector<uint32_t> lineOfLocation;
  auto internLine = [&](llvm::StringRef name) {
    auto [it, inserted] = lineIndex.try_emplace(name, lineNames.size());
    if (inserted)
      lineNames.push_back(name.str());
    return it->second;
  };
  internLine(""); // line 0: no location
  if (locations)
    for (const std::string &name : locations->getNames())
      lineOfLocation.push_back(internLine(dropColumn(name)));

  bundleStarts.reserve(program.bundles.size() + 1);
  for (auto [pc, bundle] : llvm::enumerate(program.bundles)) {
    bundleStarts.push_back(entries.size());
    size_t flat = locations ? locations->getBundleStart(pc) : 0;
    size_t first = entries.size();
    for (const EngineSlots &engineSlots : bundle.engines) {
      if (!hasTracks(engineSlots.engine) || !bundle.isCounted()) {
        flat += engineSlots.slots.size();
        continue;
      }
      for (size_t s = 0; s < engineSlots.slots.size(); ++s, ++flat) {
        uint32_t line =
            locations ? lineOfLocation[locations->getSlot(flat)] : 0;
        auto engine = static_cast<uint8_t>(engineSlots.engine);
        auto it = std::find_if(
            entries.begin() + first, entries.end(), [&](const Entry &e) {
              return e.line == line && e.engine == engine;
            });
        if (it != entries.end())
          ++it->count;
        else
          entries.push_back({line, engine, 1});
      }
    }
  }
  bundleStarts.push_back(entries.size());
  lines.resize(lineNames.size());
}

void SourceProfiler::onBundle(unsigned core, uint64_t cycle, uint64_t pc) {
  for (uint32_t i = bundleStarts[pc], e = bundleStarts[pc + 1]; i < e; ++i) {
    const Entry &entry = entries[i];
    LineCost &line = lines[entry.line];
    line.slots[entry.engine] += entry.count;
    line.firstCycle = std::min(line.firstCycle, cycle);
    line.lastCycle = std::max(line.lastCycle, cycle);
  }
}

Profile SourceProfiler::finish(const RunResult &result,
                               bool readSource) const {
  Profile profile;
  profile.cycles = result.cycles;
  profile.cores = cores;
  profile.slots = result.slotsExecuted;
  machine::OpMix mix;
  for (unsigned e = 0; e < machine::kNumEngines; ++e)
    mix.slots[e] = double(result.slotsExecuted[e]);
  profile.floor = machine::resourceFloor(mix, cores, &profile.binding);

  std::vector<std::string> texts;
  if (readSource)
    texts = readSourceLines(lineNames);
  for (auto [i, cost] : llvm::enumerate(lines)) {
    if (!cost.ran())
      continue;
    LineCost &line = profile.lines.emplace_back(cost);
    line.location = lineNames[i];
    if (i < texts.size())
      line.text = texts[i];
  }
  auto total = [](const LineCost &l) {
    uint64_t n = 0;
    for (uint64_t s : l.slots)
      n += s;
    return n;
  };
  std::stable_sort(profile.lines.begin(), profile.lines.end(),
                   [&](const LineCost &a, const LineCost &b) {
                     double sa = profile.getShare(a), sb = profile.getShare(b);
                     if (sa != sb)
                       return sa > sb;
                     if (total(a) != total(b))
                       return total(a) > total(b);
                     return a.location < b.location;
                   });
  return profile;
}

std::string Profile::getBindingName() const {
  return binding ? machine::stringifyEngine(*binding).str() : "vector";
}

/// Weight of each engine's slots in the binding resource.
static std::array<double, machine::kNumEngines>
bindingWeights(const Profile &profile) {
  std::array<double, machine::kNumEngines> w{};
  if (profile.binding) {
    w[static_cast<unsigned>(*profile.binding)] = 1;
  } else {
    w[static_cast<unsigned>(machine::Engine::Valu)] = machine::kVectorLength;
    w[static_cast<unsigned>(machine::Engine::Alu)] = 1;
  }
  return w;
}

static double weighted(const std::array<uint64_t, machine::kNumEngines> &slots,
                       const std::array<double, machine::kNumEngines> &w) {
  double sum = 0;
  for (unsigned e = 0; e < machine::kNumEngines; ++e)
    sum += w[e] * double(slots[e]);
  return sum;
}

double Profile::getShare(const LineCost &line) const {
  auto w = bindingWeights(*this);
  double all = weighted(slots, w);
  return all > 0 ? weighted(line.slots, w) / all : 0;
}

//===----------------------------------------------------------------------===//
// Remarks.
//===----------------------------------------------------------------------===//

llvm::StringMap<std::vector<std::string>>
sim::parseRemarks(llvm::StringRef text) {
  llvm::StringMap<std::vector<std::string>> remarks;
  llvm::StringMap<llvm::StringSet<>> seen;
  llvm::SmallVector<llvm::StringRef> lines;
  text.split(lines, '\n');
  for (llvm::StringRef line : lines) {
    size_t at = line.find(": remark: ");
    if (at == llvm::StringRef::npos)
      continue;
    llvm::StringRef where = dropColumn(line.take_front(at));
    llvm::StringRef message = line.drop_front(at + 2).trim();
    if (where == line.take_front(at)) // no "file:line:col"
      continue;
    if (seen[where].insert(message).second)
      remarks[where].push_back(message.str());
  }
  return remarks;
}

void sim::attachRemarks(
    Profile &profile,
    const llvm::StringMap<std::vector<std::string>> &remarks) {
  llvm::StringMap<size_t> index;
  for (auto [i, line] : llvm::enumerate(profile.lines))
    index[line.location] = i;
  std::vector<std::string> keys;
  for (const auto &entry : remarks)
    keys.push_back(entry.getKey().str());
  llvm::sort(keys);
  for (const std::string &key : keys) {
    auto it = index.find(key);
    LineCost *line;
    if (it != index.end()) {
      line = &profile.lines[it->second];
    } else {
      line = &profile.lines.emplace_back();
      line->location = key;
    }
    const std::vector<std::string> &add = remarks.find(key)->second;
    line->remarks.insert(line->remarks.end(), add.begin(), add.end());
  }
  // Lines added for remarks alone get their text too.
  std::vector<std::string> names;
  for (const LineCost &line : profile.lines)
    names.push_back(line.text.empty() ? line.location : "");
  std::vector<std::string> texts = readSourceLines(names);
  for (auto [line, text] : llvm::zip(profile.lines, texts))
    if (line.text.empty())
      line.text = text;
}

//===----------------------------------------------------------------------===//
// Printing.
//===----------------------------------------------------------------------===//

static std::string displayLocation(const LineCost &line) {
  return line.location.empty() ? "(no location)" : line.location;
}

static size_t locationWidth(const std::vector<LineCost> &lines,
                            size_t maxLines) {
  size_t width = 8;
  for (size_t i = 0; i < lines.size() && i < maxLines; ++i)
    width = std::max(width, displayLocation(lines[i]).size());
  return std::min<size_t>(width, 48);
}

static void printRemarks(const LineCost &line, llvm::raw_ostream &os) {
  for (const std::string &remark : line.remarks)
    os << "      " << remark << '\n';
}

void sim::printProfile(const Profile &profile, llvm::raw_ostream &os,
                       unsigned maxLines) {
  size_t shown = maxLines ? std::min<size_t>(maxLines, profile.lines.size())
                          : profile.lines.size();
  os << "profile: " << profile.cycles << " cycles; binding "
     << profile.getBindingName()
     << llvm::format(" (floor %.1f cycles)", profile.floor) << "; "
     << profile.lines.size() << " source lines\n";
  size_t width = locationWidth(profile.lines, shown);
  std::string more =
      "(" + std::to_string(profile.lines.size() - shown) + " more lines)";
  if (shown < profile.lines.size())
    width = std::max(width, more.size());
  os << llvm::left_justify("location", width);
  for (machine::Engine e : getTrackEngines())
    os << ' ' << llvm::right_justify(machine::stringifyEngine(e), 6);
  os << ' ' << llvm::right_justify(profile.getBindingName() + "%", 7) << ' '
     << llvm::right_justify("first", 6) << ' '
     << llvm::right_justify("last", 6) << "  source\n";
  auto row = [&](llvm::StringRef location,
                 const std::array<uint64_t, machine::kNumEngines> &slots,
                 double share, std::optional<std::pair<uint64_t, uint64_t>> span,
                 llvm::StringRef text) {
    os << llvm::left_justify(location, width);
    for (machine::Engine e : getTrackEngines())
      os << llvm::format(" %6llu", static_cast<unsigned long long>(
                                       slots[static_cast<unsigned>(e)]));
    os << llvm::format(" %6.1f%%", 100 * share);
    if (span)
      os << llvm::format(" %6llu %6llu", (unsigned long long)span->first,
                         (unsigned long long)span->second);
    else
      os << ' ' << llvm::right_justify("-", 6) << ' '
         << llvm::right_justify("-", 6);
    if (!text.empty())
      os << "  " << text.take_front(72);
    os << '\n';
  };
  std::array<uint64_t, machine::kNumEngines> rest{};
  double restShare = 0;
  for (auto [i, line] : llvm::enumerate(profile.lines)) {
    if (i >= shown) {
      for (unsigned e = 0; e < machine::kNumEngines; ++e)
        rest[e] += line.slots[e];
      restShare += profile.getShare(line);
      continue;
    }
    std::optional<std::pair<uint64_t, uint64_t>> span;
    if (line.ran())
      span = {line.firstCycle, line.lastCycle};
    row(displayLocation(line), line.slots, profile.getShare(line), span,
        line.text);
    printRemarks(line, os);
  }
  if (shown < profile.lines.size())
    row(more, rest, restShare, std::nullopt, "");
  row("total", profile.slots, profile.floor > 0 ? 1.0 : 0.0,
      std::nullopt, "");
}

int64_t LineChange::getDelta(machine::Engine engine) const {
  unsigned e = static_cast<unsigned>(engine);
  return int64_t(after ? after->slots[e] : 0) -
         int64_t(before ? before->slots[e] : 0);
}

bool LineChange::isChanged() const {
  bool ranBefore = before && before->ran(), ranAfter = after && after->ran();
  if (ranBefore != ranAfter || getWeight() != 0)
    return true;
  if (!ranAfter) // only remarks, in either run
    return false;
  return before->firstCycle != after->firstCycle ||
         before->lastCycle != after->lastCycle;
}

int64_t LineChange::getWeight() const {
  int64_t sum = 0;
  for (machine::Engine e : getTrackEngines())
    sum += std::abs(getDelta(e));
  return sum;
}

std::vector<LineChange> sim::matchLines(const Profile &before,
                                        const Profile &after) {
  std::vector<LineChange> rows;
  llvm::StringMap<size_t> index;
  for (const LineCost &line : before.lines) {
    index[line.location] = rows.size();
    rows.push_back({&line, nullptr});
  }
  for (const LineCost &line : after.lines) {
    auto [it, inserted] = index.try_emplace(line.location, rows.size());
    if (inserted)
      rows.push_back({nullptr, &line});
    else
      rows[it->second].after = &line;
  }
  std::stable_sort(rows.begin(), rows.end(),
                   [](const LineChange &a, const LineChange &b) {
                     return a.getWeight() > b.getWeight();
                   });
  return rows;
}

static std::string change(int64_t delta) {
  if (delta == 0)
    return "0";
  return (delta > 0 ? "+" : "") + std::to_string(delta);
}

void sim::printProfileDiff(const Profile &before, const Profile &after,
                           llvm::raw_ostream &os, unsigned maxLines) {
  os << "diff: cycles " << before.cycles << " -> " << after.cycles << " ("
     << change(int64_t(after.cycles) - int64_t(before.cycles)) << "); floor "
     << before.getBindingName() << llvm::format(" %.1f", before.floor)
     << " -> " << after.getBindingName()
     << llvm::format(" %.1f", after.floor) << '\n';
  os << llvm::left_justify("engine", 8) << ' '
     << llvm::right_justify("before", 9) << ' '
     << llvm::right_justify("after", 9) << ' '
     << llvm::right_justify("change", 8) << '\n';
  for (machine::Engine e : getTrackEngines()) {
    unsigned i = static_cast<unsigned>(e);
    os << llvm::left_justify(machine::stringifyEngine(e), 8) << ' '
       << llvm::right_justify(std::to_string(before.slots[i]), 9) << ' '
       << llvm::right_justify(std::to_string(after.slots[i]), 9) << ' '
       << llvm::right_justify(
              change(int64_t(after.slots[i]) - int64_t(before.slots[i])), 8)
       << '\n';
  }

  std::vector<LineChange> rows = matchLines(before, after);
  auto engines = getTrackEngines();
  // Lines whose slots changed come first; then those that only moved.
  std::stable_partition(rows.begin(), rows.end(),
                        [](const LineChange &r) { return r.isChanged(); });
  size_t changed = llvm::count_if(
      rows, [](const LineChange &r) { return r.isChanged(); });
  size_t shown = maxLines ? std::min<size_t>(maxLines, changed) : changed;
  os << "lines: " << changed << " of " << rows.size()
     << " changed (slots before -> after; cycles first-last)\n";
  if (!shown)
    return;
  size_t width = 8;
  for (size_t i = 0; i < shown; ++i) {
    const LineCost *l = rows[i].after ? rows[i].after : rows[i].before;
    width = std::max(width, displayLocation(*l).size());
  }
  width = std::min<size_t>(width, 48);
  os << llvm::left_justify("location", width);
  for (machine::Engine e : engines)
    os << ' ' << llvm::right_justify(machine::stringifyEngine(e), 13);
  os << ' ' << llvm::right_justify("before", 11) << ' '
     << llvm::right_justify("after", 11) << "  source\n";
  auto span = [](const LineCost *l) -> std::string {
    if (!l || !l->ran())
      return "-";
    return std::to_string(l->firstCycle) + "-" + std::to_string(l->lastCycle);
  };
  for (size_t i = 0; i < shown; ++i) {
    const LineChange &r = rows[i];
    const LineCost *l = r.after ? r.after : r.before;
    os << llvm::left_justify(displayLocation(*l), width);
    for (machine::Engine e : engines) {
      unsigned k = static_cast<unsigned>(e);
      uint64_t b = r.before ? r.before->slots[k] : 0;
      uint64_t a = r.after ? r.after->slots[k] : 0;
      std::string cell = b == a ? std::to_string(a)
                                : std::to_string(b) + "->" + std::to_string(a);
      os << ' ' << llvm::right_justify(cell, 13);
    }
    os << ' ' << llvm::right_justify(span(r.before), 11) << ' '
       << llvm::right_justify(span(r.after), 11);
    if (!l->text.empty())
      os << "  " << llvm::StringRef(l->text).take_front(60);
    os << '\n';
  }
}
