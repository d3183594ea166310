#include "sema/compilation.h"

#include "sema/analyzer.h"
#include "sema/project.h"

namespace trustc {

std::unique_ptr<Compilation> compile(const CompileOptions& options) {
  auto c = std::make_unique<Compilation>();
  c->today = today(options.asOf);
  sema::loadStdlib(options, *c);
  sema::loadProject(options, *c);
  if (options.analyze) sema::Analyzer(*c).run();
  c->diagnostics.limitErrorsPerFile(c->sources, options.limits.maxErrorsPerFile);
  return c;
}

std::shared_ptr<const ParsedStdlib> parseStdlib(const CompileOptions& options) {
  CompileOptions o = options;
  o.parsedStdlib = nullptr;
  Compilation scratch;
  sema::loadStdlib(o, scratch);
  auto p = std::make_shared<ParsedStdlib>();
  for (FileId id = 0; id < scratch.sources.size(); ++id) {
    p->sources.emplace_back(scratch.sources.file(id).path(), scratch.sources.file(id).text());
  }
  p->files = std::move(scratch.stdlibFiles);
  p->diagnostics = scratch.diagnostics.diagnostics();
  p->inputErrors = std::move(scratch.inputErrors);
  return p;
}

}  // namespace trustc
