// Collects the diagnostics of one compilation. Emitters format their message
// at the call site with typed arguments (fmt), so the text lives where the
// problem is found.
#pragma once

#include <fmt/format.h>

#include <vector>

#include "diagnostics/diagnostic.h"

namespace trustc {

class DiagnosticSink {
 public:
  // Emits a compile error and returns it so the caller can attach notes.
  template <typename... Args>
  Diagnostic& error(DiagKind kind, Location location, fmt::format_string<Args...> format,
                    Args&&... args) {
    return add(kind, location, fmt::format(format, std::forward<Args>(args)...));
  }

  Diagnostic& add(DiagKind kind, Location location, std::string message);
  Diagnostic& add(Diagnostic diagnostic);

  const std::vector<Diagnostic>& diagnostics() const { return diagnostics_; }
  std::vector<Diagnostic>& diagnostics() { return diagnostics_; }
  std::size_t errorCount() const;
  bool hasErrors() const { return errorCount() > 0; }
  // Errors whose location is in the given file.
  std::size_t errorCountIn(FileId file) const;

  // Stable order: file path, line, column, code, message.
  void sort(const SourceManager& sources);

  // Keeps at most `max` errors per file (in sorted order) and replaces the rest
  // with one `TooManyErrors` diagnostic, so broken input cannot flood the output.
  void limitErrorsPerFile(const SourceManager& sources, std::size_t max);

 private:
  std::vector<Diagnostic> diagnostics_;
};

}  // namespace trustc
