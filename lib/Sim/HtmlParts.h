//===- HtmlParts.h - Pieces of the HTML view shared by its writers -*- C++ -*-===//
//
// Internal to XYZSim: escaping for the page, and the source-line tables
// (HtmlProfile.cpp) that HtmlWriter places below the canvas.
//
//===----------------------------------------------------------------------===//

#ifndef XYZ_LIB_SIM_HTMLPARTS_H
#define XYZ_LIB_SIM_HTMLPARTS_H

#include "llvm/ADT/StringRef.h"
#include "llvm/Support/raw_ostream.h"

namespace xyz::sim {

struct Profile;

/// `text` as HTML character data or attribute value.
void writeHtmlText(llvm::StringRef text, llvm::raw_ostream &os);

/// `text` as a JSON string that is also safe inside a <script> element.
void writeScriptString(llvm::StringRef text, llvm::raw_ostream &os);

/// The cost-per-line table of `profile` (rows `data-row` = the index of the
/// line in `profile.lines`) and, with `baseline`, the table of changes
/// against it, each in a <section>; then the script that sorts them and
/// sends row clicks to the canvas (`window.xyzView.select`).
void writeProfileTables(const Profile &profile, const Profile *baseline,
                        llvm::raw_ostream &os);

} // namespace xyz::sim

#endif // XYZ_LIB_SIM_HTMLPARTS_H
