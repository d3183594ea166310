// Parsing the JSON an importer reads, with a `file:line:col` diagnostic at
// the offending byte when it is not valid JSON.
#pragma once

#include <nlohmann/json.hpp>
#include <optional>

#include "diagnostics/sink.h"

namespace trustc::importers {

// Parses the text of `file`; on a syntax error reports `kind` with the
// message "<what> is not valid JSON: <reason>" and returns nullopt.
std::optional<nlohmann::json> parseJson(const SourceManager& sources, FileId file, DiagnosticSink& sink, DiagKind kind,
                                        std::string_view what);

// The string member `key` of an object, or "".
std::string stringField(const nlohmann::json& object, const char* key);

}  // namespace trustc::importers
