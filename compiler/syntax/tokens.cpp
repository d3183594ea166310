#include "syntax/tokens.h"

#include "support/utf8.h"
#include "syntax/parse_loop.h"
#include "syntax/scanner.h"
#include "syntax/token_list.h"

namespace trustc::syntax {

namespace {

TokenKind kindOf(std::size_t type) {
  if (type >= TrustLexer::IMPORT && type <= TrustLexer::FALSE) return TokenKind::Keyword;
  if (type >= TrustLexer::LBRACE && type <= TrustLexer::DOT) return TokenKind::Punct;
  switch (type) {
    case TrustLexer::ID: return TokenKind::Name;
    case TrustLexer::STRING: return TokenKind::String;
    case TrustLexer::UNTERMINATED_STRING: return TokenKind::UnterminatedString;
    case TrustLexer::NUMBER: return TokenKind::Number;
    case TrustLexer::DATE: return TokenKind::Date;
    case TrustLexer::DURATION: return TokenKind::Duration;
    case TrustLexer::GUID: return TokenKind::Guid;
    case TrustLexer::LINE_COMMENT: return TokenKind::LineComment;
    case TrustLexer::BLOCK_COMMENT:
    case TrustLexer::UNTERMINATED_COMMENT: return TokenKind::BlockComment;
    default: return TokenKind::Error;
  }
}

// The position just past `text` when it starts at `begin`.
Position endOf(Position begin, std::string_view text) {
  std::size_t lastBreak = text.rfind('\n');
  if (lastBreak == std::string_view::npos) {
    return {begin.line, begin.column + static_cast<std::uint32_t>(utf8::countCodePoints(text))};
  }
  std::uint32_t lines = 0;
  for (char c : text) lines += c == '\n';
  return {begin.line + lines,
          1 + static_cast<std::uint32_t>(utf8::countCodePoints(text.substr(lastBreak + 1)))};
}

std::uint32_t countNewlines(std::string_view text) {
  std::uint32_t n = 0;
  for (char c : text) n += c == '\n';
  return n;
}

}  // namespace

std::vector<Token> convertTokens(antlr4::CommonTokenStream& stream, std::vector<std::int32_t>* indexOf) {
  std::vector<Token> out;
  std::uint32_t newlines = 0;
  if (indexOf) indexOf->assign(stream.size(), -1);
  for (antlr4::Token* t : stream.getTokens()) {
    std::size_t type = t->getType();
    if (type == antlr4::Token::EOF) break;
    if (type == TrustLexer::WS) {
      newlines += countNewlines(t->getText());
      continue;
    }
    Token token;
    token.kind = kindOf(type);
    token.text = t->getText();
    token.begin = {static_cast<std::uint32_t>(t->getLine()),
                   static_cast<std::uint32_t>(t->getCharPositionInLine() + 1)};
    token.end = endOf(token.begin, token.text);
    token.newlinesBefore = newlines;
    newlines = 0;
    if (indexOf) (*indexOf)[t->getTokenIndex()] = static_cast<std::int32_t>(out.size());
    out.push_back(std::move(token));
  }
  return out;
}

std::vector<Token> lex(std::string_view text) {
  if (text.size() >= 3 && text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
  if (auto bad = utf8::firstInvalidByte(text)) text = text.substr(0, *bad);
  std::vector<Token> out;
  Scanner scanner(text);  // scanning touches no shared ANTLR cache: no lock
  antlr4::CommonTokenStream tokens(&scanner);
  tokens.fill();
  return convertTokens(tokens);
}

}  // namespace trustc::syntax
