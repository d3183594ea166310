// Properties every diagnostic must have, whatever the input: a code, a
// message, and a location (when it has one) inside its file. A violation
// traps, so the fuzzer reports it like a crash.
#pragma once

#include <vector>

#include "diagnostics/diagnostic.h"

namespace trustc::fuzz {

inline bool insideFile(const SourceManager& sources, const Location& loc) {
  if (!loc.valid()) return true;
  if (loc.file >= sources.size()) return false;
  const Position& p = loc.range.begin;
  return p.line >= 1 && p.column >= 1 && p.line <= sources.file(loc.file).lineCount();
}

inline void requireWellFormed(const SourceManager& sources, const std::vector<Diagnostic>& diagnostics) {
  for (const Diagnostic& d : diagnostics) {
    if (d.code.empty() || d.message.empty() || !insideFile(sources, d.location)) __builtin_trap();
    for (const Note& n : d.notes) {
      if (!insideFile(sources, n.location)) __builtin_trap();
    }
  }
}

}  // namespace trustc::fuzz
