// `trustc dump-ast FILE`: prints the syntax tree (for tests and debugging).
#include <fmt/format.h>

#include <iostream>

#include "ast/dump.h"
#include "diagnostics/render.h"
#include "driver/options.h"
#include "driver/verbs.h"

namespace trustc::driver {

int runDumpAst(const Args& args) {
  auto options = parseOptions(args, "dump-ast");
  if (!options) return kExitUsage;
  CompileOptions co = compileOptions(*options);
  co.useStdlib = false;
  co.analyze = false;  // the tree as written, with syntax errors only
  auto c = compile(co);
  for (const std::string& e : c->inputErrors) usageError(e);
  if (!c->inputErrors.empty()) return kExitUsage;
  for (const auto& f : c->files) {
    fmt::print("file {}\n", c->sources.file(f->file).path());
    ast::dump(std::cout, *f);
  }
  std::cout.flush();
  c->diagnostics.sort(c->sources);
  renderText(std::cerr, c->sources, c->diagnostics.diagnostics(), {false, true});
  return c->diagnostics.hasErrors() ? kExitFindings : kExitClean;
}

}  // namespace trustc::driver
