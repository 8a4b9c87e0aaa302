//===- HtmlWriter.cpp - Self-contained HTML view of a run's packing -------===//
//
// The page is static text (style and script below) around two generated
// parts: the header table, written as HTML so it reads without script, and
// one <script type="application/json"> blob with the data the canvas needs.
// The blob is the program, not the cells: `ops` holds each non-debug slot as
// [kind, location, operands...] in program order, `bundles` holds per bundle
// [engine, first op, count, ...], and `pcs` holds per core the bundle of
// each cycle. The script expands that into one op index per (track, cycle)
// and draws visible runs of filled cells, so 10,000+ cycles stay responsive.
// Strings in the blob escape '<', '>' and '&' so no text can end the script.
//
//===----------------------------------------------------------------------===//

#include "xyz/Sim/HtmlWriter.h"
#include "HtmlParts.h"
#include "xyz/Sim/SourceProfile.h"
#include "xyz/Machine/CostModel.h"
#include "xyz/Sim/ProgramLocations.h"
#include "xyz/Sim/SlotTracks.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/Support/Format.h"
#include <cmath>

using namespace xyz;
using namespace xyz::sim;

/// Cores drawn at most: each takes 23 rows, and a canvas has a height limit.
static constexpr unsigned kMaxDrawnCores = 16;

HtmlWriter::HtmlWriter(const Program &program,
                       const ProgramLocations *locations, unsigned cores)
    : program(program), locations(locations), cores(cores),
      bundlesPerCycle(std::min(cores, kMaxDrawnCores)) {
  counted.reserve(program.bundles.size());
  for (const Bundle &bundle : program.bundles)
    counted.push_back(bundle.isCounted());
}

void HtmlWriter::onBundle(unsigned core, uint64_t cycle, uint64_t pc) {
  // A free bundle takes no cycle; a counted one takes cycle `cycle`, and a
  // core executes at most one counted bundle per cycle.
  if (!counted[pc] || core >= bundlesPerCycle.size())
    return;
  if (cycle >= kMaxCycles) {
    truncated = true;
    return;
  }
  std::vector<int64_t> &pcs = bundlesPerCycle[core];
  if (pcs.size() <= cycle)
    pcs.resize(cycle + 1, -1);
  pcs[cycle] = static_cast<int64_t>(pc);
}

//===----------------------------------------------------------------------===//
// Escaping.
//===----------------------------------------------------------------------===//

void sim::writeHtmlText(llvm::StringRef text, llvm::raw_ostream &os) {
  for (char c : text) {
    switch (c) {
    case '<': os << "&lt;"; break;
    case '>': os << "&gt;"; break;
    case '&': os << "&amp;"; break;
    case '"': os << "&quot;"; break;
    default: os << c;
    }
  }
}

void sim::writeScriptString(llvm::StringRef text, llvm::raw_ostream &os) {
  os << '"';
  for (char c : text) {
    switch (c) {
    case '"': os << "\\\""; break;
    case '\\': os << "\\\\"; break;
    case '<': os << "\\u003c"; break;
    case '>': os << "\\u003e"; break;
    case '&': os << "\\u0026"; break;
    default:
      if (static_cast<unsigned char>(c) < 0x20)
        os << llvm::format("\\u%04x", static_cast<unsigned>(c));
      else
        os << c;
    }
  }
  os << '"';
}

//===----------------------------------------------------------------------===//
// The page.
//===----------------------------------------------------------------------===//

static const char *engineColor(machine::Engine engine) {
  switch (engine) {
  case machine::Engine::Alu: return "#4e79a7";
  case machine::Engine::Valu: return "#f28e2b";
  case machine::Engine::Load: return "#59a14f";
  case machine::Engine::Store: return "#e15759";
  case machine::Engine::Flow: return "#b07aa1";
  case machine::Engine::Debug: return "#999999";
  }
  return "#999999";
}

/// Shades of an engine's hue for its op kinds, the most frequent first.
static llvm::ArrayRef<const char *> kindShades(machine::Engine engine) {
  static const char *alu[] = {"#4e79a7", "#86b2dc", "#2c5079", "#a9cbe8",
                              "#5d6fb0", "#1f3b5a"};
  static const char *valu[] = {"#f28e2b", "#edc948", "#9c755f", "#d37295",
                               "#ffbe7d", "#b6992d", "#e05a1b", "#fabfd2",
                               "#8c564b", "#f1ce63", "#c26d36", "#ff9d9a"};
  static const char *load[] = {"#59a14f", "#8cd17d", "#2f6b28", "#b6e3a8",
                               "#499894"};
  static const char *store[] = {"#e15759", "#ff9d9a", "#a8322f"};
  static const char *flow[] = {"#b07aa1", "#7b4a70", "#d4a6c8", "#9467bd",
                               "#c5b0d5"};
  switch (engine) {
  case machine::Engine::Alu: return alu;
  case machine::Engine::Valu: return valu;
  case machine::Engine::Load: return load;
  case machine::Engine::Store: return store;
  case machine::Engine::Flow: return flow;
  case machine::Engine::Debug: break;
  }
  static const char *debug[] = {"#999999"};
  return debug;
}

namespace {
/// The op kinds of a program: one per (slot kind, binary opcode) used, with
/// its engine, name, static count and colour.
struct OpKinds {
  struct Kind {
    machine::SlotKind slotKind;
    machine::BinaryOpcode binop;
    machine::Engine engine;
    std::string name;
    uint64_t count = 0;
    const char *color = "";
  };
  std::vector<Kind> kinds;
  llvm::DenseMap<unsigned, unsigned> index;

  static unsigned key(const Slot &slot) {
    return static_cast<unsigned>(slot.kind) * 64 +
           (slot.hasBinop() ? static_cast<unsigned>(slot.binop) : 0);
  }

  explicit OpKinds(const Program &program) {
    for (const Bundle &bundle : program.bundles)
      for (const EngineSlots &engineSlots : bundle.engines) {
        if (!hasTracks(engineSlots.engine))
          continue;
        for (const Slot &slot : engineSlots.slots) {
          auto [it, inserted] = index.try_emplace(key(slot), kinds.size());
          if (inserted)
            kinds.push_back({slot.kind, slot.binop, engineSlots.engine,
                             slot.getOpcodeName().str()});
          ++kinds[it->second].count;
        }
      }
    // Within an engine, the most frequent kind takes the engine's colour.
    std::vector<unsigned> order(kinds.size());
    for (unsigned i = 0; i < order.size(); ++i)
      order[i] = i;
    std::stable_sort(order.begin(), order.end(), [&](unsigned a, unsigned b) {
      return kinds[a].count > kinds[b].count;
    });
    std::array<unsigned, machine::kNumEngines> next{};
    for (unsigned i : order) {
      auto shades = kindShades(kinds[i].engine);
      unsigned &n = next[static_cast<unsigned>(kinds[i].engine)];
      kinds[i].color = shades[n++ % shades.size()];
    }
  }
  unsigned lookup(const Slot &slot) const { return index.find(key(slot))->second; }
};
} // namespace

static const char kPageHead[] = R"html(<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,">
<style>
body { margin: 0; font: 13px/1.4 sans-serif; color: #222; background: #fff; }
header { padding: 8px 12px; border-bottom: 1px solid #ccc; }
h1 { font-size: 16px; margin: 0 0 4px 0; }
table.engines { border-collapse: collapse; margin: 4px 0; }
table.engines td, table.engines th { padding: 1px 10px 1px 0; text-align: right; }
table.engines td:first-child, table.engines th:first-child { text-align: left; }
table.engines tr.bound td { font-weight: bold; }
.swatch { display: inline-block; width: 10px; height: 10px; margin-right: 4px; border: 1px solid #0003; vertical-align: -1px; }
#controls { margin-top: 4px; }
#controls button { font: inherit; min-width: 28px; }
#legend span.item { margin-left: 12px; white-space: nowrap; }
#legend span.kind { margin-left: 4px; }
section { padding: 8px 12px; }
h2 { font-size: 14px; margin: 8px 0 4px 0; }
table.lines { border-collapse: collapse; }
table.lines th { cursor: pointer; user-select: none; text-align: right; padding: 2px 8px; border-bottom: 1px solid #aaa; background: #f4f4f4; position: sticky; top: 0; }
table.lines th.sorted-up::after { content: " \25b2"; }
table.lines th.sorted-down::after { content: " \25bc"; }
table.lines td { text-align: right; padding: 1px 8px; border-bottom: 1px solid #eee; vertical-align: top; }
table.lines td.loc, table.lines th.loc, table.lines td.src, table.lines th.src, table.lines td.rem, table.lines th.rem { text-align: left; }
table.lines td.src { font-family: monospace; white-space: pre; max-width: 48em; overflow: hidden; text-overflow: ellipsis; }
table.lines td.rem { color: #555; font-size: 12px; max-width: 60em; }
table.lines td.rem div { margin: 0 0 2px 0; }
table.lines tbody tr { cursor: pointer; }
table.lines tbody tr:hover { background: #f6f6ff; }
table.lines tbody tr.selected { background: #ffe9a8; }
td.up { color: #b00; } td.down { color: #070; }
#hint { color: #666; margin-left: 12px; }
#fault { color: #b00; font-weight: bold; }
#view { overflow-x: auto; overflow-y: hidden; position: relative; }
#canvas { position: sticky; left: 0; display: block; }
#spacer { height: 1px; }
#tip { position: fixed; display: none; pointer-events: none; background: #fffff0; border: 1px solid #888; padding: 4px 6px; font: 12px/1.35 monospace; white-space: pre; box-shadow: 2px 2px 4px #0003; z-index: 10; }
</style>
)html";

static const char kPageScript[] = R"js(<script>
(function () {
"use strict";
const D = JSON.parse(document.getElementById("data").textContent);
const ROW = 14, LABEL = 64, AXIS = 22, COREGAP = 10, EMPTY = "#ececec", FADED = "#d3d3d3";
const cycles = D.cycles, engines = D.engines;
const rowEngine = [], rowSlot = [], engineBase = [];
engines.forEach(function (e, i) {
  engineBase.push(rowEngine.length);
  for (let s = 0; s < e[1]; ++s) { rowEngine.push(i); rowSlot.push(s); }
});
const rows = rowEngine.length, cores = D.pcs.length;
const kindColor = D.kinds.map(function (k) { return k[2]; });
const locRow = D.locRow || [];
// The profile row of each op (-1: none), and the row selected (-1: none).
const opRow = new Int32Array(D.ops.length);
for (let i = 0; i < D.ops.length; ++i) { const r = locRow[D.ops[i][1]]; opRow[i] = r === undefined ? -1 : r; }
let selected = -1;
function colorOf(op) { return selected < 0 || opRow[op] === selected ? kindColor[D.ops[op][0]] : FADED; }
// cells[core][row * cycles + cycle]: the op in that slot, or -1.
const cells = D.pcs.map(function (pcs) {
  const a = new Int32Array(rows * cycles).fill(-1);
  for (let c = 0; c < pcs.length && c < cycles; ++c) {
    const b = pcs[c] < 0 ? null : D.bundles[pcs[c]];
    if (!b) continue;
    for (let j = 0; j + 2 < b.length; j += 3) {
      const e = b[j], n = Math.min(b[j + 2], engines[e][1]);
      for (let i = 0; i < n; ++i) a[(engineBase[e] + i) * cycles + c] = b[j + 1] + i;
    }
  }
  return a;
});
const view = document.getElementById("view"), canvas = document.getElementById("canvas");
const spacer = document.getElementById("spacer"), tip = document.getElementById("tip");
const ctx = canvas.getContext("2d");
const coreHeight = rows * ROW + COREGAP, height = AXIS + cores * coreHeight;
let zoom = 1, hover = null;
function fitZoom() { return Math.max(view.clientWidth - LABEL, 100) / Math.max(cycles, 1); }
const MAX_ZOOM = 48, MAX_WIDTH = 8e6;
function minZoom() { return Math.min(fitZoom(), 1); }
function setZoom(z, anchorX) {
  z = Math.max(minZoom(), Math.min(MAX_ZOOM, MAX_WIDTH / Math.max(cycles, 1), z));
  if (anchorX === undefined) anchorX = (view.clientWidth - LABEL) / 2;
  const at = (view.scrollLeft + anchorX) / zoom;
  zoom = z;
  spacer.style.width = Math.ceil(LABEL + cycles * zoom) + "px";
  view.scrollLeft = Math.max(0, at * zoom - anchorX);
  draw();
}
function tickStep() {
  let step = 1;
  while (step * zoom < 70) {
    const d = String(step)[0];
    step *= d === "2" ? 2.5 : 2;
  }
  return step;
}
function draw() {
  const dpr = window.devicePixelRatio || 1, W = view.clientWidth;
  if (canvas.width !== Math.round(W * dpr) || canvas.height !== Math.round(height * dpr)) {
    canvas.width = Math.round(W * dpr); canvas.height = Math.round(height * dpr);
    canvas.style.width = W + "px"; canvas.style.height = height + "px";
  }
  ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
  ctx.fillStyle = "#fff"; ctx.fillRect(0, 0, W, height);
  const x0 = view.scrollLeft, plotW = W - LABEL;
  const c0 = Math.max(0, Math.floor(x0 / zoom));
  const c1 = Math.min(cycles, Math.ceil((x0 + plotW) / zoom));
  const gap = zoom >= 5 ? 1 : 0, cellGap = ROW >= 8 ? 1 : 0;
  const xOf = function (c) { return LABEL + c * zoom - x0; };
  for (let core = 0; core < cores; ++core) {
    const a = cells[core], top = AXIS + core * coreHeight;
    for (let r = 0; r < rows; ++r) {
      const y = top + r * ROW, off = r * cycles;
      ctx.fillStyle = EMPTY;
      if (gap) {
        for (let c = c0; c < c1; ++c) if (a[off + c] < 0) ctx.fillRect(xOf(c), y, zoom - gap, ROW - cellGap);
      } else {
        ctx.fillRect(xOf(c0), y, (c1 - c0) * zoom, ROW - cellGap);
      }
      for (let c = c0; c < c1;) {
        const op = a[off + c];
        if (op < 0) { ++c; continue; }
        const color = colorOf(op);
        ctx.fillStyle = color;
        if (gap) { ctx.fillRect(xOf(c), y, zoom - gap, ROW - cellGap); ++c; continue; }
        const s = c;
        while (c < c1 && a[off + c] >= 0 && colorOf(a[off + c]) === color) ++c;
        ctx.fillRect(xOf(s), y, Math.max(1, (c - s) * zoom), ROW - cellGap);
      }
    }
  }
  if (hover) {
    ctx.strokeStyle = "#000"; ctx.lineWidth = 1.5;
    ctx.strokeRect(xOf(hover.cycle) - 0.5, AXIS + hover.core * coreHeight + hover.row * ROW - 0.5,
                   Math.max(zoom, 2), ROW);
  }
  // Axis: cycle ticks.
  ctx.fillStyle = "#fff"; ctx.fillRect(0, 0, W, AXIS);
  ctx.fillStyle = "#444"; ctx.strokeStyle = "#999"; ctx.lineWidth = 1;
  ctx.font = "11px sans-serif"; ctx.textBaseline = "middle"; ctx.textAlign = "left";
  const step = tickStep();
  for (let t = Math.floor(c0 / step) * step; t < c1; t += step) {
    const x = Math.round(xOf(t)) + 0.5;
    if (x < LABEL) continue;
    ctx.beginPath(); ctx.moveTo(x, AXIS - 6); ctx.lineTo(x, AXIS); ctx.stroke();
    ctx.fillText(String(t), x + 2, AXIS / 2 - 2);
  }
  // Labels: one per track, an engine's first slot in bold.
  ctx.fillStyle = "#fff"; ctx.fillRect(0, 0, LABEL, height);
  for (let core = 0; core < cores; ++core) {
    const top = AXIS + core * coreHeight;
    for (let r = 0; r < rows; ++r) {
      const e = engines[rowEngine[r]];
      ctx.fillStyle = e[2]; ctx.fillRect(2, top + r * ROW + 2, 6, ROW - 4);
      ctx.fillStyle = "#222";
      ctx.font = (rowSlot[r] === 0 ? "bold " : "") + "10px sans-serif";
      ctx.fillText((cores > 1 && r === 0 ? core + ":" : "") + e[0] + "-" + rowSlot[r], 11, top + r * ROW + ROW / 2);
    }
  }
}
function describe(core, row, cycle) {
  const e = engines[rowEngine[row]], track = e[0] + "-" + rowSlot[row];
  const pc = cycle < D.pcs[core].length ? D.pcs[core][cycle] : -1;
  const where = "cycle " + cycle + (cores > 1 ? ", core " + core : "") + ", " + track;
  const op = cells[core][row * cycles + cycle];
  if (op < 0) return where + (pc >= 0 ? ", bundle " + pc : "") + "\n(empty)";
  const o = D.ops[op], kind = D.kinds[o[0]];
  let text = where + ", bundle " + pc + "\n" + kind[0];
  for (let i = 0; i < kind[1].length; ++i) text += (i ? ", " : " ") + kind[1][i] + "=" + o[2 + i];
  if (o[1]) {
    text += "\n" + D.locs[o[1]];
    if (D.lines && D.lines[o[1]]) text += "\n  " + D.lines[o[1]];
  }
  const r = opRow[op];
  if (r >= 0 && D.remarks && D.remarks[r].length) text += "\n" + D.remarks[r].join("\n");
  return text;
}
function cellAt(ev) {
  const rect = canvas.getBoundingClientRect();
  const x = ev.clientX - rect.left, y = ev.clientY - rect.top - AXIS;
  if (x < LABEL || y < 0) return null;
  const core = Math.floor(y / coreHeight), row = Math.floor((y - core * coreHeight) / ROW);
  const cycle = Math.floor((x - LABEL + view.scrollLeft) / zoom);
  if (core >= cores || row >= rows || cycle < 0 || cycle >= cycles) return null;
  return { core: core, row: row, cycle: cycle };
}
let drag = null;
canvas.addEventListener("mousedown", function (ev) { drag = { x: ev.clientX, left: view.scrollLeft }; });
window.addEventListener("mouseup", function () { drag = null; });
canvas.addEventListener("mousemove", function (ev) {
  if (drag) { view.scrollLeft = drag.left - (ev.clientX - drag.x); return; }
  const cell = cellAt(ev);
  const same = cell && hover && cell.core === hover.core && cell.row === hover.row && cell.cycle === hover.cycle;
  if (!same) { hover = cell; draw(); }
  if (!cell) { tip.style.display = "none"; return; }
  tip.textContent = describe(cell.core, cell.row, cell.cycle);
  tip.style.display = "block";
  const tx = ev.clientX + 14, ty = ev.clientY + 14;
  tip.style.left = Math.min(tx, window.innerWidth - tip.offsetWidth - 4) + "px";
  tip.style.top = Math.min(ty, window.innerHeight - tip.offsetHeight - 4) + "px";
});
canvas.addEventListener("mouseleave", function () { hover = null; tip.style.display = "none"; draw(); });
canvas.addEventListener("wheel", function (ev) {
  if (!ev.ctrlKey && !ev.metaKey) return;
  ev.preventDefault();
  const rect = canvas.getBoundingClientRect();
  setZoom(zoom * Math.pow(1.0015, -ev.deltaY), Math.max(0, ev.clientX - rect.left - LABEL));
}, { passive: false });
view.addEventListener("scroll", draw);
window.addEventListener("resize", function () { setZoom(zoom); });
document.getElementById("zoom-in").addEventListener("click", function () { setZoom(zoom * 2); });
document.getElementById("zoom-out").addEventListener("click", function () { setZoom(zoom / 2); });
document.getElementById("fit").addEventListener("click", function () { setZoom(fitZoom()); });
document.addEventListener("keydown", function (ev) {
  if (ev.key === "+" || ev.key === "=") setZoom(zoom * 2);
  else if (ev.key === "-") setZoom(zoom / 2);
  else if (ev.key === "0") setZoom(fitZoom());
});
// Highlights the cells of profile row `row` (again: none); the number of
// highlighted cells goes to <body data-highlighted>.
function select(row) {
  selected = row === selected || row === undefined ? -1 : row;
  let n = 0;
  if (selected >= 0)
    for (const a of cells) for (let i = 0; i < a.length; ++i) if (a[i] >= 0 && opRow[a[i]] === selected) ++n;
  document.body.setAttribute("data-highlighted", String(n));
  document.body.setAttribute("data-selected", String(selected));
  draw();
  return n;
}
window.xyzView = { select: select };
setZoom(fitZoom());
let filled = 0;
for (const a of cells) for (let i = 0; i < a.length; ++i) if (a[i] >= 0) ++filled;
document.body.setAttribute("data-cells", String(filled));
document.body.setAttribute("data-drawn", String(cycles));
})();
</script>
)js";

void HtmlWriter::write(const RunResult &result, llvm::StringRef title,
                       llvm::raw_ostream &os, const Profile *profile,
                       const Profile *baseline, bool embedSource) const {
  OpKinds kinds(program);
  uint64_t cycles = result.cycles;
  for (const std::vector<int64_t> &pcs : bundlesPerCycle)
    cycles = std::max<uint64_t>(cycles, pcs.size());

  os << kPageHead << "<title>xyz packing: ";
  writeHtmlText(title, os);
  os << "</title>\n</head>\n<body>\n<header>\n<h1>";
  writeHtmlText(title, os);
  os << "</h1>\n";

  // Per engine: ops, utilization, and the cycles its ops need at best.
  const auto &used = result.slotsExecuted;
  machine::OpMix mix;
  for (unsigned e = 0; e < machine::kNumEngines; ++e)
    mix.slots[e] = double(used[e]);
  uint64_t bound = 0;
  std::string boundBy = "-";
  os << "<table class=\"engines\">\n<tr><th>engine</th><th>slots</th>"
        "<th>ops</th><th>utilization</th><th>floor (cycles)</th></tr>\n";
  for (unsigned e = 0; e < machine::kNumEngines; ++e) {
    auto engine = static_cast<machine::Engine>(e);
    if (!hasTracks(engine))
      continue;
    llvm::StringRef name = machine::stringifyEngine(engine);
    uint64_t capacity = uint64_t(machine::getSlotLimit(engine)) * cores;
    auto floor = uint64_t(std::ceil(machine::engineFloor(mix, engine, cores)));
    double pct =
        result.cycles ? 100.0 * used[e] / double(result.cycles * capacity) : 0;
    if (floor > bound) {
      bound = floor;
      boundBy = name.str();
    }
    os << "<tr class=\"engine-" << name << "\"><td><span class=\"swatch\" "
       << "style=\"background:" << engineColor(engine) << "\"></span>" << name
       << "</td><td>" << machine::getSlotLimit(engine) << "</td><td>" << used[e]
       << "</td><td>" << llvm::format("%.1f%%", pct) << "</td><td>" << floor
       << "</td></tr>\n";
  }
  // A VALU op is 8 lanes of ALU work: together they need this many cycles.
  auto vectorFloor =
      uint64_t(std::ceil(machine::vectorWorkFloor(mix, cores)));
  if (vectorFloor > bound) {
    bound = vectorFloor;
    boundBy = "vector";
  }
  os << "<tr class=\"vector\"><td>vector (" << machine::kVectorLength
     << "&middot;VALU+ALU)/" << machine::vectorWorkCapacity()
     << "</td><td></td><td></td><td></td><td>" << vectorFloor
     << "</td></tr>\n";
  os << "<tr class=\"bound\"><td>lower bound</td><td></td><td></td><td></td>"
     << "<td>" << bound << "</td></tr>\n</table>\n";
  os << "<div id=\"summary\">cycles: <b>" << result.cycles << "</b>";
  if (cores > 1)
    os << ", cores: " << cores;
  os << ", lower bound: " << bound << " (" << boundBy << ")";
  if (bound)
    os << llvm::format(", %.2fx the bound", double(result.cycles) / bound);
  os << "</div>\n";
  if (cores > bundlesPerCycle.size())
    os << "<div>drawn: cores 0 to " << bundlesPerCycle.size() - 1 << " of "
       << cores << "</div>\n";
  if (result.fault) {
    os << "<div id=\"fault\">fault: ";
    writeHtmlText(result.fault->message, os);
    os << "</div>\n";
  }
  os << "<div id=\"controls\"><button id=\"zoom-in\" title=\"zoom in (+)\">+"
        "</button> <button id=\"zoom-out\" title=\"zoom out (-)\">&minus;"
        "</button> <button id=\"fit\" title=\"fit (0)\">fit</button>"
        "<span id=\"legend\">";
  // The legend: per engine, its kinds' colours.
  for (unsigned e = 0; e < machine::kNumEngines; ++e) {
    auto engine = static_cast<machine::Engine>(e);
    if (!hasTracks(engine))
      continue;
    bool any = false;
    for (const OpKinds::Kind &kind : kinds.kinds) {
      if (kind.engine != engine)
        continue;
      if (!any)
        os << "<span class=\"item\"><b>" << machine::stringifyEngine(engine)
           << "</b>";
      any = true;
      os << " <span class=\"kind\"><span class=\"swatch\" style=\"background:"
         << kind.color << "\"></span>";
      writeHtmlText(kind.name, os);
      os << "</span>";
    }
    if (any)
      os << "</span>";
  }
  os << "<span class=\"item\"><span class=\"swatch\" style=\"background:"
        "#ececec\"></span>empty</span></span><span id=\"hint\">hover a cell "
        "for its op; ctrl+wheel zooms, drag or scroll pans"
     << (profile ? "; click a source line below to highlight its cells" : "")
     << "</span></div>\n"
        "</header>\n<div id=\"view\"><canvas id=\"canvas\"></canvas>"
        "<div id=\"spacer\"></div></div>\n<div id=\"tip\"></div>\n";
  if (profile)
    writeProfileTables(*profile, baseline, os);

  // The data.
  os << "<script id=\"data\" type=\"application/json\">\n{\"cycles\":"
     << cycles << ",\n\"engines\":[";
  // The page's engine indices count engines with tracks only.
  std::array<unsigned, machine::kNumEngines> pageEngine{};
  unsigned numPageEngines = 0;
  for (unsigned e = 0; e < machine::kNumEngines; ++e) {
    auto engine = static_cast<machine::Engine>(e);
    if (!hasTracks(engine))
      continue;
    pageEngine[e] = numPageEngines;
    os << (numPageEngines++ ? "," : "") << "[\"" << machine::stringifyEngine(engine)
       << "\"," << machine::getSlotLimit(engine) << ",\"" << engineColor(engine)
       << "\"]";
  }
  os << "],\n\"ops\":[";
  size_t numOps = 0;
  std::vector<std::array<uint64_t, 3>> bundleRanges; // engine, first, count
  std::vector<size_t> bundleRangeStarts;
  for (auto [pc, bundle] : llvm::enumerate(program.bundles)) {
    bundleRangeStarts.push_back(bundleRanges.size());
    size_t flat = locations ? locations->getBundleStart(pc) : 0;
    for (const EngineSlots &engineSlots : bundle.engines) {
      if (!hasTracks(engineSlots.engine)) {
        flat += engineSlots.slots.size();
        continue;
      }
      if (!engineSlots.slots.empty())
        bundleRanges.push_back(
            {pageEngine[static_cast<unsigned>(engineSlots.engine)], numOps,
             engineSlots.slots.size()});
      for (const Slot &slot : engineSlots.slots) {
        os << (numOps ? ",[" : "[") << kinds.lookup(slot) << ','
           << (locations ? locations->getSlot(flat) : 0);
        for (int64_t operand : slot.operands)
          os << ',' << operand;
        os << ']';
        if (++numOps % 16 == 0)
          os << '\n';
        ++flat;
      }
    }
  }
  bundleRangeStarts.push_back(bundleRanges.size());
  os << "],\n\"bundles\":[";
  for (size_t pc = 0; pc < program.bundles.size(); ++pc) {
    os << (pc ? ",[" : "[");
    for (size_t r = bundleRangeStarts[pc]; r < bundleRangeStarts[pc + 1]; ++r) {
      const std::array<uint64_t, 3> &range = bundleRanges[r];
      os << (r == bundleRangeStarts[pc] ? "" : ",") << range[0] << ','
         << range[1] << ',' << range[2];
    }
    os << ']';
    if (pc % 32 == 31)
      os << '\n';
  }
  os << "],\n\"kinds\":[";
  for (auto [i, kind] : llvm::enumerate(kinds.kinds)) {
    const machine::SlotInfo &info = machine::getSlotInfo(kind.slotKind);
    os << (i ? ",[" : "[");
    writeScriptString(kind.name, os);
    os << ",[";
    for (auto [j, name] : llvm::enumerate(info.operandNames))
      os << (j ? ",\"" : "\"") << name << '"';
    os << "],\"" << kind.color << "\"]";
  }
  os << "],\n\"locs\":[";
  static const std::string kNoLocation;
  llvm::ArrayRef<std::string> names =
      locations ? locations->getNames()
                : llvm::ArrayRef<std::string>(kNoLocation);
  for (auto [i, name] : llvm::enumerate(names)) {
    if (i)
      os << ',';
    writeScriptString(name, os);
  }
  os << "]";
  if (embedSource && locations) {
    os << ",\n\"lines\":[";
    for (auto [i, line] : llvm::enumerate(readSourceLines(names))) {
      if (i)
        os << ',';
      writeScriptString(line, os);
    }
    os << "]";
  }
  if (profile) {
    // Per location, the row of its line in the profile table; per row, its
    // remarks.
    llvm::StringMap<size_t> rowOf;
    for (auto [i, line] : llvm::enumerate(profile->lines))
      rowOf[line.location] = i;
    os << ",\n\"locRow\":[";
    for (auto [i, name] : llvm::enumerate(names)) {
      auto it = rowOf.find(dropColumn(name));
      os << (i ? "," : "") << (it == rowOf.end() ? -1 : int64_t(it->second));
    }
    os << "],\n\"remarks\":[";
    for (auto [i, line] : llvm::enumerate(profile->lines)) {
      os << (i ? ",[" : "[");
      for (auto [j, remark] : llvm::enumerate(line.remarks)) {
        if (j)
          os << ',';
        writeScriptString(remark, os);
      }
      os << ']';
    }
    os << ']';
  }
  os << ",\n\"pcs\":[";
  for (auto [core, pcs] : llvm::enumerate(bundlesPerCycle)) {
    os << (core ? ",\n[" : "[");
    for (auto [c, pc] : llvm::enumerate(pcs)) {
      os << (c ? "," : "") << pc;
      if (c % 64 == 63)
        os << '\n';
    }
    os << ']';
  }
  os << "]}\n</script>\n" << kPageScript << "</body>\n</html>\n";
}
