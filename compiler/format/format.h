// The formatter: one canonical layout for manifests (`trustc fmt`, and the
// language server's formatting). It reprints the tokens of the concrete
// syntax tree with canonical spacing, line breaks and indentation; comments
// are kept where they were, and nothing else changes: a formatted file
// parses to the same syntax tree as the original (checked on every run).
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "diagnostics/sink.h"
#include "syntax/limits.h"

namespace trustc::format {

struct Result {
  // The formatted text; empty when the file could not be formatted.
  std::optional<std::string> text;
  // Why the file was not formatted when it has no syntax error (a defect of
  // the formatter, which then leaves the file alone), else "".
  std::string failure;
};

// Formats one file of `sources`. A file with syntax errors is not formatted:
// its errors go to `sink` and the result has no text.
Result formatFile(const SourceManager& sources, FileId file, DiagnosticSink& sink, const Limits& limits = {});

// Formats text given in memory (errors are dropped): the formatted text, or
// nullopt when it has syntax errors or cannot be formatted.
std::optional<std::string> formatText(std::string_view path, std::string_view text);

}  // namespace trustc::format
