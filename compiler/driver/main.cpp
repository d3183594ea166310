// trustc: the command-line entry point. Dispatches to one verb per file.
#include <fmt/format.h>

#include <exception>
#include <string_view>

#include "driver/options.h"
#include "driver/verbs.h"

namespace {

constexpr std::string_view kUsage = R"(trustc — compiler and linter for identity-governance manifests on Azure

usage: trustc <command> [options] [PATH...]

commands:
  check PATH...      check manifests and print diagnostics
  help               show this help

Run `trustc <command> --help` for a command's options.
)";

struct Verb {
  std::string_view name;
  int (*run)(const trustc::driver::Args&);
};

constexpr Verb kVerbs[] = {
    {"check", trustc::driver::runCheck},
    {"dump-ast", trustc::driver::runDumpAst},
};

}  // namespace

int main(int argc, char** argv) {
  using namespace trustc::driver;
  try {
    if (argc < 2) {
      fmt::print(stderr, "{}", kUsage);
      return kExitUsage;
    }
    std::string_view verb = argv[1];
    if (verb == "--help" || verb == "-h" || verb == "help") {
      fmt::print("{}", kUsage);
      return kExitClean;
    }
    if (verb == "--version" || verb == "version") {
      fmt::print("trustc {}\n", TRUSTC_VERSION);
      return kExitClean;
    }
    Args args(argv + 2, argv + argc);
    for (const Verb& v : kVerbs) {
      if (v.name == verb) return v.run(args);
    }
    usageError(fmt::format("unknown command `{}`; run `trustc --help` for the list", verb));
    return kExitUsage;
  } catch (const std::exception& e) {
    // Never a stack trace: an internal failure is reported as a usage/I-O failure.
    fmt::print(stderr, "trustc: internal error: {}\n", e.what());
    return kExitUsage;
  }
}
