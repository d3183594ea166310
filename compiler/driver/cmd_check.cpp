// `trustc check PATH...`: compile, run the rules and the build's checks, print diagnostics.
#include <fmt/format.h>

#include "driver/checking.h"
#include "driver/options.h"
#include "driver/report.h"
#include "driver/verbs.h"

namespace trustc::driver {

namespace {

constexpr std::string_view kHelp = R"(usage: trustc check [options] PATH...

Checks manifests (files, or folders searched for *.trust files) and prints
diagnostics. Exit status: 0 clean, 1 errors (or warnings with --werror),
2 usage or I/O failure.

options:
  --format=FORMAT      text (default, compiler style on stderr), json, sarif
                       (SARIF 2.1.0 for code scanning) or github (workflow
                       annotations); json, sarif and github go to stdout
  --severity-threshold=info|warning|error
                       hide findings below this severity (they do not count)
  --werror             treat warnings as errors
  -q, --quiet          diagnostic lines only: no source lines, notes, help
                       lines or summary in text output
  --max-diagnostics=N  text output prints at most N diagnostics, then how many
                       more there are (default 500; 0 prints all)
  --project=DIR        compile every manifest under DIR (with the trustc.json of
                       DIR or above); the PATHs, the project's .trust files or
                       folders, limit warnings and infos to them, but errors
                       anywhere in DIR are reported and fail the check: a
                       change can break files it did not touch. Naming the
                       project's trustc.json shows everything; any other path
                       is a usage error. For pre-commit hooks (changed files)
  --color=auto|always|never
  --as-of=YYYY-MM-DD   the date to check expiries against (default: today,
                       or SOURCE_DATE_EPOCH when set)
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
  if (options->inputs.empty() && !options->project) {
    usageError("no input: give manifest files or folders, e.g. `trustc check examples/ai-platform`");
    return kExitUsage;
  }
  return checkProject(*options);
}

}  // namespace trustc::driver
