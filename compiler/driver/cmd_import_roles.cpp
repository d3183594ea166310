// `trustc import-roles FILE [-o OUT]`: role catalogue source from the JSON of
// `az role definition list -o json`.
#include <fmt/format.h>

#include <iostream>

#include "diagnostics/render.h"
#include "driver/options.h"
#include "support/files.h"
#include "driver/verbs.h"
#include "importers/roles_import.h"
#include "sema/project.h"

namespace trustc::driver {

namespace {
constexpr std::string_view kHelp = R"(usage: trustc import-roles FILE [-o OUT.trust]

Reads the JSON that `az role definition list -o json` prints (built-in and
custom roles alike) and writes role declarations in the trustc language, sorted
by name, to OUT or to standard output. Add the file to a project (or to a
--stdlib folder) so grants can name your tenant's custom roles.
)";
}  // namespace

int runImportRoles(const Args& args) {
  auto a = parseImportArgs(args, "import-roles", "the JSON file printed by `az role definition list -o json`");
  if (!a) return kExitUsage;
  if (a->help) {
    fmt::print("{}", kHelp);
    return kExitClean;
  }
  auto text = readWholeFile(a->input);
  if (!text) {
    usageError(fmt::format("cannot read '{}'", a->input));
    return kExitUsage;
  }
  SourceManager sources;
  FileId id = sources.add(a->input, std::move(*text));
  DiagnosticSink sink;
  std::string out;
  if (!importers::importRoles(sources, id, sink, out)) {
    renderText(std::cerr, sources, sink.diagnostics(), {false, true});
    return kExitFindings;
  }
  return writeImportOutput(out, a->output);
}

}  // namespace trustc::driver
