//===- TraceWriter.cpp - Chrome Trace Event JSON of a run -----------------===//
//
// Every string an event needs (opcode names, operand keys, locations) is
// escaped once, up front, so writing an event is a handful of appends and
// integer conversions into the stream's buffer. Tracks get globally unique
// thread ids (Perfetto's JSON importer keys threads by tid alone in places),
// and pids start at 1 (pid 0 is the idle process in Perfetto's model).
//
//===----------------------------------------------------------------------===//

#include "xyz/Sim/TraceWriter.h"
#include "xyz/Sim/ProgramLocations.h"
#include "xyz/Sim/SlotTracks.h"
#include "llvm/Support/raw_ostream.h"

using namespace xyz;
using namespace xyz::sim;

static std::string toJsonString(llvm::StringRef text) {
  std::string result;
  llvm::raw_string_ostream os(result);
  writeJsonString(text, os);
  return result;
}

TraceWriter::TraceWriter(const Program &program,
                         const ProgramLocations *locations, unsigned cores,
                         llvm::raw_ostream &os)
    : program(program), locations(locations), os(os),
      trackBases(getTrackBases()) {
  numTracks = trackBases[machine::kNumEngines];
  for (const machine::SlotInfo &info : machine::getSlotInfos()) {
    kindNames.push_back("\"name\":" + toJsonString(info.jsonOpcode) +
                        ",\"cat\":\"" +
                        machine::stringifyEngine(info.engine).str() + "\"");
    std::vector<std::string> &prefixes = operandPrefixes.emplace_back();
    for (llvm::StringRef name : info.operandNames)
      prefixes.push_back("," + toJsonString(name) + ":");
  }
  for (unsigned op = 0; op <= machine::getMaxEnumValForBinaryOpcode(); ++op)
    binopNames.push_back(
        "\"name\":" +
        toJsonString(machine::getJsonName(static_cast<machine::BinaryOpcode>(op))));
  if (locations)
    for (const std::string &name : locations->getNames())
      locationArgs.push_back(name.empty() ? "" : ",\"loc\":" +
                                                     toJsonString(name));

  bundleUse.reserve(program.bundles.size());
  for (const Bundle &bundle : program.bundles) {
    std::array<uint8_t, machine::kNumEngines> &use = bundleUse.emplace_back();
    use.fill(0);
    if (bundle.isCounted())
      for (const EngineSlots &engineSlots : bundle.engines)
        use[static_cast<unsigned>(engineSlots.engine)] +=
            static_cast<uint8_t>(engineSlots.slots.size());
  }
  lastUse.assign(cores, {});
  lastCycle.assign(cores, UINT64_MAX);

  // The metadata events come first, so every later event starts with ",".
  os << "{\"traceEvents\":[";
  for (unsigned core = 0; core < cores; ++core) {
    unsigned pid = core + 1;
    os << (core ? ",\n" : "\n") << "{\"name\":\"process_name\",\"ph\":\"M\",\"pid\":" << pid
       << ",\"args\":{\"name\":\"core " << core << "\"}}";
    os << ",\n{\"name\":\"process_sort_index\",\"ph\":\"M\",\"pid\":" << pid
       << ",\"args\":{\"sort_index\":" << core << "}}";
    for (unsigned e = 0; e < machine::kNumEngines; ++e) {
      auto engine = static_cast<machine::Engine>(e);
      if (!hasTracks(engine))
        continue;
      for (unsigned i = 0; i < machine::getSlotLimit(engine); ++i) {
        unsigned track = trackBases[e] + i;
        uint64_t tid = uint64_t(core) * numTracks + track + 1;
        os << ",\n{\"name\":\"thread_name\",\"ph\":\"M\",\"pid\":" << pid
           << ",\"tid\":" << tid << ",\"args\":{\"name\":\""
           << machine::stringifyEngine(engine) << '-' << i << "\"}}";
        os << ",\n{\"name\":\"thread_sort_index\",\"ph\":\"M\",\"pid\":"
           << pid << ",\"tid\":" << tid << ",\"args\":{\"sort_index\":"
           << track << "}}";
      }
    }
  }
}

void TraceWriter::writeCounters(
    unsigned core, uint64_t cycle,
    const std::array<uint8_t, machine::kNumEngines> &use) {
  for (unsigned e = 0; e < machine::kNumEngines; ++e) {
    auto engine = static_cast<machine::Engine>(e);
    if (!hasTracks(engine) || use[e] == lastUse[core][e])
      continue;
    // Perfetto names the track "<name> <arg>": "valu used".
    os << ",\n{\"name\":\"" << machine::stringifyEngine(engine)
       << "\",\"ph\":\"C\",\"pid\":" << core + 1 << ",\"ts\":" << cycle
       << ",\"args\":{\"used\":" << unsigned(use[e]) << "}}";
  }
  lastUse[core] = use;
}

void TraceWriter::onBundle(unsigned core, uint64_t cycle, uint64_t pc) {
  const std::array<uint8_t, machine::kNumEngines> &use = bundleUse[pc];
  if (truncatedAt || !llvm::any_of(use, [](uint8_t n) { return n != 0; }))
    return;
  // A gap (the core stopped or ran only free bundles): the counts fall to 0.
  if (lastCycle[core] != UINT64_MAX && cycle > lastCycle[core] + 1)
    writeCounters(core, lastCycle[core] + 1, {});
  writeCounters(core, cycle, use);
  lastCycle[core] = cycle;
}

void TraceWriter::onSlot(unsigned core, uint64_t cycle, uint64_t pc,
                         const Slot &slot, machine::Engine engine,
                         unsigned slotIndex) {
  unsigned kind = static_cast<unsigned>(slot.kind);
  uint64_t tid = uint64_t(core) * numTracks +
                 trackBases[static_cast<unsigned>(engine)] + slotIndex + 1;
  if (truncatedAt)
    return;
  if (os.tell() >= byteLimit) {
    truncatedAt = cycle;
    return;
  }
  os << ",\n{";
  if (slot.hasBinop())
    os << binopNames[static_cast<unsigned>(slot.binop)] << ",\"cat\":\""
       << machine::stringifyEngine(engine) << '"';
  else
    os << kindNames[kind];
  os << ",\"ph\":\"X\",\"pid\":" << core + 1 << ",\"tid\":" << tid
     << ",\"ts\":" << cycle << ",\"dur\":1,\"args\":{\"bundle\":" << pc;
  const std::vector<std::string> &prefixes = operandPrefixes[kind];
  for (auto [prefix, value] : llvm::zip(prefixes, slot.operands))
    os << prefix << value;
  if (locations)
    os << locationArgs[locations->lookup(program, pc, engine, slotIndex)];
  os << "}}";
}

void TraceWriter::finish(const RunResult &result) {
  for (unsigned core = 0; core < lastUse.size(); ++core)
    if (lastCycle[core] != UINT64_MAX)
      writeCounters(core, lastCycle[core] + 1, {});
  os << "\n],\n\"otherData\":{\"time unit\":\"1 us = 1 machine cycle\","
        "\"cycles\":\""
     << result.cycles << '"';
  if (result.fault) {
    os << ",\"fault\":";
    writeJsonString(result.fault->message, os);
  }
  os << "}}\n";
}
