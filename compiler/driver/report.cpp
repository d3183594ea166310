#include "driver/report.h"

#include <fmt/format.h>
#include <unistd.h>

#include <algorithm>
#include <iostream>

#include "diagnostics/render.h"
#include "driver/embedded_docs.h"
#include "driver/paths.h"
#include "rules/registry.h"
#include "support/markdown.h"

#ifndef TRUSTC_DOCS_URL
#define TRUSTC_DOCS_URL ""
#endif

namespace trustc::driver {

namespace {

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

int reportDiagnostics(Compilation& c, const Options& options, const Focus& focus) {
  c.diagnostics.sort(c.sources);
  std::vector<Diagnostic> shown;
  for (const Diagnostic& d : c.diagnostics.diagnostics()) {
    if (d.severity < options.threshold || d.severity == Severity::Off) continue;
    // Errors count wherever they are; other findings only in the focus.
    bool counts = d.severity == Severity::Error && !d.suppressed;
    if (!counts && d.location.valid() && !focus.contains(c.sources.file(d.location.file).path())) continue;
    shown.push_back(d);
  }
  switch (options.format) {
    case OutputFormat::Json: renderJson(std::cout, c.sources, shown); break;
    case OutputFormat::Sarif:
      renderSarif(std::cout, c.sources, shown, descriptors(),
                  {TRUSTC_VERSION, TRUSTC_DOCS_URL, repositoryRoot(compileOptions(options).inputs).string()});
      break;
    case OutputFormat::Github: renderGithub(std::cout, c.sources, shown); break;
    case OutputFormat::Text: {
      bool color = options.color == Color::Always || (options.color == Color::Auto && isatty(STDERR_FILENO));
      std::size_t printed = shown.size();
      if (options.maxDiagnostics != 0) printed = std::min(printed, options.maxDiagnostics);
      renderText(std::cerr, c.sources, std::span<const Diagnostic>(shown).first(printed),
                 {color, !options.quiet, !options.quiet});
      if (printed < shown.size()) {
        fmt::print(stderr, "trustc: {} more diagnostic{} not shown (--max-diagnostics=0 shows all)\n",
                   shown.size() - printed, shown.size() - printed == 1 ? "" : "s");
      }
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
