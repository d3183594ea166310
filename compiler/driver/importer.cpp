#include "driver/importer.h"

#include <fmt/format.h>

#include <iostream>

#include "diagnostics/render.h"
#include "driver/options.h"
#include "support/files.h"

namespace trustc::driver {

int runImporter(const Args& args, std::string_view verb, std::string_view help, std::string_view what,
                ImportFn import) {
  auto a = parseImportArgs(args, verb, what);
  if (!a) return kExitUsage;
  if (a->help) {
    fmt::print("{}", help);
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
  if (!import(sources, id, sink, out)) {
    renderText(std::cerr, sources, sink.diagnostics(), {false, true});
    return kExitFindings;
  }
  return writeImportOutput(out, a->output);
}

}  // namespace trustc::driver
