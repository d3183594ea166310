// The ANTLR 4.9 runtime keeps its prediction caches (DFA states and a shared
// prediction-context cache) for the life of the process, shared by every
// lexer and parser, and they grow with the variety of input seen. A
// short-lived CLI never notices; a long-running process (the language
// server) bounds them with these functions.
#pragma once

#include <cstddef>

namespace trustc::syntax {

struct ParserCacheSize {
  std::size_t dfaStates = 0;      // lexer and parser DFA states
  std::size_t contextEntries = 0;  // shared prediction contexts
};

ParserCacheSize parserCacheSize();

// Drops every cached DFA state and prediction context. The next parses
// rebuild what they need (they run slower until the caches are warm again).
void clearParserCaches();

}  // namespace trustc::syntax
