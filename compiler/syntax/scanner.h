// The token source the parser reads: a hand-written scanner that produces
// exactly the tokens of grammar/TrustLexer.g4 (types, channels, positions in
// code points, text), without the generated lexer's start-up cost of building
// its DFA in every process. The grammar stays the definition: a unit test
// compares the two token by token on every test input and example, and on
// generated text. Internal to syntax/ (it names ANTLR types).
#pragma once

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>

#include "syntax/antlr.h"

namespace trustc::syntax {

class Scanner : public antlr4::TokenSource {
 public:
  // `text` is valid UTF-8 and outlives the scanner. Like ANTLR's input
  // stream, the scanner skips a leading byte order mark.
  explicit Scanner(std::string_view text)
      : text_(text.substr(0, 3) == "\xEF\xBB\xBF" ? text.substr(3) : text) {}

  std::unique_ptr<antlr4::Token> nextToken() override;
  size_t getLine() const override { return line_; }
  size_t getCharPositionInLine() override { return column_; }
  antlr4::CharStream* getInputStream() override { return nullptr; }
  std::string getSourceName() override { return "<input>"; }
  antlr4::TokenFactory<antlr4::CommonToken>* getTokenFactory() override;

 private:
  // Length in bytes of the token at pos_ and its type.
  std::pair<std::size_t, std::size_t> match() const;
  // Moves past `bytes` bytes, counting lines and code points.
  void advance(std::size_t bytes);

  std::string_view text_;
  std::size_t pos_ = 0;        // byte offset
  std::size_t codePoint_ = 0;  // code point index (ANTLR's token start/stop)
  std::size_t line_ = 1;
  std::size_t column_ = 0;  // code points since the line began
};

}  // namespace trustc::syntax
