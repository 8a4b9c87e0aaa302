// xyz-tblgen rejects a description whose enums the tables cannot index.
// RUN: not xyz-tblgen -gen-machine-decls -I %xyz_src/include -DGAP %s 2>&1 | FileCheck %s --check-prefix=GAP
// RUN: not xyz-tblgen -gen-machine-decls -I %xyz_src/include -DUNLISTED %s 2>&1 | FileCheck %s --check-prefix=UNLISTED
// RUN: not xyz-tblgen -gen-machine-decls -I %xyz_src/include %s 2>&1 | FileCheck %s --check-prefix=NOFACTS

class MachineEnumCase<string sym, int val, string name> {
  string symbol = sym;
  int value = val;
  string str = name;
}
class Engine<string sym, int val, string json, int slotLimit>
    : MachineEnumCase<sym, val, json> {
  int slots = slotLimit;
}

#ifdef GAP
def Machine { int vectorLength = 8; int scratchSize = 16; }
def EngineA : Engine<"A", 0, "a", 1>;
def EngineB : Engine<"B", 2, "b", 1>;
// GAP: error: the values of the Engine cases must be 0, 1, 2, ... without gaps
#endif

#ifdef UNLISTED
def Machine { int vectorLength = 8; int scratchSize = 16; }
def EngineA : Engine<"A", 0, "a", 1>;
def EngineB : Engine<"B", 1, "b", 1>;
def MachineEnums { list<Engine> engines = [EngineA]; }
// UNLISTED: error: MachineEnums.engines must list every Engine record, in value order
#endif

// NOFACTS: error: no `def Machine` with the machine's global facts
