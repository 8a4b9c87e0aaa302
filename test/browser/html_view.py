#!/usr/bin/env python3
"""The HTML view in a real browser: headless Chromium driven by ChromeDriver
over the W3C WebDriver protocol (plain HTTP, Python's standard library).

For the headline kernel (tree-hash 10/16/256) and a zoo kernel (stencil),
compiled with their source locations and remarks and run by
`xyz-run --html --profile --remarks` (the headline also with `--baseline`,
its program compiled without multiply-add fusion), the page is loaded and
checked:

- every cycle is drawn and every executed slot is a filled cell
  (`<body data-drawn>` = the cycles, `data-cells` = the slots the header
  counts);
- a real click on a source line highlights exactly its cells (`data-
  highlighted` = the line's slots in the table; the row is marked; a pixel
  of a highlighted cell keeps its colour and one of another line is faded);
  a second click clears it;
- clicking a heading sorts the table; hovering a cell shows its op and line;
- no console error or warning was logged.

A screenshot of each page goes to --out-dir (docs/img shows the headline's;
scripts/regen_docs.py copies it there). Exits 77 (ctest: skipped) with a
message when no Chromium/ChromeDriver is installed.
"""
import argparse
import base64
import json
import os
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request

# The longest a script may run in the page (WebDriver's default is 30 s).
SCRIPT_TIMEOUT_MS = 300_000

SKIP = 77
ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


class WebDriver:
    """The few WebDriver commands the test needs."""

    def __init__(self, chromedriver, chromium, log):
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            self.port = s.getsockname()[1]
        self.proc = subprocess.Popen(
            [chromedriver, "--port=%d" % self.port], stdout=log, stderr=log)
        self.base = "http://127.0.0.1:%d" % self.port
        for _ in range(100):
            try:
                self.call("GET", "/status")
                break
            except OSError:
                time.sleep(0.1)
        caps = {"capabilities": {"alwaysMatch": {
            "browserName": "chrome",
            "goog:chromeOptions": {
                "binary": chromium,
                "args": ["--headless=new", "--no-sandbox", "--disable-gpu",
                         "--disable-dev-shm-usage", "--window-size=1400,1000",
                         "--force-device-scale-factor=1"]},
            "goog:loggingPrefs": {"browser": "ALL"}}}}
        self.session = self.call("POST", "/session", caps)["sessionId"]
        # The page's own hit test, run over a grid of cells in one script,
        # can take longer than WebDriver's default 30 s on a loaded 2-core
        # machine ("script timeout" in a CI run).
        self.cmd("POST", "/timeouts", {"script": SCRIPT_TIMEOUT_MS})

    def call(self, method, path, body=None):
        data = json.dumps(body).encode() if body is not None else None
        req = urllib.request.Request(
            self.base + path, data=data, method=method,
            headers={"Content-Type": "application/json"})
        try:
            with urllib.request.urlopen(
                    req, timeout=SCRIPT_TIMEOUT_MS / 1000 + 60) as r:
                return json.load(r).get("value")
        except urllib.error.HTTPError as e:
            raise RuntimeError("%s %s: %s" % (method, path, e.read().decode()))

    def cmd(self, method, path, body=None):
        return self.call(method, "/session/%s%s" % (self.session, path), body)

    def js(self, script, *args):
        return self.cmd("POST", "/execute/sync",
                        {"script": script, "args": list(args)})

    def find(self, css):
        e = self.cmd("POST", "/element", {"using": "css selector", "value": css})
        return list(e.values())[0]

    def click(self, css):
        self.cmd("POST", "/element/%s/click" % self.find(css), {})

    def logs(self):
        return self.cmd("POST", "/se/log", {"type": "browser"}) or []

    def quit(self):
        try:
            self.cmd("DELETE", "")
        finally:
            self.proc.terminate()
            self.proc.wait(10)


def run(cmd, **kw):
    r = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT, **kw)
    if r.returncode != 0:
        sys.exit("FAIL: %s\n%s" % (" ".join(cmd), r.stderr))
    return r


def compile_program(bindir, kernel, shape, out, options=""):
    """The JSON program, its locations and the remarks of `kernel`."""
    opt = run([os.path.join(bindir, "xyz-opt"), kernel,
               "--xyz-specialize=" + shape,
               "--xyz-schedule=remarks=all" + (" " + options if options else ""),
               "--mlir-print-debuginfo"])
    run([os.path.join(bindir, "xyz-translate"), "--vliw-to-json", "-o",
         out + ".json", "--locations-file=" + out + ".locs.json"],
        input=opt.stdout)
    with open(out + ".remarks", "w") as f:
        f.write(opt.stderr)


def check_page(wd, page, screenshot, errors):
    wd.cmd("POST", "/url", {"url": "file://" + page})
    for _ in range(200):
        if wd.js("return document.body.getAttribute('data-drawn')"):
            break
        time.sleep(0.05)
    name = os.path.basename(page)

    def fail(what):
        errors.append("%s: %s" % (name, what))

    facts = wd.js("""
      const b = document.body;
      let slots = 0;
      document.querySelectorAll('table.engines tr[class^=engine-] td:nth-child(3)')
        .forEach(td => slots += Number(td.textContent));
      return {drawn: b.getAttribute('data-drawn'), cells: b.getAttribute('data-cells'),
              cycles: document.querySelector('#summary b').textContent, slots: slots,
              rows: document.querySelectorAll('#lines tbody tr').length,
              title: document.title};""")
    print("%s: %s" % (name, facts))
    if facts["drawn"] != facts["cycles"]:
        fail("drawn %s cycles of %s" % (facts["drawn"], facts["cycles"]))
    if str(facts["slots"]) != facts["cells"]:
        fail("%s filled cells for %s executed slots" % (facts["cells"], facts["slots"]))
    if facts["rows"] < 2:
        fail("the source-line table has %d rows" % facts["rows"])

    # The costliest line: its slots, then a real click on it.
    row = wd.js("""
      const tr = document.querySelector('#lines tbody tr');
      let n = 0;
      for (let i = 1; i <= 5; ++i) n += Number(tr.cells[i].getAttribute('data-v'));
      return {row: tr.getAttribute('data-row'), slots: n};""")
    wd.click('#lines tbody tr[data-row="%s"]' % row["row"])
    got = wd.js("""return {h: document.body.getAttribute('data-highlighted'),
      sel: document.querySelectorAll('#lines tr.selected').length};""")
    if got["h"] != str(row["slots"]) or got["sel"] != 1:
        fail("clicking line %s highlighted %s cells (%s rows marked), expected %d"
             % (row["row"], got["h"], got["sel"], row["slots"]))
    # A highlighted cell keeps its kind's colour; another line's is faded.
    pixels = wd.js("""
      const D = JSON.parse(document.getElementById('data').textContent);
      const sel = Number(document.body.getAttribute('data-selected'));
      const canvas = document.getElementById('canvas');
      const rect = canvas.getBoundingClientRect(), dpr = canvas.width / rect.width;
      // Cells of both kinds, found through the page's own hit test (its
      // tooltip), then read in one readback once the hover is cleared.
      const at = {};
      for (let y = 24; y < rect.height && !(at.mine && at.other); y += 14)
        for (let x = 70; x < rect.width && !(at.mine && at.other); x += 3) {
          canvas.dispatchEvent(new MouseEvent('mousemove', {clientX: rect.left + x, clientY: rect.top + y + 3, bubbles: true}));
          const tip = document.getElementById('tip').textContent;
          if (!tip || tip.includes('(empty)')) continue;
          const mine = D.locs.some((l, i) => l && tip.includes(l) && D.locRow[i] === sel);
          const key = mine ? 'mine' : 'other';
          if (!at[key]) at[key] = [x, y + 3];
        }
      canvas.dispatchEvent(new MouseEvent('mouseleave'));
      const img = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height);
      // The pixel under the pointer and its 8 neighbours: a point on a
      // cell's edge reads a blend of the cell and what is next to it.
      const out = {};
      for (const key in at) {
        out[key] = [];
        const cx = Math.round(at[key][0] * dpr), cy = Math.round(at[key][1] * dpr);
        for (let dy = -1; dy <= 1; ++dy)
          for (let dx = -1; dx <= 1; ++dx) {
            const i = 4 * ((cy + dy) * canvas.width + cx + dx);
            out[key].push(Array.from(img.data.slice(i, i + 3)));
          }
      }
      return out;""")
    faded, empty, white = [211, 211, 211], [236, 236, 236], [255, 255, 255]
    # The selected line's cell: some pixel in its kind's colour (neither
    # faded, nor empty, nor background); another line's: faded.
    mine = [p for p in pixels.get("mine", []) if p not in (faded, empty, white)]
    if not mine:
        fail("a cell of the selected line is not drawn in colour: %s" % pixels)
    other = pixels.get("other")
    if other and faded not in other:
        fail("a cell of another line is not faded: %s" % pixels)
    if other and any(p not in (faded, empty, white) and len(set(p)) > 1
                     for p in other):
        fail("a cell of another line keeps a colour: %s" % pixels)
    wd.click('#lines tbody tr[data-row="%s"]' % row["row"])
    if wd.js("return document.body.getAttribute('data-highlighted')") != "0":
        fail("a second click did not clear the highlight")

    # Sorting: the first engine column, descending then ascending.
    wd.click("#lines thead th:nth-child(2)")
    col = wd.js("return Array.from(document.querySelectorAll('#lines tbody tr'))"
                ".map(r => Number(r.cells[1].getAttribute('data-v')))")
    if col != sorted(col, reverse=True):
        fail("heading click did not sort descending: %s" % col[:8])
    wd.click("#lines thead th:nth-child(2)")
    col = wd.js("return Array.from(document.querySelectorAll('#lines tbody tr'))"
                ".map(r => Number(r.cells[1].getAttribute('data-v')))")
    if col != sorted(col):
        fail("second heading click did not sort ascending: %s" % col[:8])
    wd.click("#lines thead th:nth-child(7)")  # back to the share order

    # Hover: a real pointer move onto the first cell of valu-0 with a location.
    target = wd.js("""
      const D = JSON.parse(document.getElementById('data').textContent);
      const canvas = document.getElementById('canvas'), rect = canvas.getBoundingClientRect();
      for (let x = 70; x < rect.width; x += 2) {
        const y = 22 + 12 * 14 + 7;  // valu-0
        canvas.dispatchEvent(new MouseEvent('mousemove', {clientX: rect.left + x, clientY: rect.top + y, bubbles: true}));
        const tip = document.getElementById('tip').textContent;
        if (tip && !tip.includes('(empty)') && tip.includes('.mlir:')) {
          canvas.dispatchEvent(new MouseEvent('mouseleave'));
          return {x: Math.round(rect.left + x), y: Math.round(rect.top + y)};
        }
      }
      return null;""")
    if not target:
        fail("no filled valu-0 cell found")
    else:
        wd.cmd("POST", "/actions", {"actions": [{
            "type": "pointer", "id": "mouse", "parameters": {"pointerType": "mouse"},
            "actions": [{"type": "pointerMove", "duration": 0, "origin": "viewport",
                         "x": target["x"], "y": target["y"]}]}]})
        tip = wd.js("const t = document.getElementById('tip');"
                    "return [t.style.display, t.textContent];")
        print("%s: hover tip: %s" % (name, tip[1].replace("\n", " | ")[:160]))
        if tip[0] != "block" or "valu-0" not in tip[1] or ".mlir:" not in tip[1]:
            fail("hovering a cell shows %s" % tip)
        wd.cmd("DELETE", "/actions")

    # The screenshot: the line with the most slots highlighted.
    busiest = wd.js("""
      let best = null, most = -1;
      document.querySelectorAll('#lines tbody tr').forEach(tr => {
        let n = 0;
        for (let i = 1; i <= 5; ++i) n += Number(tr.cells[i].getAttribute('data-v'));
        if (n > most) { most = n; best = tr.getAttribute('data-row'); }
      });
      return best;""")
    wd.click('#lines tbody tr[data-row="%s"]' % busiest)
    wd.js("window.scrollTo(0, 0)")
    png = wd.cmd("GET", "/screenshot")
    with open(screenshot, "wb") as f:
        f.write(base64.b64decode(png))
    for entry in wd.logs():
        if entry.get("level") in ("SEVERE", "WARNING"):
            fail("console: %s" % entry.get("message"))


def check_diff(wd, page, errors):
    wd.cmd("POST", "/url", {"url": "file://" + page})
    name = os.path.basename(page)
    rows = wd.js("return Array.from(document.querySelectorAll('#diff tbody tr'))"
                 ".map(r => r.getAttribute('data-row'))")
    if not rows:
        errors.append("%s: no changed lines against the baseline" % name)
        return
    row = next((r for r in rows if r != "-1"), None)
    if row is None:
        return
    want = wd.js("""
      const tr = document.querySelector('#lines tbody tr[data-row="%s"]');
      let n = 0;
      for (let i = 1; i <= 5; ++i) n += Number(tr.cells[i].getAttribute('data-v'));
      return n;""" % row)
    wd.click('#diff tbody tr[data-row="%s"]' % row)
    got = wd.js("return [document.body.getAttribute('data-highlighted'),"
                "document.querySelectorAll('tr.selected').length]")
    print("%s: %d changed lines; clicking one highlights %s cells" % (
        name, len(rows), got[0]))
    if got[0] != str(want) or got[1] != 2:
        errors.append("%s: a click on a changed line highlighted %s cells "
                      "(%s rows marked), expected %d and 2"
                      % (name, got[0], got[1], want))


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--bindir", required=True)
    ap.add_argument("--out-dir", required=True,
                    help="where the pages and screenshots go")
    ap.add_argument("--chromium", default="/usr/bin/chromium")
    ap.add_argument("--chromedriver", default="/usr/bin/chromedriver")
    args = ap.parse_args()
    for tool in (args.chromium, args.chromedriver):
        if not os.access(tool, os.X_OK):
            print("SKIP: %s is not installed (Debian's chromium and "
                  "chromium-driver; scripts/test.sh installs them)" % tool)
            return SKIP
    os.makedirs(args.out_dir, exist_ok=True)
    out = os.path.abspath(args.out_dir)
    bindir = os.path.abspath(args.bindir)
    run_tool = os.path.join(bindir, "xyz-run")

    shape = "height=10 rounds=16 batch=256"
    head = os.path.join(out, "tree_hash")
    compile_program(bindir, "examples/tree_hash.mlir", shape, head)
    compile_program(bindir, "examples/tree_hash.mlir", shape, head + "-nofma",
                    "fuse-multiply-add=0")
    run([run_tool, head + ".json", "--kernel", "tree-hash", "--shape", shape,
         "--locations", head + ".locs.json", "--remarks", head + ".remarks",
         "--baseline", head + "-nofma.json",
         "--baseline-locations", head + "-nofma.locs.json",
         "--html", head + ".html"])

    zoo = os.path.join(out, "stencil")
    zshape = "n=512 steps=4"
    compile_program(bindir, "examples/zoo/stencil.mlir", zshape, zoo)
    compile_program(bindir, "examples/zoo/stencil.mlir", zshape,
                    zoo + "-noforward", "forward-memory=0")
    run([os.path.join(bindir, "xyz-interp"), "examples/zoo/stencil.mlir",
         "--shape", zshape, "--random-image", "1",
         "--dump-initial-mem", zoo + ".mem.json", "--check", zoo + ".json"])
    run([run_tool, zoo + ".json", "--mem", zoo + ".mem.json",
         "--locations", zoo + ".locs.json", "--remarks", zoo + ".remarks",
         "--baseline", zoo + "-noforward.json",
         "--baseline-locations", zoo + "-noforward.locs.json",
         "--html", zoo + ".html"])

    errors = []
    with open(os.path.join(out, "chromedriver.log"), "w") as log:
        try:
            wd = WebDriver(args.chromedriver, args.chromium, log)
        except (OSError, RuntimeError) as e:
            print("FAIL: cannot start the browser: %s" % e)
            return 1
        try:
            check_page(wd, head + ".html", head + ".png", errors)
            check_page(wd, zoo + ".html", zoo + ".png", errors)
            # Both pages have the table of changes against their baseline,
            # and its rows highlight this run's cells of their line.
            for page in (head + ".html", zoo + ".html"):
                check_diff(wd, page, errors)
        finally:
            wd.quit()
    for e in errors:
        print("FAIL:", e)
    print("browser checks: %d failed" % len(errors))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
