// libFuzzer target: raw bytes through the syntax layer (prescan, lexer,
// parser, lowering), then the AST dump and the text renderer, which walk every
// node and every diagnostic location. Any crash, hang, leak or sanitizer
// finding is a bug (docs/reliability.md).
#include <cstddef>
#include <cstdint>
#include <sstream>
#include <string>

#include "ast/dump.h"
#include "diagnostics/render.h"
#include "fuzz_invariants.h"
#include "syntax/parse.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  trustc::SourceManager sources;
  trustc::FileId id = sources.add("fuzz.trust", std::string(reinterpret_cast<const char*>(data), size));
  trustc::DiagnosticSink sink;
  std::unique_ptr<trustc::ast::File> file = trustc::parseFile(sources, id, sink);
  trustc::fuzz::requireWellFormed(sources, sink.diagnostics());
  std::ostringstream out;
  trustc::ast::dump(out, *file);
  trustc::renderText(out, sources, sink.diagnostics(), {false, true});
  return 0;
}
