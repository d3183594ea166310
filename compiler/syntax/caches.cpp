#include "syntax/caches.h"

#include "syntax/antlr.h"
#include "syntax/parse_loop.h"

namespace trustc::syntax {

namespace {

std::size_t countStates(const std::vector<antlr4::dfa::DFA>& dfas) {
  std::size_t n = 0;
  for (const antlr4::dfa::DFA& dfa : dfas) n += dfa.states.size();
  return n;
}

// The caches are static members of the generated recognizers; a lexer and a
// parser over empty input reach them through their simulators.
template <typename Fn>
void withRecognizers(Fn&& fn) {
  antlr4::ANTLRInputStream input("");
  TrustLexer lexer(&input);
  antlr4::CommonTokenStream tokens(&lexer);
  TrustParser parser(&tokens);
  fn(*lexer.getInterpreter<antlr4::atn::LexerATNSimulator>(),
     *parser.getInterpreter<antlr4::atn::ParserATNSimulator>());
}

}  // namespace

ParserCacheSize parserCacheSize() {
  std::lock_guard<std::mutex> lock(parseMutex());
  ParserCacheSize size;
  withRecognizers([&](antlr4::atn::LexerATNSimulator& lexer, antlr4::atn::ParserATNSimulator& parser) {
    size.dfaStates = countStates(lexer._decisionToDFA) + countStates(parser.decisionToDFA);
    size.contextEntries = lexer.getSharedContextCache().size() + parser.getSharedContextCache().size();
  });
  return size;
}

void clearParserCaches() {
  std::lock_guard<std::mutex> lock(parseMutex());
  withRecognizers([](antlr4::atn::LexerATNSimulator& lexer, antlr4::atn::ParserATNSimulator& parser) {
    lexer.clearDFA();
    parser.clearDFA();
    lexer.getSharedContextCache().clear();
    parser.getSharedContextCache().clear();
  });
}

}  // namespace trustc::syntax
