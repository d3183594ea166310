#include "driver/checking.h"

#include "driver/report.h"
#include "rules/runner.h"

namespace trustc::driver {

int checkProject(const Options& options, std::vector<emit::OutputFile>* outputs) {
  auto project = compileProject(options);
  if (!project) return kExitUsage;
  Compilation& c = *project->compilation;
  // Rules read a complete model and a valid configuration: they run when both
  // are free of errors; the build's checks run when the rules found no error either.
  if (!c.diagnostics.hasErrors()) rules::runRules(c, project->config);
  if (!c.diagnostics.hasErrors()) {
    if (outputs)
      *outputs = emit::buildOutputs(c, c.diagnostics);
    else
      emit::checkBuildable(c, c.diagnostics);
  }
  int status = reportDiagnostics(c, options, project->focus);
  if (status != kExitClean && outputs) outputs->clear();
  return status;
}

}  // namespace trustc::driver
