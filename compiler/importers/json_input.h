// Reading an Azure JSON export for an importer: a parse error becomes a
// diagnostic at the byte where the JSON stops making sense.
#pragma once

#include <nlohmann/json.hpp>
#include <optional>
#include <string_view>

#include "diagnostics/sink.h"

namespace trustc::importers {

// Parses file `file`; on failure reports `kind` ("the {what} is not valid JSON: ...").
std::optional<nlohmann::json> parseJsonInput(const SourceManager& sources, FileId file, DiagnosticSink& sink,
                                             DiagKind kind, std::string_view what);

}  // namespace trustc::importers
