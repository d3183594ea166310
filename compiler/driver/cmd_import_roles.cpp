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
  std::string input, output;
  for (std::size_t i = 0; i < args.size(); ++i) {
    if (args[i] == "-h" || args[i] == "--help") {
      fmt::print("{}", kHelp);
      return kExitClean;
    }
    if (args[i] == "-o" || args[i] == "--output") {
      if (i + 1 >= args.size()) {
        usageError("`-o` needs a file name");
        return kExitUsage;
      }
      output = args[++i];
    } else if (input.empty()) {
      input = args[i];
    } else {
      usageError("import-roles reads one file");
      return kExitUsage;
    }
  }
  if (input.empty()) {
    usageError("no input: give the JSON file printed by `az role definition list -o json`");
    return kExitUsage;
  }
  auto text = readWholeFile(input);
  if (!text) {
    usageError(fmt::format("cannot read '{}'", input));
    return kExitUsage;
  }
  SourceManager sources;
  FileId id = sources.add(input, std::move(*text));
  DiagnosticSink sink;
  std::string out;
  if (!importers::importRoles(sources, id, sink, out)) {
    renderText(std::cerr, sources, sink.diagnostics(), {false, true});
    return kExitFindings;
  }
  if (output.empty()) {
    std::cout << out;
    return kExitClean;
  }
  if (std::string error = writeFileAtomically(output, out); !error.empty()) {
    usageError(error);
    return kExitUsage;
  }
  return kExitClean;
}

}  // namespace trustc::driver
