#include "sema/compilation.h"

#include "sema/analyzer.h"
#include "sema/permission_checks.h"
#include "sema/project.h"

namespace trustc {

std::unique_ptr<Compilation> compile(const CompileOptions& options) {
  auto c = std::make_unique<Compilation>();
  c->today = today(options.asOf);
  sema::loadStdlib(options, *c);
  c->symbols.setStdlib(&c->stdlib);
  sema::loadProject(options, *c);
  if (options.analyze) {
    sema::Analyzer(*c).run();
    if (!c->diagnostics.hasErrors()) sema::checkPermissions(*c);
  }
  c->access = std::make_unique<sema::Access>(c->model, c->stdlib);
  c->diagnostics.limitErrorsPerFile(c->sources, options.limits.maxErrorsPerFile);
  return c;
}

}  // namespace trustc
