// `trustc import-policies`: turns Azure Policy definitions (the JSON files of
// Azure/azure-policy's `built-in-policies`, an `index.json` listing such
// files, or the output of `az policy definition list -o json` and
// `az policy set-definition list -o json`) into policy and initiative
// declarations in the trustc language.
#pragma once

#include <string>

#include "diagnostics/sink.h"

namespace trustc::importers {

// Reads the definitions found at `path`: a folder with an `index.json` (the
// files it lists), a folder without one (every `*.json` beneath it), or one
// JSON file (an index, a definition, or an array of definitions). Writes the
// declarations, sorted by display name, to `out`. Returns false when a file
// is not valid JSON or not a definition (diagnostics in `sink`, whose files
// are added to `sources`); `ioError` is set when a file cannot be read.
bool importPolicies(const std::string& path, SourceManager& sources, DiagnosticSink& sink, std::string& out,
                    std::string& ioError);

}  // namespace trustc::importers
