#include <fmt/format.h>

#include <algorithm>

#include "diagnostics/render.h"
#include "support/utf8.h"

namespace trustc {

Summary summarize(const std::vector<Diagnostic>& diagnostics) {
  Summary s;
  for (const Diagnostic& d : diagnostics) {
    if (d.suppressed) {
      ++s.suppressed;
      continue;
    }
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

// The characters of a source line as they are shown: one cell per code point
// (as columns are counted), with bytes that are not valid UTF-8 and control
// characters other than tab shown as U+FFFD, so a terminal never receives
// raw binary.
std::vector<std::string> displayCells(std::string_view line) {
  std::vector<std::string> cells;
  for (char c : line) {
    bool continuation = (static_cast<unsigned char>(c) & 0xC0) == 0x80;
    if (continuation && !cells.empty())
      cells.back() += c;
    else
      cells.emplace_back(1, c);
  }
  for (std::string& cell : cells) {
    auto first = static_cast<unsigned char>(cell[0]);
    bool control = (first < 0x20 && first != '\t') || first == 0x7F;
    if (control || utf8::firstInvalidByte(cell)) cell = "\xEF\xBF\xBD";
  }
  return cells;
}

// Lines longer than this are shown as a window around the location.
constexpr std::size_t kMaxShownWidth = 120;
constexpr std::size_t kContextBefore = 40;

// Prints the line under the location and marks its range: a caret at the
// start, tildes to the end of the range (or to the end of the line when the
// range spans several lines).
void printSnippet(std::ostream& out, const SourceManager& sources, const Location& loc, const Palette& p) {
  if (!loc.valid() || loc.range.begin.line == 0) return;
  const SourceFile& file = sources.file(loc.file);
  std::vector<std::string> cells = displayCells(file.displayLine(loc.range.begin.line));  // secrets masked
  std::size_t width = cells.size();
  std::size_t begin = std::min<std::size_t>(loc.range.begin.column - 1, width);
  std::size_t end = loc.range.end.line == loc.range.begin.line ? loc.range.end.column - 1 : width;
  end = std::min(end, width);
  if (end <= begin) end = begin + 1;

  // The shown part of the line: all of it, or a window with `...` at the cut ends.
  std::size_t from = 0, to = width;
  if (width > kMaxShownWidth) {
    from = begin > kContextBefore ? begin - kContextBefore : 0;
    to = std::min(width, from + kMaxShownWidth - 6);
  }
  end = std::min(end, std::max(to, begin + 1));
  std::string shown = from > 0 ? "..." : "";
  std::string marks = from > 0 ? "   " : "";
  for (std::size_t i = from; i < to; ++i) {
    shown += cells[i];
    // Keep tabs where the line has them so the caret lines up.
    if (i < begin) marks += cells[i] == "\t" ? '\t' : ' ';
  }
  if (to < width) shown += "...";
  for (std::size_t i = std::max(from, to); i < begin; ++i) marks += ' ';

  std::string gutter = fmt::format("{:>5}", loc.range.begin.line);
  out << gutter << " | " << shown << "\n";
  out << std::string(gutter.size(), ' ') << " | " << marks << p.green() << '^'
      << std::string(end - begin - 1, '~') << p.reset() << "\n";
}

// A fix whose one replacement a note already offers ("did you mean `x`?",
// or a quoted role name: "did you mean "Reader"?"): its help line would say
// the same again.
bool fixRepeatsANote(const Diagnostic& d) {
  if (!d.fix || d.fix->edits.size() != 1 || d.fix->edits[0].replacement.empty()) return false;
  const std::string& r = d.fix->edits[0].replacement;
  return std::any_of(d.notes.begin(), d.notes.end(), [&](const Note& n) {
    constexpr std::string_view kOffer = "did you mean ";
    std::string_view rest = std::string_view(n.message);
    if (!rest.starts_with(kOffer)) return false;
    rest.remove_prefix(kOffer.size());
    std::string_view bare = r;  // a quoted replacement, offered without its quotes
    if (bare.size() >= 2 && bare.front() == '"' && bare.back() == '"') bare = bare.substr(1, bare.size() - 2);
    return rest.starts_with("`" + r + "`") || rest.starts_with(r + "?") ||
           rest.starts_with("`" + std::string(bare) + "`");
  });
}

}  // namespace

void renderText(std::ostream& out, const SourceManager& sources, std::span<const Diagnostic> diagnostics,
                const TextStyle& style) {
  Palette p{style.color};
  for (const Diagnostic& d : diagnostics) {
    if (d.suppressed) continue;
    out << p.bold() << prefix(sources, d.location) << ": " << p.reset() << p.of(d.severity)
        << severityName(d.severity) << ": " << p.reset() << p.bold() << utf8::printable(d.message) << " ["
        << d.code << "]" << p.reset() << "\n";
    if (style.showSource) printSnippet(out, sources, d.location, p);
    if (!style.showNotes) continue;
    for (const Note& n : d.notes) {
      out << p.bold() << prefix(sources, n.location.valid() ? n.location : d.location) << ": " << p.reset()
          << p.of(Severity::Info) << "note: " << p.reset() << utf8::printable(n.message) << "\n";
      if (style.showSource && n.location.valid()) printSnippet(out, sources, n.location, p);
    }
    if (d.fix && !fixRepeatsANote(d)) {
      out << p.bold() << prefix(sources, d.location) << ": " << p.reset() << p.of(Severity::Info)
          << "help: " << p.reset() << utf8::printable(d.fix->description) << "\n";
    }
  }
}

}  // namespace trustc
