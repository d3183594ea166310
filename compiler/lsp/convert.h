// trustc's diagnostics, locations and fixes as LSP JSON.
#pragma once

#include <nlohmann/json.hpp>

#include "lsp/text.h"
#include "sema/compilation.h"

namespace trustc::lsp {

class Workspace;

nlohmann::json toJson(const LspRange& r);
LspRange rangeOf(const Compilation& c, const Location& location);
// {uri, range}; null for a location outside the project's files (the stdlib).
nlohmann::json locationOf(const Compilation& c, const Location& location, const Workspace& workspace);

// The LSP diagnostic of one trustc diagnostic: same code, severity and range
// as the command line; notes with a place become related information, the
// others are appended to the message.
nlohmann::json toLsp(const Compilation& c, const Diagnostic& d, const std::string& uri, const Workspace& workspace);
// The diagnostics located in one file (suppressed findings left out).
nlohmann::json diagnosticsOf(const Compilation& c, FileId file, const std::string& uri, const Workspace& workspace);
// Whether a diagnostic is shown to the user at all.
bool shown(const Diagnostic& d);

// A fix as a WorkspaceEdit.
nlohmann::json workspaceEdit(const Compilation& c, const Fix& fix, const Workspace& workspace);

}  // namespace trustc::lsp
