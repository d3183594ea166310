// `trustc build PATH... -o DIR`: check, and only when there is no error,
// write the ARM templates, Graph credential bodies, index and inventory.
#include <fmt/format.h>

#include <algorithm>
#include <csignal>

#include "driver/checking.h"
#include "driver/options.h"
#include "driver/verbs.h"
#include "support/output_folder.h"

namespace trustc::driver {

namespace {

constexpr std::string_view kHelp = R"(usage: trustc build [options] PATH... -o DIR

Checks manifests like `trustc check` and, only when there is no error, writes
into DIR what Azure deploys (see docs/build.md):

  index.json                 every template in deployment order, with the
                             `az deployment ... create` command for it, and the
                             `az rest` command for every Graph file
  arm/management-groups/*.json, arm/subscriptions/*.json,
  arm/resource-groups/*.json one ARM template per deployment target
  graph/IDENTITY/CREDENTIAL.json
                             federated credentials of app registrations
  inventory.json, inventory.md
                             identities, grants, trusts, exemptions, controls

Each file is written to a temporary name and renamed. Files that an earlier
build wrote and this one does not are removed (DIR/.trustc-outputs lists them);
nothing else in DIR is touched. Output does not depend on input order, locale,
time zone or working directory. Exit status: 0 written, 1 errors (nothing
written), 2 usage or I/O failure.

options:
  -o, --output=DIR     the output folder (created when missing)
  --format=text|json   how diagnostics are printed (default text)
  --color=auto|always|never
  --as-of=YYYY-MM-DD   the build's date, for expiries and the inventory
                       (default: today, or SOURCE_DATE_EPOCH when set)
  --werror             treat warnings as errors
  --max-diagnostics=N  text output prints at most N diagnostics, then how many
                       more there are (default 500; 0 prints all)
  --stdlib=DIR         use the standard library in DIR instead of the embedded one
)";

}  // namespace

int runBuild(const Args& args) {
  Args rest;
  std::optional<std::string> output;
  for (std::size_t i = 0; i < args.size(); ++i) {
    const std::string& a = args[i];
    if (a == "-o" || a == "--output") {
      if (i + 1 >= args.size()) {
        usageError(fmt::format("`{}` needs a folder", a));
        return kExitUsage;
      }
      output = args[++i];
    } else if (a.rfind("--output=", 0) == 0) {
      output = a.substr(9);
    } else {
      rest.push_back(a);
    }
  }
  auto options = parseOptions(rest, "build");
  if (!options) return kExitUsage;
  if (options->help) {
    fmt::print("{}", kHelp);
    return kExitClean;
  }
  if (options->inputs.empty()) {
    usageError("no input: give manifest files or folders, e.g. `trustc build examples/ai-platform -o out`");
    return kExitUsage;
  }
  if (!output || output->empty()) {
    usageError("no output folder: add `-o DIR`");
    return kExitUsage;
  }
  std::vector<emit::OutputFile> outputs;
  if (int status = checkProject(*options, &outputs); status != kExitClean) {
    if (status == kExitFindings) fmt::print(stderr, "trustc: nothing written to '{}'\n", *output);
    return status;
  }
  // A file-size limit must fail the write (and be reported), not kill the process.
  std::signal(SIGXFSZ, SIG_IGN);
  std::vector<OutputWrite> files;
  files.reserve(outputs.size());
  for (emit::OutputFile& f : outputs) files.push_back({std::move(f.path), std::move(f.contents)});
  // index.json is renamed into place last: a new index means every file it lists is new.
  std::stable_partition(files.begin(), files.end(),
                        [](const OutputWrite& f) { return f.path != "index.json"; });
  OutputFolderResult r = writeOutputFolder(*output, files);
  if (!r.error.empty()) {
    usageError(r.error);
    return kExitUsage;
  }
  if (options->format == OutputFormat::Text) {
    fmt::print(stderr, "trustc: {} file{} in '{}' ({} written, {} unchanged, {} stale removed)\n",
               files.size(), files.size() == 1 ? "" : "s", *output, r.written, r.unchanged, r.removed);
  }
  return kExitClean;
}

}  // namespace trustc::driver
