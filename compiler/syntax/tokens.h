// Tokens for tools that must see the text as written (the formatter and the
// language server): every token but whitespace, comments included, with its
// position. No ANTLR type appears in this header.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "support/source.h"

namespace trustc::syntax {

enum class TokenKind {
  Keyword,       // `identity`, `grant`, `on`, `true`, ... (also when used as a name)
  Name,
  String,
  UnterminatedString,
  Number,
  Date,
  Duration,
  Guid,
  Punct,         // { } [ ] , : ; = .
  LineComment,   // `// ...` or `# ...`
  BlockComment,  // `/* ... */`, possibly over several lines, or unterminated
  Error,         // a character the language does not use
};

struct Token {
  TokenKind kind = TokenKind::Error;
  std::string text;
  Position begin;                    // 1-based line and column (code points)
  Position end;                      // exclusive
  std::uint32_t newlinesBefore = 0;  // line breaks in the whitespace before it

  bool isComment() const { return kind == TokenKind::LineComment || kind == TokenKind::BlockComment; }
  bool is(std::string_view punct) const { return kind == TokenKind::Punct && text == punct; }
};

// Lexes text (after a BOM, if any). Never fails: a character the language
// does not use becomes an Error token, and lexing stops at the first byte
// that is not valid UTF-8.
std::vector<Token> lex(std::string_view text);

}  // namespace trustc::syntax
