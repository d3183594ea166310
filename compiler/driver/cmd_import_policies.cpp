// `trustc import-policies PATH [-o OUT]`: policy and initiative declarations
// from Azure Policy definition JSON.
#include <fmt/format.h>

#include <iostream>

#include "diagnostics/render.h"
#include "driver/options.h"
#include "driver/verbs.h"
#include "importers/policies_import.h"

namespace trustc::driver {

namespace {
constexpr std::string_view kHelp = R"(usage: trustc import-policies PATH [-o OUT.trust]

Reads Azure Policy definitions and writes `policy` and `initiative`
declarations in the trustc language, sorted by display name, to OUT or to
standard output. PATH is one of:
  - a folder with an index.json that lists definition files (each entry has a
    "file" path relative to the folder), as in shared/reference/azure-builtin-policies;
  - a folder of definition files (every *.json beneath it);
  - one JSON file: a definition ({"name", "properties": {...}}), or an array of
    definitions as printed by `az policy definition list -o json` or
    `az policy set-definition list -o json`.
Built-in definitions become `builtin` declarations (for a --stdlib folder);
the standard library's stdlib/policies.trust is generated this way.
)";
}  // namespace

int runImportPolicies(const Args& args) {
  auto a = parseImportArgs(args, "import-policies", "a folder of policy definitions, an index.json, or a definition list");
  if (!a) return kExitUsage;
  if (a->help) {
    fmt::print("{}", kHelp);
    return kExitClean;
  }
  SourceManager sources;
  DiagnosticSink sink;
  std::string out, ioError;
  if (!importers::importPolicies(a->input, sources, sink, out, ioError)) {
    if (!ioError.empty()) {
      usageError(ioError);
      return kExitUsage;
    }
    renderText(std::cerr, sources, sink.diagnostics(), {false, true});
    return kExitFindings;
  }
  return writeImportOutput(out, a->output);
}

}  // namespace trustc::driver
