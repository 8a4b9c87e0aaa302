//===- Progress.cpp - Progress of long compiles on stderr -----------------===//

#include "xyz/Support/Progress.h"
#include "llvm/Support/Format.h"
#include "llvm/Support/raw_ostream.h"
#include <atomic>
#include <chrono>
#include <mutex>
#include <string>

using namespace xyz;
using Clock = std::chrono::steady_clock;

namespace {
struct State {
  std::atomic<bool> enabled{false};
  bool terminal = false;
  bool shown = false; // a status line is on the terminal
  Clock::time_point start, lastReport;
  std::mutex mutex;
};
State &state() {
  static State s;
  return s;
}
} // namespace

void progress::enable(bool terminal) {
  State &s = state();
  std::lock_guard<std::mutex> lock(s.mutex);
  s.terminal = terminal;
  s.start = Clock::now();
  s.lastReport = s.start - std::chrono::hours(1);
  s.enabled = true;
}

bool progress::isEnabled() { return state().enabled.load(); }

void progress::report(const llvm::Twine &what, bool urgent) {
  State &s = state();
  if (!s.enabled.load(std::memory_order_relaxed))
    return;
  std::lock_guard<std::mutex> lock(s.mutex);
  Clock::time_point now = Clock::now();
  double since = std::chrono::duration<double>(now - s.lastReport).count();
  if (!urgent && since < (s.terminal ? 0.1 : 1.0))
    return;
  s.lastReport = now;
  double elapsed = std::chrono::duration<double>(now - s.start).count();
  std::string text = what.str();
  llvm::raw_ostream &os = llvm::errs();
  if (s.terminal) {
    // One line, rewritten: cut to a common terminal width.
    os << '\r' << llvm::format("[%6.2f s] ", elapsed)
       << llvm::StringRef(text).take_front(68) << "\x1b[K";
    s.shown = true;
  } else {
    os << llvm::format("progress: [%.2f s] ", elapsed) << text << '\n';
  }
  os.flush();
}

void progress::finish() {
  State &s = state();
  if (!s.enabled.load())
    return;
  std::lock_guard<std::mutex> lock(s.mutex);
  if (s.terminal && s.shown)
    llvm::errs() << "\r\x1b[K";
  s.shown = false;
  llvm::errs().flush();
}
