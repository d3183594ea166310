#include <fmt/format.h>

#include "diagnostics/render.h"
#include "support/utf8.h"

namespace trustc {

Summary summarize(const std::vector<Diagnostic>& diagnostics) {
  Summary s;
  for (const Diagnostic& d : diagnostics) {
    if (d.suppressed) { ++s.suppressed; continue; }
    switch (d.severity) {
      case Severity::Error: ++s.errors; break;
      case Severity::Warning: ++s.warnings; break;
      case Severity::Info: ++s.infos; break;
      case Severity::Off: break;
    }
  }
  return s;
}

namespace {

struct Palette {
  bool on;
  std::string_view bold() const { return on ? "\x1b[1m" : ""; }
  std::string_view reset() const { return on ? "\x1b[0m" : ""; }
  std::string_view green() const { return on ? "\x1b[1;32m" : ""; }
  std::string_view of(Severity s) const {
    if (!on) return "";
    switch (s) {
      case Severity::Error: return "\x1b[1;31m";
      case Severity::Warning: return "\x1b[1;35m";
      default: return "\x1b[1;36m";
    }
  }
};

std::string prefix(const SourceManager& sources, const Location& loc) {
  if (!loc.valid()) return "trustc";
  const auto& file = sources.file(loc.file);
  if (loc.range.begin.line == 0) return file.path();
  return fmt::format("{}:{}:{}", file.path(), loc.range.begin.line, loc.range.begin.column);
}

// Prints the line under the location and marks its range: a caret at the
// start, tildes to the end of the range (or to the end of the line when the
// range spans several lines).
void printSnippet(std::ostream& out, const SourceManager& sources, const Location& loc,
                  const Palette& p) {
  if (!loc.valid() || loc.range.begin.line == 0) return;
  const SourceFile& file = sources.file(loc.file);
  std::string line = file.displayLine(loc.range.begin.line);  // secrets masked
  std::size_t width = utf8::countCodePoints(line);
  std::size_t begin = loc.range.begin.column - 1;
  if (begin > width) begin = width;
  std::size_t end = loc.range.end.line == loc.range.begin.line ? loc.range.end.column - 1 : width;
  if (end > width) end = width;
  if (end <= begin) end = begin + 1;

  std::string gutter = fmt::format("{:>5}", loc.range.begin.line);
  out << gutter << " | " << line << "\n";
  std::string marks(gutter.size(), ' ');
  marks += " | ";
  // Keep tabs where the line has them so the caret lines up.
  std::size_t cp = 0;
  for (std::size_t i = 0; i < line.size() && cp < begin; ++i) {
    if ((static_cast<unsigned char>(line[i]) & 0xC0) == 0x80) continue;
    marks += line[i] == '\t' ? '\t' : ' ';
    ++cp;
  }
  while (cp < begin) { marks += ' '; ++cp; }
  out << marks << p.green() << '^' << std::string(end - begin - 1, '~') << p.reset() << "\n";
}

}  // namespace

void renderText(std::ostream& out, const SourceManager& sources,
                const std::vector<Diagnostic>& diagnostics, const TextStyle& style) {
  Palette p{style.color};
  for (const Diagnostic& d : diagnostics) {
    if (d.suppressed) continue;
    out << p.bold() << prefix(sources, d.location) << ": " << p.reset() << p.of(d.severity)
        << severityName(d.severity) << ": " << p.reset() << p.bold() << d.message << " ["
        << d.code << "]" << p.reset() << "\n";
    if (style.showSource) printSnippet(out, sources, d.location, p);
    for (const Note& n : d.notes) {
      out << p.bold() << prefix(sources, n.location.valid() ? n.location : d.location) << ": " << p.reset() << p.of(Severity::Info)
          << "note: " << p.reset() << n.message << "\n";
      if (style.showSource && n.location.valid()) printSnippet(out, sources, n.location, p);
    }
    if (d.fix) {
      out << p.bold() << prefix(sources, d.location) << ": " << p.reset() << p.of(Severity::Info)
          << "help: " << p.reset() << d.fix->description << "\n";
    }
  }
}

}  // namespace trustc
