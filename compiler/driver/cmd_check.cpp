// `trustc check PATH...`: compile, run the rules and the build's checks, print diagnostics.
#include <fmt/format.h>

#include "driver/checking.h"
#include "driver/options.h"
#include "driver/verbs.h"

namespace trustc::driver {

namespace {

constexpr std::string_view kHelp = R"(usage: trustc check [options] PATH...

Checks manifests (files, or folders searched for *.trust files) and prints
diagnostics. Exit status: 0 clean, 1 errors (or warnings with --werror),
2 usage or I/O failure.

options:
  --format=text|json   how diagnostics are printed (default text)
  --color=auto|always|never
  --as-of=YYYY-MM-DD   the date to check expiries against (default: today,
                       or SOURCE_DATE_EPOCH when set)
  --werror             treat warnings as errors
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
  if (options->inputs.empty()) {
    usageError("no input: give manifest files or folders, e.g. `trustc check examples/ai-platform`");
    return kExitUsage;
  }
  return checkProject(*options);
}

}  // namespace trustc::driver
