// Renderers: consumers of the Diagnostic struct. JSON lives in its own file
// (render_json.cpp) because only renderers and emitters include nlohmann_json.
#pragma once

#include <ostream>
#include <span>
#include <string>
#include <vector>

#include "diagnostics/diagnostic.h"

namespace trustc {

struct Summary {
  std::size_t errors = 0;
  std::size_t warnings = 0;
  std::size_t infos = 0;
  std::size_t suppressed = 0;
};
Summary summarize(const std::vector<Diagnostic>& diagnostics);

struct TextStyle {
  bool color = false;
  bool showSource = true;
  // Notes and `help:` lines after each diagnostic (--quiet turns them off).
  bool showNotes = true;
};

// Compiler style: `path:line:col: severity: message [code]`, the source line,
// a caret and underline under the range, then the notes.
void renderText(std::ostream& out, const SourceManager& sources, std::span<const Diagnostic> diagnostics,
                const TextStyle& style);

// One JSON document: {"diagnostics": [{"code", "severity", "message", "file",
// "line", "column", "end_line", "end_column", "notes": [{"message", "file",
// "line", ...}]}, ...], "summary": {"errors": N, "warnings": N}}, 1-based,
// null where a place is not known. A diagnostic with a fix adds "fix"; a
// suppressed finding adds "suppressed" and "justification".
void renderJson(std::ostream& out, const SourceManager& sources, const std::vector<Diagnostic>& diagnostics);

// What SARIF says about each rule or error code that may appear in results.
struct RuleDescriptor {
  std::string id;
  std::string shortDescription;
  std::string fullDescription;
  Severity defaultSeverity = Severity::Warning;
  std::string helpUri;
  // The documentation page (Markdown), carried as `help` for the rules and
  // codes that results use.
  std::string helpMarkdown;
};

struct SarifOptions {
  std::string toolVersion;
  std::string informationUri;
  // Absolute path of the folder artifact URIs are relative to (the
  // repository root), recorded as the %SRCROOT% base.
  std::string sourceRoot;
};

// SARIF 2.1.0: one run, one reportingDescriptor per rule, results with
// physical locations relative to %SRCROOT%, suppressed findings carried with
// their justification.
void renderSarif(std::ostream& out, const SourceManager& sources, const std::vector<Diagnostic>& diagnostics,
                 const std::vector<RuleDescriptor>& rules, const SarifOptions& options);

// GitHub Actions workflow commands: `::error file=…,line=…,col=…,title=…::message`.
void renderGithub(std::ostream& out, const SourceManager& sources,
                  const std::vector<Diagnostic>& diagnostics);

}  // namespace trustc
