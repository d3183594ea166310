// trustc: the command-line entry point. Dispatches to one verb per file.
#include <fmt/format.h>

#include <algorithm>
#include <cstdio>
#include <exception>
#include <string_view>

#include "driver/options.h"
#include "driver/verbs.h"

namespace {

struct Verb {
  std::string_view name;
  int (*run)(const trustc::driver::Args&);
  std::string_view summary;
  bool listed;
};

constexpr Verb kVerbs[] = {
#define TRUSTC_VERB(Name, Fn, Summary, Listed) {Name, trustc::driver::Fn, Summary, Listed},
#include "driver/verbs.def"
#undef TRUSTC_VERB
};

void printUsage(std::FILE* out) {
  fmt::print(out,
             "trustc — compiler and linter for identity-governance manifests on Azure\n\n"
             "usage: trustc <command> [options] [PATH...]\n\ncommands:\n");
  std::size_t width = 0;
  for (const Verb& v : kVerbs) width = std::max(width, v.listed ? v.name.size() : 0);
  for (const Verb& v : kVerbs) {
    if (v.listed) fmt::print(out, "  {:<{}}  {}\n", v.name, width, v.summary);
  }
  fmt::print(
      out,
      "\nRun `trustc <command> --help` for a command's options; `trustc --version` prints the version.\n");
}

}  // namespace

int main(int argc, char** argv) {
  using namespace trustc::driver;
  try {
    if (argc < 2) {
      printUsage(stderr);
      return kExitUsage;
    }
    std::string_view verb = argv[1];
    if (verb == "--help" || verb == "-h" || verb == "help") {
      printUsage(stdout);
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
