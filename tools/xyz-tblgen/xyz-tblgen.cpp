//===- xyz-tblgen.cpp - The machine library from its TableGen records ----===//
//
// A TableGen backend for include/xyz/Machine/Machine.td, in the manner of
// LLVM's target backends: `-gen-machine-decls` writes the machine's enums
// (engines, binary opcodes, operand roles, slot kinds) with their names and
// small constexpr tables, `-gen-machine-defs` the per-slot-kind table. The
// output uses LLVM's ADT only, so the simulator and the scheduler read the
// machine without MLIR. Enum spellings follow mlir-tblgen's enum backend
// (stringifyX, symbolizeX, getMaxEnumValForX), which the vliw dialect's ODS
// code calls for its enum attributes.
//
//===----------------------------------------------------------------------===//

#include "llvm/Support/CommandLine.h"
#include "llvm/Support/InitLLVM.h"
#include "llvm/TableGen/Error.h"
#include "llvm/TableGen/Main.h"
#include "llvm/TableGen/Record.h"
#include "llvm/TableGen/TableGenBackend.h"
#include "llvm/ADT/StringExtras.h"
#include <algorithm>

using namespace llvm;

namespace {

/// The cases of one enum class, sorted by value; values must be 0..n-1.
std::vector<Record *> getCases(RecordKeeper &records, StringRef className) {
  std::vector<Record *> cases = records.getAllDerivedDefinitions(className);
  llvm::sort(cases, [](Record *a, Record *b) {
    return a->getValueAsInt("value") < b->getValueAsInt("value");
  });
  for (auto [index, record] : llvm::enumerate(cases))
    if (record->getValueAsInt("value") != int64_t(index))
      PrintFatalError(record->getLoc(),
                      Twine("the values of the ") + className +
                          " cases must be 0, 1, 2, ... without gaps");
  if (cases.empty())
    PrintFatalError(Twine("no ") + className + " records");
  // The dialect's enum attributes are built from MachineEnums' lists: they
  // must hold every case, in value order.
  static const std::pair<StringRef, StringRef> lists[] = {
      {"Engine", "engines"},
      {"BinaryOpcode", "binaryOpcodes"},
      {"OperandRole", "operandRoles"},
      {"SlotKind", "slotKinds"}};
  Record *enums = records.getDef("MachineEnums");
  if (!enums)
    PrintFatalError("no `def MachineEnums` listing the enums' cases");
  for (auto [klass, field] : lists)
    if (klass == className && enums->getValueAsListOfDefs(field) != cases)
      PrintFatalError(enums->getLoc(),
                      Twine("MachineEnums.") + field + " must list every " +
                          className + " record, in value order");
  return cases;
}

void emitEnum(RecordKeeper &records, StringRef className, raw_ostream &os) {
  std::vector<Record *> cases = getCases(records, className);
  os << "enum class " << className << " : uint32_t {\n";
  for (Record *c : cases)
    os << "  " << c->getValueAsString("symbol") << " = "
       << c->getValueAsInt("value") << ",\n";
  os << "};\n";
  os << "inline constexpr uint32_t getMaxEnumValFor" << className
     << "() { return " << cases.size() - 1 << "; }\n";
  // Names: stringify and symbolize, inline so the header stands alone.
  os << "inline ::llvm::StringRef stringify" << className << "("
     << className << " value) {\n  switch (value) {\n";
  for (Record *c : cases)
    os << "  case " << className << "::" << c->getValueAsString("symbol")
       << ": return \"" << c->getValueAsString("str") << "\";\n";
  os << "  }\n  return \"\";\n}\n";
  os << "inline ::std::optional<" << className << "> symbolize" << className
     << "(::llvm::StringRef name) {\n";
  for (Record *c : cases)
    os << "  if (name == \"" << c->getValueAsString("str") << "\") return "
       << className << "::" << c->getValueAsString("symbol") << ";\n";
  os << "  return ::std::nullopt;\n}\n";
  os << "inline ::std::optional<" << className << "> symbolize" << className
     << "(uint32_t value) {\n  if (value > getMaxEnumValFor" << className
     << "()) return ::std::nullopt;\n  return static_cast<" << className
     << ">(value);\n}\n";
  os << "inline ::llvm::StringRef stringifyEnum(" << className
     << " value) { return stringify" << className << "(value); }\n";
  os << "template <> inline ::std::optional<" << className
     << "> symbolizeEnum<" << className << ">(::llvm::StringRef name) {\n"
     << "  return symbolize" << className << "(name);\n}\n\n";
}

/// `inline constexpr T name[] = {f(case0), f(case1), ...};`
template <typename FieldFn>
void emitTable(RecordKeeper &records, StringRef className, StringRef type,
               StringRef name, FieldFn field, raw_ostream &os) {
  os << "inline constexpr " << type << " " << name << "[] = {";
  ListSeparator sep(", ");
  for (Record *c : getCases(records, className))
    os << sep << field(c);
  os << "};\n";
}

std::string quoted(StringRef s) { return ("\"" + s + "\"").str(); }

bool emitMachineDecls(raw_ostream &os, RecordKeeper &records) {
  emitSourceFileHeader("The machine: enums and tables", os, records);
  Record *machine = records.getDef("Machine");
  if (!machine)
    PrintFatalError("no `def Machine` with the machine's global facts");
  os << "namespace xyz::machine {\n\n";
  os << "/// Lanes of a VALU op, vload and vstore.\n"
     << "inline constexpr unsigned kVectorLength = "
     << machine->getValueAsInt("vectorLength") << ";\n";
  os << "/// Words of scratch per core.\n"
     << "inline constexpr unsigned kScratchSize = "
     << machine->getValueAsInt("scratchSize") << ";\n\n";
  os << "template <typename EnumType>\n"
     << "::std::optional<EnumType> symbolizeEnum(::llvm::StringRef);\n\n";
  for (StringRef name : {"Engine", "BinaryOpcode", "OperandRole", "SlotKind"})
    emitEnum(records, name, os);
  os << "inline constexpr unsigned kNumEngines = "
     << getCases(records, "Engine").size() << ";\n";
  os << "inline constexpr unsigned kNumSlotKinds = "
     << getCases(records, "SlotKind").size() << ";\n\n";
  os << "namespace detail {\n";
  emitTable(records, "Engine", "unsigned", "kSlotLimits",
            [](Record *r) { return std::to_string(r->getValueAsInt("slots")); },
            os);
  emitTable(records, "BinaryOpcode", "::llvm::StringLiteral",
            "kBinaryJsonNames",
            [](Record *r) { return quoted(r->getValueAsString("json")); }, os);
  emitTable(records, "OperandRole", "unsigned", "kRoleWidths",
            [](Record *r) { return std::to_string(r->getValueAsInt("width")); },
            os);
  emitTable(records, "OperandRole", "bool", "kRoleReads",
            [](Record *r) {
              return std::string(r->getValueAsBit("reads") ? "true" : "false");
            },
            os);
  emitTable(records, "OperandRole", "bool", "kRoleWrites",
            [](Record *r) {
              return std::string(r->getValueAsBit("writes") ? "true" : "false");
            },
            os);
  os << "} // namespace detail\n\n} // namespace xyz::machine\n";
  return false;
}

bool emitMachineDefs(raw_ostream &os, RecordKeeper &records) {
  emitSourceFileHeader("The machine: the slot kinds' table", os, records);
  std::vector<Record *> kinds = getCases(records, "SlotKind");
  os << "namespace xyz::machine::detail {\nnamespace {\n";
  for (Record *kind : kinds) {
    StringRef symbol = kind->getValueAsString("symbol");
    std::vector<Record *> roles = kind->getValueAsListOfDefs("roles");
    std::vector<StringRef> names = kind->getValueAsListOfStrings("names");
    if (roles.size() != names.size())
      PrintFatalError(kind->getLoc(), "one name per operand role");
    if (roles.empty())
      continue; // no arrays: the table entry is empty
    os << "constexpr OperandRole k" << symbol << "Roles[] = {";
    ListSeparator sep(", ");
    for (Record *role : roles)
      os << sep << "OperandRole::" << role->getValueAsString("symbol");
    os << "};\nconstexpr ::llvm::StringLiteral k" << symbol << "Names[] = {";
    ListSeparator sep2(", ");
    for (StringRef name : names)
      os << sep2 << quoted(name);
    os << "};\n";
  }
  os << "} // namespace\n\nconst SlotInfo kSlotInfos[] = {\n";
  for (Record *kind : kinds) {
    StringRef symbol = kind->getValueAsString("symbol");
    size_t numOperands = kind->getValueAsListOfDefs("roles").size();
    bool binary = symbol == "Alu" || symbol == "Valu";
    os << "    {SlotKind::" << symbol << ", Engine::"
       << kind->getValueAsDef("engine")->getValueAsString("symbol") << ", "
       << quoted(binary ? "" : kind->getValueAsString("str")) << ",\n     "
       << (numOperands ? ("k" + symbol + "Roles, k" + symbol + "Names").str()
                       : std::string("{}, {}"))
       << ",\n     "
       << quoted(kind->getValueAsString("summary")) << "},\n";
  }
  os << "};\n\n} // namespace xyz::machine::detail\n";
  return false;
}

enum class Action { Decls, Defs };
cl::opt<Action> action(
    cl::desc("What to generate:"),
    cl::values(clEnumValN(Action::Decls, "gen-machine-decls",
                          "the machine's enums and constexpr tables"),
               clEnumValN(Action::Defs, "gen-machine-defs",
                          "the table of slot kinds")),
    cl::Required);

} // namespace

int main(int argc, char **argv) {
  InitLLVM init(argc, argv);
  cl::ParseCommandLineOptions(argc, argv);
  return TableGenMain(argv[0], [](raw_ostream &os, RecordKeeper &records) {
    return action == Action::Decls ? emitMachineDecls(os, records)
                                   : emitMachineDefs(os, records);
  });
}
