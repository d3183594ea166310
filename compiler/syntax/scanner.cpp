#include "syntax/scanner.h"

#include <array>
#include <mutex>
#include <utility>

#include "support/utf8.h"
#include "syntax/parse_loop.h"
#include "syntax/raw_tokens.h"

namespace trustc::syntax {

namespace {

using L = TrustLexer;

bool isDigit(char c) { return c >= '0' && c <= '9'; }
bool isLetter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool isHex(char c) { return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); }
bool isWord(char c) { return isLetter(c) || isDigit(c) || c == '_'; }

// The keywords, in the grammar's order (its first rules).
constexpr std::array<std::pair<std::string_view, std::size_t>, 34> kKeywords{{
    {"import", L::IMPORT},
    {"builtin", L::BUILTIN},
    {"tenant", L::TENANT},
    {"owner", L::OWNER},
    {"environment", L::ENVIRONMENT},
    {"management_group", L::MANAGEMENT_GROUP},
    {"subscription", L::SUBSCRIPTION},
    {"resource_group", L::RESOURCE_GROUP},
    {"resource", L::RESOURCE},
    {"workload", L::WORKLOAD},
    {"identity", L::IDENTITY},
    {"role", L::ROLE},
    {"policy", L::POLICY},
    {"initiative", L::INITIATIVE},
    {"policy_assignment", L::ASSIGNMENT},
    {"exemption", L::EXEMPTION},
    {"control", L::CONTROL},
    {"capability", L::CAPABILITY},
    {"issuer", L::ISSUER},
    {"trust", L::TRUST},
    {"secret", L::SECRET},
    {"certificate", L::CERTIFICATE},
    {"needs", L::NEEDS},
    {"grant", L::GRANT},
    {"suppress", L::SUPPRESS},
    {"on", L::ON},
    {"in", L::IN},
    {"as", L::AS},
    {"because", L::BECAUSE},
    {"until", L::UNTIL},
    {"when", L::WHEN},
    {"by", L::BY},
    {"true", L::TRUE},
    {"false", L::FALSE},
}};

// The rules that start with a letter, a digit or `_`, as lengths in bytes of
// their longest match at the start of `s` (0: no match). ANTLR takes the
// longest match, and of equally long ones the rule listed first:
// keywords, GUID, DATE, DURATION, NUMBER, ID.
std::size_t guidLength(std::string_view s) {
  constexpr std::array<std::size_t, 5> kGroups{8, 4, 4, 4, 12};
  std::size_t i = 0;
  for (std::size_t g = 0; g < kGroups.size(); ++g) {
    if (g > 0) {
      if (i >= s.size() || s[i] != '-') return 0;
      ++i;
    }
    for (std::size_t k = 0; k < kGroups[g]; ++k, ++i) {
      if (i >= s.size() || !isHex(s[i])) return 0;
    }
  }
  return i;
}

std::size_t digitsAt(std::string_view s, std::size_t i) {
  std::size_t start = i;
  while (i < s.size() && isDigit(s[i])) ++i;
  return i - start;
}

std::size_t dateLength(std::string_view s) {
  std::size_t i = digitsAt(s, 0);
  for (int part = 0; part < 2; ++part) {
    if (i == 0 || i >= s.size() || s[i] != '-') return 0;
    std::size_t n = digitsAt(s, i + 1);
    if (n == 0) return 0;
    i += 1 + n;
  }
  return i;
}

std::size_t durationLength(std::string_view s) {
  std::size_t i = digitsAt(s, 0);
  std::size_t letters = i;
  while (letters < s.size() && isLetter(s[letters])) ++letters;
  return i > 0 && letters > i ? letters : 0;
}

std::size_t idLength(std::string_view s) {
  if (s.empty() || !(isLetter(s[0]) || s[0] == '_')) return 0;
  std::size_t i = 1;
  while (i < s.size() && isWord(s[i])) ++i;
  while (i + 1 < s.size() && s[i] == '-' && isWord(s[i + 1])) {
    i += 2;
    while (i < s.size() && isWord(s[i])) ++i;
  }
  return i;
}

// A word: a keyword, GUID, date, duration, number or identifier.
std::pair<std::size_t, std::size_t> matchWord(std::string_view s) {
  std::size_t id = idLength(s);
  std::size_t guid = guidLength(s);
  if (id > 0) {
    if (guid == id) return {guid, L::GUID};
    for (const auto& [keyword, type] : kKeywords) {
      if (keyword.size() == id && s.substr(0, id) == keyword) return {id, type};
    }
    return {id, L::ID};
  }
  std::pair<std::size_t, std::size_t> best{guid, L::GUID};
  for (auto [length, type] : {std::pair{dateLength(s), std::size_t{L::DATE}},
                              std::pair{durationLength(s), std::size_t{L::DURATION}},
                              std::pair{digitsAt(s, 0), std::size_t{L::NUMBER}}}) {
    if (length > best.first) best = {length, type};
  }
  return best;
}

// A double-quoted string, closed (STRING) or not (UNTERMINATED_STRING): an
// escape takes any one character, a line break ends an unclosed string.
std::pair<std::size_t, std::size_t> matchString(std::string_view s) {
  std::size_t i = 1;
  while (i < s.size()) {
    char c = s[i];
    if (c == '"') return {i + 1, L::STRING};
    if (c == '\r' || c == '\n') break;
    if (c == '\\') {
      if (i + 1 >= s.size()) break;
      i += 1 + utf8::sequenceLength(s[i + 1]);
      continue;
    }
    i += utf8::sequenceLength(c);
  }
  return {i, L::UNTERMINATED_STRING};
}

std::size_t untilLineEnd(std::string_view s, std::size_t i) {
  while (i < s.size() && s[i] != '\r' && s[i] != '\n') ++i;
  return i;
}

bool isSpace(std::string_view s, std::size_t i, std::size_t& length) {
  char c = s[i];
  if (c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f') return (length = 1), true;
  if (s.substr(i, 2) == "\xC2\xA0") return (length = 2), true;      // U+00A0
  if (s.substr(i, 3) == "\xEF\xBB\xBF") return (length = 3), true;  // U+FEFF
  return false;
}

}  // namespace

std::pair<std::size_t, std::size_t> Scanner::match() const {
  std::string_view s = text_.substr(pos_);
  char c = s[0];
  if (isLetter(c) || isDigit(c) || c == '_') return matchWord(s);
  switch (c) {
    case '{': return {1, L::LBRACE};
    case '}': return {1, L::RBRACE};
    case '[': return {1, L::LBRACKET};
    case ']': return {1, L::RBRACKET};
    case ',': return {1, L::COMMA};
    case ':': return {1, L::COLON};
    case ';': return {1, L::SEMI};
    case '=': return {1, L::ASSIGN};
    case '.': return {1, L::DOT};
    case '"': return matchString(s);
    case '\'':
    case '`': {
      std::size_t close = s.find(c, 1);
      std::size_t end = untilLineEnd(s, 1);
      if (close != std::string_view::npos && close < end) return {close + 1, L::WRONG_QUOTES};
      return {1, L::ERROR_CHAR};
    }
    case '#': return {untilLineEnd(s, 1), L::LINE_COMMENT};
    case '/':
      if (s.size() > 1 && s[1] == '/') return {untilLineEnd(s, 2), L::LINE_COMMENT};
      if (s.size() > 1 && s[1] == '*') {
        std::size_t close = s.find("*/", 2);
        if (close == std::string_view::npos) return {s.size(), L::UNTERMINATED_COMMENT};
        return {close + 2, L::BLOCK_COMMENT};
      }
      return {1, L::ERROR_CHAR};
    default: break;
  }
  std::size_t length = 0, total = 0;
  while (pos_ + total < text_.size() && isSpace(text_, pos_ + total, length)) total += length;
  if (total > 0) return {total, L::WS};
  return {utf8::sequenceLength(c), L::ERROR_CHAR};
}

void Scanner::advance(std::size_t bytes) {
  std::size_t end = pos_ + bytes;
  while (pos_ < end) {
    if (text_[pos_] == '\n') {
      ++line_;
      column_ = 0;
    } else {
      ++column_;
    }
    pos_ += utf8::sequenceLength(text_[pos_]);
    ++codePoint_;
  }
}

std::unique_ptr<antlr4::Token> Scanner::nextToken() {
  std::size_t line = line_, column = column_, start = codePoint_;
  if (pos_ >= text_.size()) {
    auto eof = std::make_unique<antlr4::CommonToken>(
        std::pair<antlr4::TokenSource*, antlr4::CharStream*>{this, nullptr}, antlr4::Token::EOF,
        antlr4::Token::DEFAULT_CHANNEL, start, start - 1);
    eof->setLine(line);
    eof->setCharPositionInLine(column);
    eof->setText("<EOF>");
    return eof;
  }
  auto [bytes, type] = match();
  std::size_t begin = pos_;
  advance(bytes);
  bool hidden = type == L::LINE_COMMENT || type == L::BLOCK_COMMENT || type == L::WS;
  auto token = std::make_unique<antlr4::CommonToken>(
      std::pair<antlr4::TokenSource*, antlr4::CharStream*>{this, nullptr}, type,
      hidden ? antlr4::Token::HIDDEN_CHANNEL : antlr4::Token::DEFAULT_CHANNEL, start, codePoint_ - 1);
  token->setLine(line);
  token->setCharPositionInLine(column);
  token->setText(std::string(text_.substr(begin, bytes)));
  return token;
}

antlr4::TokenFactory<antlr4::CommonToken>* Scanner::getTokenFactory() {
  return antlr4::CommonTokenFactory::DEFAULT.get();
}

namespace {

std::vector<RawToken> rawTokens(antlr4::TokenSource& source) {
  std::vector<RawToken> out;
  for (;;) {
    std::unique_ptr<antlr4::Token> t = source.nextToken();
    out.push_back({t->getType(), t->getChannel(), t->getLine(), t->getCharPositionInLine(),
                   t->getStartIndex(), t->getStopIndex(), t->getText()});
    if (t->getType() == antlr4::Token::EOF) return out;
  }
}

}  // namespace

std::vector<RawToken> scanRawTokens(std::string_view text) {
  Scanner scanner(text);
  return rawTokens(scanner);
}

std::vector<RawToken> lexRawTokensWithAntlr(std::string_view text) {
  std::lock_guard<std::mutex> lock(parseMutex());
  antlr4::ANTLRInputStream input(text.data(), text.size());
  TrustLexer lexer(&input);
  lexer.removeErrorListeners();
  return rawTokens(lexer);
}

}  // namespace trustc::syntax
