#include "driver/importer.h"

#include <fmt/format.h>

#include <iostream>

#include "diagnostics/render.h"
#include "driver/options.h"
#include "support/files.h"

namespace trustc::driver {

int runImporter(const Args& args, std::string_view verb, std::string_view help, std::string_view missingInput,
                ImportFn import) {
  std::string input, output;
  for (std::size_t i = 0; i < args.size(); ++i) {
    if (args[i] == "-h" || args[i] == "--help") {
      fmt::print("{}", help);
      return kExitClean;
    }
    if (args[i] == "-o" || args[i] == "--output") {
      if (i + 1 >= args.size()) {
        usageError("`-o` needs a file name");
        return kExitUsage;
      }
      output = args[++i];
    } else if (args[i].size() > 1 && args[i][0] == '-') {
      usageError(
          fmt::format("unknown option `{}` for `trustc {}`; see `trustc {} --help`", args[i], verb, verb));
      return kExitUsage;
    } else if (input.empty()) {
      input = args[i];
    } else {
      usageError(fmt::format("`trustc {}` reads one file", verb));
      return kExitUsage;
    }
  }
  if (input.empty()) {
    usageError(missingInput);
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
  if (!import(sources, id, sink, out)) {
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
