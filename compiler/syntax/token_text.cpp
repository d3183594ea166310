#include "syntax/token_text.h"

#include <fmt/format.h>

#include <algorithm>
#include <set>
#include <vector>

namespace trustc::syntax {

namespace {

bool isKeyword(std::size_t type) { return type >= TrustLexer::IMPORT && type <= TrustLexer::FALSE; }

bool isDeclKeyword(std::size_t type) { return type >= TrustLexer::TENANT && type <= TrustLexer::SUPPRESS; }

const antlr4::dfa::Vocabulary& vocabulary() {
  static antlr4::ANTLRInputStream empty;
  static TrustLexer lexer(&empty);
  return lexer.getVocabulary();
}

std::string literalOf(std::size_t type) {
  std::string text = vocabulary().getLiteralName(type);
  if (text.size() >= 2 && text.front() == '\'' && text.back() == '\'') text = text.substr(1, text.size() - 2);
  return text;
}

std::string truncate(std::string text, std::size_t max) {
  if (text.size() > max) text = text.substr(0, max) + "...";
  return text;
}

}  // namespace

std::string describeTokenType(std::size_t type) {
  switch (type) {
    case antlr4::Token::EOF: return "end of file";
    case TrustLexer::ID: return "a name";
    case TrustLexer::STRING: return "a string";
    case TrustLexer::UNTERMINATED_STRING: return "an unterminated string";
    case TrustLexer::WRONG_QUOTES: return "a string in the wrong quotes";
    case TrustLexer::GUID: return "a GUID";
    case TrustLexer::DATE: return "a date";
    case TrustLexer::DURATION: return "a duration";
    case TrustLexer::NUMBER: return "a number";
    case TrustLexer::ERROR_CHAR: return "an invalid character";
    default: break;
  }
  std::string lit = literalOf(type);
  return lit.empty() ? "a token" : fmt::format("`{}`", lit);
}

std::string describeToken(const antlr4::Token* token) {
  if (!token) return "nothing";
  std::size_t type = token->getType();
  std::string text = token->getText();
  switch (type) {
    case antlr4::Token::EOF: return "end of file";
    case TrustLexer::ID: return fmt::format("name `{}`", truncate(text, 40));
    case TrustLexer::STRING: return fmt::format("string {}", truncate(text, 40));
    case TrustLexer::GUID: return fmt::format("GUID {}", text);
    case TrustLexer::DATE: return fmt::format("date {}", text);
    case TrustLexer::DURATION: return fmt::format("duration {}", text);
    case TrustLexer::NUMBER: return fmt::format("number {}", text);
    default: break;
  }
  if (isKeyword(type)) return fmt::format("keyword `{}`", text);
  return fmt::format("`{}`", truncate(text, 40));
}

std::string describeExpected(const antlr4::misc::IntervalSet& expected) {
  std::vector<std::size_t> types;
  for (const auto& interval : expected.getIntervals()) {
    for (ssize_t t = interval.a; t <= interval.b; ++t) types.push_back(static_cast<std::size_t>(t));
  }
  bool name = std::find(types.begin(), types.end(), TrustLexer::ID) != types.end();
  std::size_t declKeywords = std::count_if(types.begin(), types.end(), isDeclKeyword);
  bool closeBrace = std::find(types.begin(), types.end(), TrustLexer::RBRACE) != types.end();

  std::vector<std::string> items;
  std::set<std::string> seen;
  auto addItem = [&](std::string s) {
    if (seen.insert(s).second) items.push_back(std::move(s));
  };
  if (name && closeBrace && declKeywords >= 3) {
    addItem("a property");
    addItem("a declaration");
  } else if (name) {
    addItem("a name");
  } else if (declKeywords >= 3) {
    addItem("a declaration");
  }
  for (std::size_t t : types) {
    if (name && t == TrustLexer::ID) continue;
    if (name && (isKeyword(t) && t != TrustLexer::TRUE && t != TrustLexer::FALSE)) continue;
    if (declKeywords >= 3 && isDeclKeyword(t)) continue;
    if (t == TrustLexer::SEMI || t == TrustLexer::UNTERMINATED_STRING || t == TrustLexer::ERROR_CHAR ||
        t == TrustLexer::WRONG_QUOTES) {
      continue;
    }
    if (t == TrustLexer::TRUE || t == TrustLexer::FALSE) {
      addItem("`true` or `false`");
      continue;
    }
    addItem(describeTokenType(t));
  }
  if (items.empty()) return "something else";
  if (items.size() == 1) return items[0];
  std::string out;
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (i) out += i + 1 == items.size() ? " or " : ", ";
    out += items[i];
  }
  return out;
}

}  // namespace trustc::syntax
