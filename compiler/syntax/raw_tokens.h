// Tokens as plain data, from the scanner (syntax/scanner.h) or from the lexer
// generated from grammar/TrustLexer.g4, so that tests can compare the two.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace trustc::syntax {

struct RawToken {
  std::size_t type = 0, channel = 0, line = 0, column = 0, start = 0, stop = 0;
  std::string text;
  friend bool operator==(const RawToken&, const RawToken&) = default;
};

// Every token of `text` (valid UTF-8) up to and including EOF.
std::vector<RawToken> scanRawTokens(std::string_view text);
std::vector<RawToken> lexRawTokensWithAntlr(std::string_view text);

}  // namespace trustc::syntax
