#include "diagnostics/sink.h"

#include <algorithm>
#include <map>
#include <tuple>

namespace trustc {

Diagnostic& DiagnosticSink::add(DiagKind kind, Location location, std::string message) {
  Diagnostic d;
  d.code = std::string(diagKindInfo(kind).code);
  d.severity = Severity::Error;
  d.location = location;
  d.message = std::move(message);
  return add(std::move(d));
}

Diagnostic& DiagnosticSink::add(Diagnostic diagnostic) {
  diagnostics_.push_back(std::move(diagnostic));
  return diagnostics_.back();
}

std::size_t DiagnosticSink::errorCount() const {
  return static_cast<std::size_t>(std::count_if(
      diagnostics_.begin(), diagnostics_.end(),
      [](const Diagnostic& d) { return d.severity == Severity::Error && !d.suppressed; }));
}

std::size_t DiagnosticSink::errorCountIn(FileId file) const {
  return static_cast<std::size_t>(
      std::count_if(diagnostics_.begin(), diagnostics_.end(), [&](const Diagnostic& d) {
        return d.severity == Severity::Error && d.location.file == file;
      }));
}

void DiagnosticSink::sort(const SourceManager& sources) {
  // "Too many errors" closes the list of its file.
  const std::string_view tooMany = diagKindInfo(DiagKind::TooManyErrors).code;
  auto key = [&](const Diagnostic& d) {
    std::string_view path = d.location.valid() ? std::string_view(sources.file(d.location.file).path())
                                               : std::string_view();
    // By value: a tuple of references would refer to `path`, a local.
    return std::tuple<std::string_view, bool, Position, std::string_view, std::string_view>(
        path, d.code == tooMany, d.location.range.begin, d.code, d.message);
  };
  std::stable_sort(diagnostics_.begin(), diagnostics_.end(),
                   [&](const Diagnostic& a, const Diagnostic& b) { return key(a) < key(b); });
}

void DiagnosticSink::limitErrorsPerFile(const SourceManager& sources, std::size_t max) {
  sort(sources);
  const std::string_view tooMany = diagKindInfo(DiagKind::TooManyErrors).code;
  struct PerFile {
    std::size_t errors = 0;
    bool hasTooMany = false;
    std::optional<Location> firstDropped;
  };
  std::map<FileId, PerFile> files;
  for (const Diagnostic& d : diagnostics_) {
    if (d.code == tooMany) files[d.location.file].hasTooMany = true;
  }
  std::vector<Diagnostic> kept;
  kept.reserve(diagnostics_.size());
  for (Diagnostic& d : diagnostics_) {
    if (d.severity == Severity::Error && d.code != tooMany && d.location.valid()) {
      PerFile& f = files[d.location.file];
      if (++f.errors > max) {
        if (!f.firstDropped) f.firstDropped = d.location;
        continue;
      }
    }
    kept.push_back(std::move(d));
  }
  diagnostics_ = std::move(kept);
  for (const auto& [file, f] : files) {
    if (!f.firstDropped || f.hasTooMany) continue;
    add(DiagKind::TooManyErrors, *f.firstDropped,
        fmt::format("too many errors in this file; only the first {} are shown", max));
  }
  sort(sources);
}

}  // namespace trustc
