//===- MachineDesc.h - The machine, as the vliw dialect sees it -*- C++ -*-===//
//
// The vliw dialect reads the machine from the MLIR-free machine library
// (xyz/Machine/Machine.h, generated from xyz/Machine/Machine.td): its enums
// are the dialect's enum attributes, its slot table gives every slot op's
// engine and operand roles. This header makes those names the dialect's own
// (xyz::vliw::Engine is xyz::machine::Engine) and adds what only the dialect
// knows: the op of each slot kind. No MLIR here either.
//
//===----------------------------------------------------------------------===//

#ifndef XYZ_DIALECT_VLIW_MACHINEDESC_H
#define XYZ_DIALECT_VLIW_MACHINEDESC_H

#include "xyz/Machine/Machine.h"

namespace xyz::vliw {

using machine::BinaryOpcode;
using machine::Engine;
using machine::OperandRole;
using machine::ScratchAccess;
using machine::SlotInfo;
using machine::SlotKind;

using machine::kNumEngines;
using machine::kNumSlotKinds;
using machine::kScratchSize;
using machine::kVectorLength;

using machine::evalBinary;
using machine::getJsonName;
using machine::getMaxEnumValForBinaryOpcode;
using machine::getMaxEnumValForEngine;
using machine::getMaxEnumValForOperandRole;
using machine::getMaxEnumValForSlotKind;
using machine::getMemoryWidth;
using machine::getRoleWidth;
using machine::getScratchAccesses;
using machine::getSlotInfo;
using machine::getSlotInfos;
using machine::getSlotLimit;
using machine::isDivision;
using machine::isRoleRead;
using machine::isRoleWrite;
using machine::lookupSlotKind;
using machine::parseJsonBinaryOpcode;
using machine::readsMemory;
using machine::stringifyBinaryOpcode;
using machine::stringifyEngine;
using machine::stringifyOperandRole;
using machine::stringifySlotKind;
using machine::symbolizeBinaryOpcode;
using machine::symbolizeEngine;
using machine::symbolizeOperandRole;
using machine::symbolizeSlotKind;
using machine::writesMemory;

/// The name of the op of a slot kind, e.g. "vliw.load".
llvm::StringRef getSlotOpName(SlotKind kind);

} // namespace xyz::vliw

#endif // XYZ_DIALECT_VLIW_MACHINEDESC_H
