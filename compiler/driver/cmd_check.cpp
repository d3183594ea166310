// `trustc check PATH...`: compile, run the rules, print diagnostics.
#include <fmt/format.h>
#include <unistd.h>

#include <iostream>

#include "diagnostics/render.h"
#include "driver/options.h"
#include "driver/verbs.h"
#include "rules/runner.h"

namespace trustc::driver {

namespace {

constexpr std::string_view kHelp = R"(usage: trustc check [options] PATH...

Checks manifests (files, or folders searched for *.trust files) and prints
diagnostics. Exit status: 0 clean, 1 errors (or warnings with --werror),
2 usage or I/O failure.

options:
  --format=text|json   how diagnostics are printed (default text)
  --color=auto|always|never
  --as-of=YYYY-MM-DD   the date to check expiries against (default: today,
                       or SOURCE_DATE_EPOCH when set)
  --werror             treat warnings as errors
  --config=FILE        the configuration file (default: the nearest trustc.json
                       in the inputs' folders or above; see docs/configuration.md)
  --stdlib=DIR         use the standard library in DIR instead of the embedded one
)";

}  // namespace

int runCheck(const Args& args) {
  auto options = parseOptions(args, "check");
  if (!options) return kExitUsage;
  if (options->help) {
    fmt::print("{}", kHelp);
    return kExitClean;
  }
  if (options->inputs.empty()) {
    usageError("no input: give manifest files or folders, e.g. `trustc check examples/ai-platform`");
    return kExitUsage;
  }
  auto project = compileProject(*options);
  if (!project) return kExitUsage;
  auto& c = project->compilation;
  // Rules read a complete model and a valid configuration: they run when both are free of errors.
  if (!c->diagnostics.hasErrors()) rules::runRules(*c, project->config);

  c->diagnostics.sort(c->sources);
  const auto& diags = c->diagnostics.diagnostics();
  if (options->format == OutputFormat::Json) {
    renderJson(std::cout, c->sources, diags);
  } else {
    bool color = options->color == Color::Always || (options->color == Color::Auto && isatty(STDERR_FILENO));
    renderText(std::cerr, c->sources, diags, {color, true});
    Summary s = summarize(diags);
    if (s.errors || s.warnings) {
      fmt::print(stderr, "{} error{}, {} warning{}\n", s.errors, s.errors == 1 ? "" : "s", s.warnings,
                 s.warnings == 1 ? "" : "s");
    }
  }
  Summary s = summarize(diags);
  if (s.errors > 0 || (options->werror && s.warnings > 0)) return kExitFindings;
  return kExitClean;
}

}  // namespace trustc::driver
