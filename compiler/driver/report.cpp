#include "driver/report.h"

#include <fmt/format.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <iostream>

#include "diagnostics/render.h"
#include "driver/embedded_docs.h"
#include "rules/registry.h"
#include "support/markdown.h"

#ifndef TRUSTC_DOCS_URL
#define TRUSTC_DOCS_URL ""
#endif

namespace trustc::driver {

namespace {

namespace fs = std::filesystem;

fs::path absolute(const std::string& path) {
  std::error_code ec;
  return fs::absolute(path, ec).lexically_normal();
}

// With --project, only diagnostics in the named files or folders are shown.
bool inFocus(const Diagnostic& d, const SourceManager& sources, const std::vector<fs::path>& focus) {
  if (focus.empty() || !d.location.valid()) return true;
  fs::path file = absolute(sources.file(d.location.file).path());
  for (const fs::path& f : focus) {
    fs::path rel = file.lexically_relative(f);
    if (file == f || (!rel.empty() && *rel.begin() != "..")) return true;
  }
  return false;
}

// The repository root for SARIF paths: the nearest folder above the working
// directory that holds `.git`, else the working directory.
std::string sourceRoot() {
  std::error_code ec;
  fs::path cwd = fs::current_path(ec);
  for (fs::path p = cwd; !p.empty(); p = p.parent_path()) {
    if (fs::exists(p / ".git", ec)) return p.string();
    if (p == p.parent_path()) break;
  }
  return cwd.string();
}

// A rule or code as SARIF describes it: its summary, the lead paragraph of its
// documentation page (`heading`) and the page itself.
RuleDescriptor descriptor(std::string_view id, std::string_view summary, Severity severity,
                          std::string_view folder, std::string_view heading) {
  std::string base = TRUSTC_DOCS_URL;
  std::string page = fmt::format("{}/{}.md", folder, id);
  RuleDescriptor d{std::string(id),
                   std::string(summary),
                   std::string(summary),
                   severity,
                   base.empty() ? "" : fmt::format("{}/{}", base, page),
                   ""};
  if (auto text = findDoc(page)) {
    if (std::string lead = markdown::leadParagraph(*text, heading); !lead.empty()) d.fullDescription = lead;
    d.helpMarkdown = std::string(*text);
  }
  return d;
}

std::vector<RuleDescriptor> descriptors() {
  std::vector<RuleDescriptor> out;
  for (const rules::RuleInfo& r : rules::allRules()) {
    out.push_back(descriptor(r.name, r.summary, r.defaultSeverity, "rules", "What it finds"));
  }
  for (const DiagKindInfo& k : allDiagKinds()) {
    out.push_back(descriptor(k.code, k.summary, Severity::Error, "errors", "What it means"));
  }
  return out;
}

}  // namespace

int reportDiagnostics(Compilation& c, const Options& options) {
  std::vector<fs::path> focus;
  if (options.project) {
    for (const std::string& input : options.inputs) focus.push_back(absolute(input));
  }
  c.diagnostics.sort(c.sources);
  std::vector<Diagnostic> shown;
  for (const Diagnostic& d : c.diagnostics.diagnostics()) {
    if (d.severity < options.threshold || d.severity == Severity::Off) continue;
    if (!inFocus(d, c.sources, focus)) continue;
    shown.push_back(d);
  }
  switch (options.format) {
    case OutputFormat::Json: renderJson(std::cout, c.sources, shown); break;
    case OutputFormat::Sarif:
      renderSarif(std::cout, c.sources, shown, descriptors(),
                  {TRUSTC_VERSION, TRUSTC_DOCS_URL, sourceRoot()});
      break;
    case OutputFormat::Github: renderGithub(std::cout, c.sources, shown); break;
    case OutputFormat::Text: {
      bool color = options.color == Color::Always || (options.color == Color::Auto && isatty(STDERR_FILENO));
      renderText(std::cerr, c.sources, shown, {color, !options.quiet});
      Summary s = summarize(shown);
      if (!options.quiet && (s.errors || s.warnings)) {
        fmt::print(stderr, "{} error{}, {} warning{}\n", s.errors, s.errors == 1 ? "" : "s", s.warnings,
                   s.warnings == 1 ? "" : "s");
      }
      break;
    }
  }
  std::cout.flush();
  Summary s = summarize(shown);
  if (s.errors > 0 || (options.werror && s.warnings > 0)) return kExitFindings;
  return kExitClean;
}

}  // namespace trustc::driver
