//===- HtmlProfile.cpp - Source-line tables of the HTML view --------------===//
//
// The cost per source line (SourceProfile.h) as HTML tables below the
// packing: written as markup so they read without script, with `data-v`
// holding each numeric cell's value for sorting. A small script sorts a
// table by the column clicked and sends a row click to the canvas, which
// highlights the row's cells.
//
//===----------------------------------------------------------------------===//

#include "HtmlParts.h"
#include "xyz/Sim/SlotTracks.h"
#include "xyz/Sim/SourceProfile.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/Support/Format.h"

using namespace xyz;
using namespace xyz::sim;

static const char kTablesScript[] = R"js(<script>
(function () {
"use strict";
function value(td) {
  const v = td.getAttribute("data-v");
  return v === null ? td.textContent.toLowerCase() : Number(v);
}
document.querySelectorAll("table.lines").forEach(function (table) {
  const body = table.tBodies[0];
  table.querySelectorAll("th").forEach(function (th, col) {
    th.addEventListener("click", function () {
      const down = !th.classList.contains("sorted-down");
      table.querySelectorAll("th").forEach(function (h) { h.classList.remove("sorted-up", "sorted-down"); });
      th.classList.add(down ? "sorted-down" : "sorted-up");
      const rows = Array.from(body.rows);
      rows.sort(function (a, b) {
        const x = value(a.cells[col]), y = value(b.cells[col]);
        const c = x < y ? -1 : x > y ? 1 : 0;
        return down ? -c : c;
      });
      rows.forEach(function (r) { body.appendChild(r); });
    });
  });
  body.addEventListener("click", function (ev) {
    const tr = ev.target.closest("tr");
    if (!tr || !window.xyzView) return;
    const row = Number(tr.getAttribute("data-row"));
    const was = tr.classList.contains("selected");
    document.querySelectorAll("table.lines tr.selected").forEach(function (r) { r.classList.remove("selected"); });
    if (row < 0) { window.xyzView.select(-1); return; }
    window.xyzView.select(was ? -1 : row);
    if (!was)
      document.querySelectorAll("table.lines tr[data-row=\"" + row + "\"]").forEach(function (r) { r.classList.add("selected"); });
  });
});
})();
</script>
)js";

static void cell(uint64_t v, llvm::raw_ostream &os) {
  os << "<td data-v=\"" << v << "\">" << v << "</td>";
}

static void locationCell(const LineCost &line, llvm::raw_ostream &os) {
  os << "<td class=\"loc\">";
  writeHtmlText(line.location.empty() ? "(no location)" : line.location, os);
  os << "</td>";
}

static void sourceCell(const LineCost &line, llvm::raw_ostream &os) {
  os << "<td class=\"src\" title=\"";
  writeHtmlText(line.text, os);
  os << "\">";
  writeHtmlText(line.text, os);
  os << "</td>";
}

/// First and last cycle; a line that ran nothing sorts last.
static void spanCells(const LineCost *line, llvm::raw_ostream &os) {
  if (!line || !line->ran()) {
    os << "<td data-v=\"1e18\">-</td><td data-v=\"1e18\">-</td>";
    return;
  }
  cell(line->firstCycle, os);
  cell(line->lastCycle, os);
}

static void writeLinesTable(const Profile &profile, llvm::raw_ostream &os) {
  std::string binding = profile.getBindingName();
  os << "<section id=\"lines-section\"><h2>Cost per source line</h2>\n"
     << "<div class=\"note\">" << profile.lines.size()
     << " lines; the binding resource is " << binding
     << llvm::format(" (floor %.1f cycles)", profile.floor)
     << ". Click a row to highlight its cells, a heading to sort.</div>\n"
     << "<table class=\"lines\" id=\"lines\"><thead><tr>"
     << "<th class=\"loc\">location</th>";
  for (machine::Engine e : getTrackEngines())
    os << "<th>" << machine::stringifyEngine(e) << "</th>";
  os << "<th title=\"share of the binding resource\">" << binding
     << " share</th><th>first</th><th>last</th><th class=\"src\">source</th>"
        "<th class=\"rem\">remarks</th></tr></thead>\n<tbody>\n";
  for (auto [i, line] : llvm::enumerate(profile.lines)) {
    os << "<tr data-row=\"" << i << "\">";
    locationCell(line, os);
    for (machine::Engine e : getTrackEngines())
      cell(line.slots[static_cast<unsigned>(e)], os);
    double share = profile.getShare(line);
    os << "<td data-v=\"" << llvm::format("%.6f", share) << "\">"
       << llvm::format("%.1f%%", 100 * share) << "</td>";
    spanCells(&line, os);
    sourceCell(line, os);
    os << "<td class=\"rem\" data-v=\"" << line.remarks.size() << "\">";
    for (const std::string &remark : line.remarks) {
      os << "<div>";
      writeHtmlText(remark, os);
      os << "</div>";
    }
    os << "</td></tr>\n";
  }
  os << "</tbody></table></section>\n";
}

static void writeDiffTable(const Profile &before, const Profile &after,
                           llvm::raw_ostream &os) {
  auto delta = [](int64_t d) {
    return (d > 0 ? "+" : "") + std::to_string(d);
  };
  os << "<section id=\"diff-section\"><h2>Against the baseline</h2>\n"
     << "<table class=\"engines\" id=\"diff-engines\"><tr><th></th>"
        "<th>baseline</th><th>this run</th><th>change</th></tr>\n"
     << "<tr><td>cycles</td><td>" << before.cycles << "</td><td>"
     << after.cycles << "</td><td>"
     << delta(int64_t(after.cycles) - int64_t(before.cycles))
     << "</td></tr>\n";
  for (machine::Engine e : getTrackEngines()) {
    unsigned k = static_cast<unsigned>(e);
    os << "<tr><td>" << machine::stringifyEngine(e) << " slots</td><td>"
       << before.slots[k] << "</td><td>" << after.slots[k] << "</td><td>"
       << delta(int64_t(after.slots[k]) - int64_t(before.slots[k]))
       << "</td></tr>\n";
  }
  os << "</table>\n";

  llvm::StringMap<size_t> rowOf;
  for (auto [i, line] : llvm::enumerate(after.lines))
    rowOf[line.location] = i;
  std::vector<LineChange> changes = matchLines(before, after);
  size_t changed =
      llvm::count_if(changes, [](const LineChange &c) { return c.isChanged(); });
  os << "<div class=\"note\">" << changed << " of " << changes.size()
     << " lines changed; per engine, slots in the baseline -&gt; this run."
        "</div>\n<table class=\"lines\" id=\"diff\"><thead><tr>"
        "<th class=\"loc\">location</th>";
  for (machine::Engine e : getTrackEngines())
    os << "<th>" << machine::stringifyEngine(e) << "</th>";
  os << "<th>change</th><th>cycles before</th><th>cycles after</th>"
        "<th class=\"src\">source</th></tr></thead>\n<tbody>\n";
  for (const LineChange &change : changes) {
    if (!change.isChanged())
      continue;
    const LineCost &line = change.getLine();
    auto it = rowOf.find(line.location);
    os << "<tr data-row=\""
       << (change.after && it != rowOf.end() ? int64_t(it->second) : -1)
       << "\">";
    locationCell(line, os);
    int64_t total = 0;
    for (machine::Engine e : getTrackEngines()) {
      unsigned k = static_cast<unsigned>(e);
      uint64_t b = change.before ? change.before->slots[k] : 0;
      uint64_t a = change.after ? change.after->slots[k] : 0;
      int64_t d = change.getDelta(e);
      total += d;
      os << "<td data-v=\"" << d << "\"" << (d > 0 ? " class=\"up\"" : d < 0 ? " class=\"down\"" : "")
         << ">";
      if (a == b)
        os << a;
      else
        os << b << " -&gt; " << a;
      os << "</td>";
    }
    os << "<td data-v=\"" << total << "\">" << delta(total) << "</td>";
    auto span = [&](const LineCost *l) {
      os << "<td>";
      if (l && l->ran())
        os << l->firstCycle << "-" << l->lastCycle;
      else
        os << "-";
      os << "</td>";
    };
    span(change.before);
    span(change.after);
    sourceCell(line, os);
    os << "</tr>\n";
  }
  os << "</tbody></table></section>\n";
}

void sim::writeProfileTables(const Profile &profile, const Profile *baseline,
                             llvm::raw_ostream &os) {
  writeLinesTable(profile, os);
  if (baseline)
    writeDiffTable(*baseline, profile, os);
  os << kTablesScript;
}
