#include <fstream>
#include <iostream>
#include <sstream>

#include "ast/dump.h"
#include "diagnostics/render.h"
#include "syntax/parse.h"

int main(int argc, char** argv) {
  using namespace trustc;
  if (argc < 3) return 2;
  std::ifstream in(argv[2], std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  SourceManager sm;
  FileId id = sm.add(argv[2], ss.str());
  DiagnosticSink sink;
  auto file = parseFile(sm, id, sink);
  ast::dump(std::cout, *file);
  renderText(std::cerr, sm, sink.diagnostics(), {});
  return sink.hasErrors() ? 1 : 0;
}
