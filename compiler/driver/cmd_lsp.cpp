// `trustc lsp`: the language server, on standard input and output.
#include <fmt/format.h>
#include <unistd.h>

#include "driver/options.h"
#include "driver/verbs.h"
#include "lsp/server.h"

namespace trustc::driver {

namespace {

constexpr std::string_view kHelp = R"(usage: trustc lsp [options]

Runs the language server (LSP 3.17, JSON-RPC over standard input and output)
for editors: diagnostics as you type for the whole project a file belongs to
(the folder of the nearest trustc.json, else the file's folder), hover, go to
definition, references, completion, formatting and quick fixes. See
docs/editors.md for editor set-up.

options:
  --as-of=YYYY-MM-DD   the date to check expiries against (default: today)
  --stdlib=DIR         use the standard library in DIR instead of the embedded one
)";

}  // namespace

int runLsp(const Args& args) {
  auto options = parseOptions(args, "lsp");
  if (!options) return kExitUsage;
  if (options->help) {
    fmt::print("{}", kHelp);
    return kExitClean;
  }
  if (!options->inputs.empty()) {
    usageError("`trustc lsp` takes no paths: the editor opens the documents");
    return kExitUsage;
  }
  lsp::Transport transport(STDIN_FILENO, STDOUT_FILENO);
  lsp::Server server(transport, lsp::WorkspaceOptions{options->asOf, options->stdlibDir});
  return server.run();
}

}  // namespace trustc::driver
