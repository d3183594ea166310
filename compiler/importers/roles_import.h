// `trustc import-roles`: turns the JSON printed by `az role definition list
// -o json` into role catalogue source in the trustc language.
#pragma once

#include <string>

#include "diagnostics/sink.h"

namespace trustc::importers {

// Converts the JSON text of file `file` into catalogue source. Returns false
// (with diagnostics) when the text is not valid JSON or not a role list.
bool importRoles(const SourceManager& sources, FileId file, DiagnosticSink& sink, std::string& out);

// A string literal in the trustc language, escaped.
std::string quoteString(std::string_view text);

}  // namespace trustc::importers
