//===- ProgramLocations.cpp - Kernel source locations of a program --------===//
//
// The interned per-slot locations and their JSON side file. The side file is
// read with llvm::json: unlike a program, its key order carries no meaning
// (each engine key appears once per bundle, and the program gives the order).
//
//===----------------------------------------------------------------------===//

#include "xyz/Sim/ProgramLocations.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/ADT/Twine.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Format.h"
#include "llvm/Support/JSON.h"
#include "llvm/Support/MemoryBuffer.h"

using namespace xyz;
using namespace xyz::sim;

ProgramLocations::ProgramLocations() : names{""} { nameIndex[""] = 0; }

void ProgramLocations::beginBundle() { bundleStarts.push_back(slots.size()); }

void ProgramLocations::addSlot(llvm::StringRef location) {
  auto [it, inserted] = nameIndex.try_emplace(location, names.size());
  if (inserted)
    names.push_back(location.str());
  slots.push_back(it->second);
}

uint32_t ProgramLocations::lookup(const Program &program, uint64_t pc,
                                  machine::Engine engine,
                                  unsigned slotIndex) const {
  if (pc >= program.bundles.size() || pc >= bundleStarts.size())
    return 0;
  size_t flat = bundleStarts[pc];
  for (const EngineSlots &engineSlots : program.bundles[pc].engines) {
    if (engineSlots.engine == engine)
      return slotIndex < engineSlots.slots.size() ? getSlot(flat + slotIndex)
                                                  : 0;
    flat += engineSlots.slots.size();
  }
  return 0;
}

bool ProgramLocations::matches(const Program &program) const {
  if (bundleStarts.size() != program.bundles.size())
    return false;
  size_t flat = 0;
  for (auto [pc, bundle] : llvm::enumerate(program.bundles)) {
    if (bundleStarts[pc] != flat)
      return false;
    for (const EngineSlots &engineSlots : bundle.engines)
      flat += engineSlots.slots.size();
  }
  return flat == slots.size();
}

static llvm::Error locationsError(llvm::StringRef bufferName,
                                  const llvm::Twine &what) {
  return llvm::createStringError(llvm::inconvertibleErrorCode(),
                                 bufferName + ": " + what);
}

llvm::Expected<ProgramLocations>
sim::parseJsonLocations(llvm::StringRef text, llvm::StringRef bufferName,
                        const Program &program) {
  llvm::Expected<llvm::json::Value> json = llvm::json::parse(text);
  if (!json)
    return locationsError(bufferName, llvm::toString(json.takeError()));
  const llvm::json::Array *bundles = json->getAsArray();
  if (!bundles)
    return locationsError(bufferName, "expected an array with one object per "
                                      "bundle");
  if (bundles->size() != program.bundles.size())
    return locationsError(bufferName,
                          "has " + llvm::Twine(bundles->size()) +
                              " bundles, the program " +
                              llvm::Twine(program.bundles.size()));
  ProgramLocations locations;
  for (auto [index, bundle] : llvm::enumerate(program.bundles)) {
    size_t pc = index; // captured below: not a structured binding (C++17)
    locations.beginBundle();
    const llvm::json::Object *object = (*bundles)[pc].getAsObject();
    if (!object)
      return locationsError(bufferName,
                            "bundle " + llvm::Twine(pc) + ": not an object");
    if (object->size() != bundle.engines.size())
      return locationsError(bufferName,
                            "bundle " + llvm::Twine(pc) + ": has " +
                                llvm::Twine(object->size()) +
                                " engine keys, the program's bundle " +
                                llvm::Twine(bundle.engines.size()));
    for (const EngineSlots &engineSlots : bundle.engines) {
      llvm::StringRef engineName = machine::stringifyEngine(engineSlots.engine);
      auto where = [&]() {
        return "bundle " + std::to_string(pc) + ", engine '" +
               engineName.str() + "'";
      };
      const llvm::json::Array *slots = object->getArray(engineName);
      if (!slots)
        return locationsError(bufferName,
                              where() + ": missing, or not an array");
      if (slots->size() != engineSlots.slots.size())
        return locationsError(bufferName,
                              where() + ": has " + llvm::Twine(slots->size()) +
                                  " slots, the program " +
                                  llvm::Twine(engineSlots.slots.size()));
      for (const llvm::json::Value &slot : *slots) {
        if (slot.kind() == llvm::json::Value::Null) {
          locations.addSlot("");
          continue;
        }
        std::optional<llvm::StringRef> location = slot.getAsString();
        if (!location)
          return locationsError(bufferName,
                                where() + ": a slot's location is neither a "
                                          "string nor null");
        locations.addSlot(*location);
      }
    }
  }
  return locations;
}

void sim::writeJsonString(llvm::StringRef text, llvm::raw_ostream &os) {
  os << '"';
  for (char c : text) {
    switch (c) {
    case '"': os << "\\\""; break;
    case '\\': os << "\\\\"; break;
    case '\n': os << "\\n"; break;
    case '\t': os << "\\t"; break;
    default:
      if (static_cast<unsigned char>(c) < 0x20)
        os << llvm::format("\\u%04x", static_cast<unsigned>(c));
      else
        os << c;
    }
  }
  os << '"';
}

void sim::writeJsonLocations(const Program &program,
                             const ProgramLocations &locations,
                             llvm::raw_ostream &os) {
  llvm::ArrayRef<std::string> names = locations.getNames();
  size_t flat = 0;
  os << '[';
  for (auto [pc, bundle] : llvm::enumerate(program.bundles)) {
    os << (pc ? ",\n {" : "{");
    for (auto [e, engineSlots] : llvm::enumerate(bundle.engines)) {
      os << (e ? ", \"" : "\"") << machine::stringifyEngine(engineSlots.engine)
         << "\": [";
      for (size_t i = 0; i < engineSlots.slots.size(); ++i, ++flat) {
        if (i)
          os << ", ";
        uint32_t index = locations.getSlot(flat);
        if (index == 0)
          os << "null";
        else
          writeJsonString(names[index], os);
      }
      os << ']';
    }
    os << '}';
  }
  os << "]\n";
}

//===----------------------------------------------------------------------===//
// Source lines.
//===----------------------------------------------------------------------===//

/// "file:line" of a location, split; false if it has no such form.
static bool splitFileLine(llvm::StringRef location, llvm::StringRef &file,
                          unsigned &line) {
  auto [rest, last] = location.rsplit(':');
  if (rest.empty() || last.getAsInteger(10, line))
    return false;
  // "file:line:col": the file name may itself hold ':'.
  auto [head, middle] = rest.rsplit(':');
  unsigned number;
  if (!head.empty() && !middle.getAsInteger(10, number)) {
    file = head;
    line = number;
  } else {
    file = rest;
  }
  return line != 0;
}

llvm::StringRef sim::dropColumn(llvm::StringRef location) {
  auto [rest, col] = location.rsplit(':');
  unsigned number;
  if (rest.empty() || col.getAsInteger(10, number))
    return location;
  auto [file, line] = rest.rsplit(':');
  if (file.empty() || line.getAsInteger(10, number))
    return location;
  return rest;
}

std::vector<std::string>
sim::sourceFiles(llvm::ArrayRef<std::string> locations) {
  std::vector<std::string> files;
  llvm::StringSet<> seen;
  for (const std::string &location : locations) {
    llvm::StringRef file;
    unsigned line = 0;
    if (splitFileLine(location, file, line) && seen.insert(file).second)
      files.push_back(file.str());
  }
  return files;
}

std::vector<std::string>
sim::readSourceLines(llvm::ArrayRef<std::string> locations) {
  std::vector<std::string> lines(locations.size());
  llvm::StringMap<std::vector<llvm::StringRef>> files;
  std::vector<std::unique_ptr<llvm::MemoryBuffer>> buffers;
  for (auto [index, location] : llvm::enumerate(locations)) {
    llvm::StringRef file;
    unsigned line = 0;
    if (!splitFileLine(location, file, line))
      continue;
    auto [it, inserted] = files.try_emplace(file);
    // Only regular files of a sane size: a location may name anything
    // (/dev/zero, a pipe nobody writes).
    uint64_t size = 0;
    if (inserted && llvm::sys::fs::is_regular_file(file) &&
        !llvm::sys::fs::file_size(file, size) && size <= (uint64_t(1) << 26)) {
      llvm::ErrorOr<std::unique_ptr<llvm::MemoryBuffer>> buffer =
          llvm::MemoryBuffer::getFile(file, /*IsText=*/true,
                                      /*RequiresNullTerminator=*/false,
                                      /*IsVolatile=*/true);
      if (buffer) {
        llvm::SmallVector<llvm::StringRef> split;
        (*buffer)->getBuffer().split(split, '\n');
        it->second.assign(split.begin(), split.end());
        buffers.push_back(std::move(*buffer));
      }
    }
    if (line <= it->second.size())
      lines[index] = it->second[line - 1].trim().take_front(200).str();
  }
  return lines;
}
