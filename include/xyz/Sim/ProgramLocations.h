//===- ProgramLocations.h - Kernel source locations of a program -*- C++ -*-===//
//
// Which kernel source line each slot of a Program came from, as
// "file:line:col" strings. The JSON program itself stays in the spec's form,
// so the locations travel apart from it: `xyz-translate --vliw-to-json
// --locations-file=F` writes them as a side file parallel to the program (one
// object per bundle with the bundle's engine keys, one string or null per
// slot) and `xyz-run --locations F` reads them back; for a .mlir program they
// come straight from the ops (convertVLIWToProgram). The trace and HTML
// writers (TraceWriter.h, HtmlWriter.h) use them to label executed slots.
//
//===----------------------------------------------------------------------===//

#ifndef XYZ_SIM_PROGRAMLOCATIONS_H
#define XYZ_SIM_PROGRAMLOCATIONS_H

#include "xyz/Sim/Program.h"
#include "llvm/ADT/StringMap.h"
#include <string>
#include <vector>

namespace xyz::sim {

/// One location per slot of a program (debug slots included), in program
/// order: bundle by bundle, engine by engine in key order, slot by slot.
/// Locations are interned; index 0 is the empty string, "no location".
class ProgramLocations {
public:
  ProgramLocations();

  /// Appends the next bundle; its slots follow with addSlot.
  void beginBundle();
  /// Appends the next slot's location ("" if unknown).
  void addSlot(llvm::StringRef location);

  /// The interned location of slot `slotIndex` of `engine`'s list in bundle
  /// `pc` of `program` (the program these locations were built for); 0 if
  /// unknown or out of range.
  uint32_t lookup(const Program &program, uint64_t pc, machine::Engine engine,
                  unsigned slotIndex) const;
  /// The location at flat slot index `flatIndex` (program order).
  uint32_t getSlot(size_t flatIndex) const {
    return flatIndex < slots.size() ? slots[flatIndex] : 0;
  }
  /// Index of bundle `pc`'s first slot in program order.
  size_t getBundleStart(uint64_t pc) const { return bundleStarts[pc]; }

  /// The distinct locations; [0] is "".
  llvm::ArrayRef<std::string> getNames() const { return names; }
  size_t getNumBundles() const { return bundleStarts.size(); }
  size_t getNumSlots() const { return slots.size(); }
  /// True if no slot has a location.
  bool isEmpty() const { return names.size() == 1; }

  /// Whether the shape (bundles, engines, slot counts) fits `program`.
  bool matches(const Program &program) const;

private:
  std::vector<std::string> names;
  llvm::StringMap<uint32_t> nameIndex;
  std::vector<uint32_t> slots;
  std::vector<uint32_t> bundleStarts;
};

/// Reads the side file of `program`: a JSON array with one object per bundle
/// whose keys are the bundle's engines and whose values are arrays with one
/// "file:line:col" string or null per slot. Its shape must match `program`;
/// errors say "<name>: bundle B, engine 'E': <what>".
llvm::Expected<ProgramLocations> parseJsonLocations(llvm::StringRef text,
                                                    llvm::StringRef bufferName,
                                                    const Program &program);

/// Writes the side file of `program` (one bundle per line).
void writeJsonLocations(const Program &program,
                        const ProgramLocations &locations,
                        llvm::raw_ostream &os);

/// "file:line:col" -> "file:line"; anything else is returned as it is.
llvm::StringRef dropColumn(llvm::StringRef location);

/// For each of `locations` ("file:line:col" or "file:line"), the text of
/// that source line, trimmed and cut at 200 characters, where the file can
/// be read ("" otherwise, and for anything else).
std::vector<std::string> readSourceLines(llvm::ArrayRef<std::string> locations);

/// The distinct files `locations` ("file:line[:col]") name, in first-seen
/// order: those readSourceLines reads.
std::vector<std::string> sourceFiles(llvm::ArrayRef<std::string> locations);

/// Writes `text` as a JSON string, with quotes.
void writeJsonString(llvm::StringRef text, llvm::raw_ostream &os);

} // namespace xyz::sim

#endif // XYZ_SIM_PROGRAMLOCATIONS_H
