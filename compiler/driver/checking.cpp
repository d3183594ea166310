#include "driver/checking.h"

#include <fmt/format.h>
#include <unistd.h>

#include <iostream>

#include "diagnostics/render.h"
#include "rules/runner.h"

namespace trustc::driver {

int checkProject(const Options& options, std::vector<emit::OutputFile>* outputs) {
  auto c = compile(compileOptions(options));
  for (const std::string& e : c->inputErrors) usageError(e);
  if (!c->inputErrors.empty()) return kExitUsage;
  // Rules read a complete model: they run when the project compiles; the
  // build's checks run when the rules found no error either.
  if (!c->diagnostics.hasErrors()) rules::runRules(*c, rules::Config{});
  if (!c->diagnostics.hasErrors()) {
    if (outputs)
      *outputs = emit::buildOutputs(*c, c->diagnostics);
    else
      emit::checkBuildable(*c, c->diagnostics);
  }

  c->diagnostics.sort(c->sources);
  const auto& diags = c->diagnostics.diagnostics();
  if (options.format == OutputFormat::Json) {
    renderJson(std::cout, c->sources, diags);
  } else {
    bool color = options.color == Color::Always || (options.color == Color::Auto && isatty(STDERR_FILENO));
    renderText(std::cerr, c->sources, diags, {color, true});
    Summary s = summarize(diags);
    if (s.errors || s.warnings) {
      fmt::print(stderr, "{} error{}, {} warning{}\n", s.errors, s.errors == 1 ? "" : "s", s.warnings,
                 s.warnings == 1 ? "" : "s");
    }
  }
  Summary s = summarize(diags);
  if (s.errors > 0 || (options.werror && s.warnings > 0)) {
    if (outputs) outputs->clear();
    return kExitFindings;
  }
  return kExitClean;
}

}  // namespace trustc::driver
