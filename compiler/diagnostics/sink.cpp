#include "diagnostics/sink.h"

#include <algorithm>
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
  auto key = [&](const Diagnostic& d) {
    std::string_view path = d.location.valid() ? std::string_view(sources.file(d.location.file).path())
                                               : std::string_view();
    // By value: a tie would refer to `path`, a local that is gone on return.
    using Key = std::tuple<std::string_view, Position, std::string_view, std::string_view>;
    return Key(path, d.location.range.begin, d.code, d.message);
  };
  std::stable_sort(diagnostics_.begin(), diagnostics_.end(),
                   [&](const Diagnostic& a, const Diagnostic& b) { return key(a) < key(b); });
}

}  // namespace trustc
