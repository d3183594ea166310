// `trustc report SUBJECT PATH...`: reports for reviewers. Subjects:
// `exemptions` (the exemption portfolio, emit/exemption_report).
#include <fmt/format.h>
#include <unistd.h>

#include <iostream>
#include <sstream>

#include "diagnostics/render.h"
#include "driver/options.h"
#include "driver/verbs.h"
#include "emit/exemption_report.h"
#include "rules/runner.h"
#include "support/files.h"

namespace trustc::driver {

namespace {

constexpr std::string_view kHelp = R"(usage: trustc report exemptions [options] PATH...

Prints the exemption portfolio of a project: every exemption with its
assignment, scope, category, owner, expiry and days left, controls and lint
findings; the exemptions by assignment, by owner and by scope; the clusters
(see the exemption-cluster rule) and the compensating controls with what
relies on them. The project must compile without errors.

options:
  --format=markdown|json  Markdown for reviewers (default) or JSON for tools
  -o, --output=FILE       write the report to FILE (atomically) instead of stdout
  --as-of=YYYY-MM-DD      the date to count days to expiry from (default: today,
                          or SOURCE_DATE_EPOCH when set)
  --config=FILE           the configuration (default: the nearest trustc.json);
                          its options set the expiring-soon window and the
                          cluster threshold
  --stdlib=DIR            use the standard library in DIR
)";

struct ReportArgs {
  std::vector<std::string> rest;  // for parseOptions
  std::string output;
  bool markdown = true;
};

// Takes out what only reports have (`-o`, `--format` markdown or json) and leaves the
// shared options to parseOptions.
std::optional<ReportArgs> splitArgs(const Args& args) {
  ReportArgs r;
  for (std::size_t i = 0; i < args.size(); ++i) {
    const std::string& a = args[i];
    if (a == "-o" || a == "--output") {
      if (i + 1 >= args.size()) {
        usageError(fmt::format("`{}` needs a file name", a));
        return std::nullopt;
      }
      r.output = args[++i];
    } else if (a.rfind("--output=", 0) == 0) {
      r.output = a.substr(9);
    } else if (a == "--format" || a.rfind("--format=", 0) == 0) {
      std::string format = a == "--format" ? (i + 1 < args.size() ? args[++i] : "") : a.substr(9);
      if (format == "markdown" || format == "md") {
        r.markdown = true;
      } else if (format == "json") {
        r.markdown = false;
      } else {
        usageError(fmt::format("unknown format `{}` for `trustc report`: use markdown or json", format));
        return std::nullopt;
      }
    } else {
      r.rest.push_back(a);
    }
  }
  return r;
}

int reportExemptions(const Args& args) {
  auto split = splitArgs(args);
  if (!split) return kExitUsage;
  auto options = parseOptions(split->rest, "report");
  if (!options) return kExitUsage;
  if (options->help) {
    fmt::print("{}", kHelp);
    return kExitClean;
  }
  if (options->inputs.empty()) {
    usageError("no input: give manifest files or folders, e.g. `trustc report exemptions examples/ai-platform`");
    return kExitUsage;
  }
  auto project = compileProject(*options);
  if (!project) return kExitUsage;
  auto& c = project->compilation;
  if (c->diagnostics.hasErrors()) {
    c->diagnostics.sort(c->sources);
    renderText(std::cerr, c->sources, c->diagnostics.diagnostics(),
               {options->color == Color::Always || (options->color == Color::Auto && isatty(STDERR_FILENO)), true});
    fmt::print(stderr, "trustc: no report: the project has errors; `trustc check` shows them\n");
    return kExitFindings;
  }
  rules::runRules(*c, project->config);
  c->diagnostics.sort(c->sources);
  emit::Portfolio portfolio = emit::buildPortfolio(*c, project->config.options);
  std::ostringstream text;
  if (split->markdown) emit::writeMarkdown(text, *c, portfolio);
  else emit::writeJson(text, *c, portfolio);
  if (split->output.empty()) {
    std::cout << text.str();
    return kExitClean;
  }
  if (std::string error = writeFileAtomically(split->output, text.str()); !error.empty()) {
    usageError(error);
    return kExitUsage;
  }
  return kExitClean;
}

struct Subject {
  std::string_view name;
  int (*run)(const Args&);
};
constexpr Subject kSubjects[] = {{"exemptions", reportExemptions}};

}  // namespace

int runReport(const Args& args) {
  if (args.empty()) {
    usageError("say which report: `trustc report exemptions PATH...`");
    return kExitUsage;
  }
  if (args[0] == "-h" || args[0] == "--help") {
    fmt::print("{}", kHelp);
    return kExitClean;
  }
  for (const Subject& s : kSubjects) {
    if (s.name == args[0]) return s.run(Args(args.begin() + 1, args.end()));
  }
  std::vector<std::string_view> names;
  for (const Subject& s : kSubjects) names.push_back(s.name);
  usageError(fmt::format("unknown report `{}`; the reports are: {}", args[0], fmt::join(names, ", ")));
  return kExitUsage;
}

}  // namespace trustc::driver
