#include "syntax/parse.h"

#include <fmt/format.h>

#include <mutex>

#include "support/large_stack.h"
#include "syntax/antlr.h"
#include "syntax/error_strategy.h"
#include "syntax/lowering.h"

namespace trustc {

namespace syntax {

Location tokenLocation(FileId file, const antlr4::Token* token) {
  if (!token) return {file, {}};
  auto line = static_cast<std::uint32_t>(token->getLine());
  auto column = static_cast<std::uint32_t>(token->getCharPositionInLine() + 1);
  std::uint32_t length = 1;
  if (token->getType() != antlr4::Token::EOF && token->getStopIndex() >= token->getStartIndex() &&
      token->getStopIndex() != INVALID_INDEX) {
    length = static_cast<std::uint32_t>(token->getStopIndex() - token->getStartIndex() + 1);
  }
  std::string text = token->getType() == antlr4::Token::EOF ? "" : token->getText();
  if (text.find('\n') != std::string::npos) length = 1;  // multi-line tokens: mark the start
  return {file, {{line, column}, {line, column + length}}};
}

Location nodeLocation(FileId file, antlr4::ParserRuleContext* node) {
  if (!node) return {file, {}};
  Location begin = tokenLocation(file, node->getStart());
  const antlr4::Token* stop = node->getStop();
  if (!stop || stop->getTokenIndex() < node->getStart()->getTokenIndex()) return begin;
  Location end = tokenLocation(file, stop);
  return {file, {begin.range.begin, end.range.end}};
}

namespace {

// ANTLR 4.9's prediction caches are shared between parser instances and not
// thread-safe: one parse at a time.
std::mutex& parseMutex() {
  static std::mutex m;
  return m;
}

std::string describeBadChar(const std::string& text) {
  if (text == "'") return "`'`: strings are written in double quotes";
  if (text == "\t" || text == "\v") return "a control character";
  return fmt::format("`{}`", text);
}

void reportLexerTokens(antlr4::CommonTokenStream& tokens, ErrorStrategy& errors) {
  for (antlr4::Token* t : tokens.getTokens()) {
    switch (t->getType()) {
      case TrustLexer::ERROR_CHAR:
        errors.report(DiagKind::InvalidCharacter, t,
                      fmt::format("unexpected character {}", describeBadChar(t->getText())));
        break;
      case TrustLexer::UNTERMINATED_STRING:
        if (auto* d = errors.report(DiagKind::UnterminatedString, t, "this string is not closed before the end of the line")) {
          d->notes.push_back({{}, "add the closing `\"`; a `\"` inside a string is written `\\\"`"});
        }
        break;
      case TrustLexer::UNTERMINATED_COMMENT:
        errors.report(DiagKind::UnterminatedComment, t, "this block comment is not closed with `*/`");
        break;
      default:
        break;
    }
    if (errors.exhausted()) return;
  }
}

bool startsDeclaration(std::size_t type) {
  return (type >= TrustLexer::TENANT && type <= TrustLexer::SUPPRESS) || type == TrustLexer::BUILTIN ||
         type == TrustLexer::IMPORT;
}

// After a stray token at top level, skip to the next declaration keyword
// outside any block, so one broken declaration gives one error.
void skipToNextDeclaration(antlr4::CommonTokenStream& tokens) {
  std::size_t depth = 0;
  while (tokens.LA(1) != antlr4::Token::EOF) {
    std::size_t type = tokens.LA(1);
    if (depth == 0 && startsDeclaration(type)) return;
    if (type == TrustLexer::LBRACE) ++depth;
    if (type == TrustLexer::RBRACE && depth > 0 && --depth == 0) {
      tokens.consume();
      return;
    }
    tokens.consume();
  }
}

void parseTokens(const SourceFile& source, FileId id, DiagnosticSink& sink, const Limits& limits, ast::File& out) {
  antlr4::ANTLRInputStream input(source.text().data(), source.text().size());
  TrustLexer lexer(&input);
  lexer.removeErrorListeners();
  antlr4::CommonTokenStream tokens(&lexer);
  tokens.fill();

  auto errors = std::make_shared<ErrorStrategy>(id, sink, limits);
  reportLexerTokens(tokens, *errors);

  TrustParser parser(&tokens);
  parser.removeErrorListeners();
  parser.setErrorHandler(errors);
  Lowering lower(id, sink, limits);
  // One top-level item at a time: recovery resynchronises at declaration
  // boundaries, and each item is lowered as soon as it is parsed.
  while (tokens.LA(1) != antlr4::Token::EOF && !errors->exhausted()) {
    std::size_t before = tokens.index();
    TrustParser::TopItemContext* item = parser.topItem();
    lower.topItem(item, out);
    if (tokens.index() == before) tokens.consume();
    if (item->stray()) skipToNextDeclaration(tokens);
  }
}

}  // namespace
}  // namespace syntax

std::unique_ptr<ast::File> parseFile(const SourceManager& sources, FileId id, DiagnosticSink& sink,
                                     const Limits& limits) {
  auto out = std::make_unique<ast::File>();
  out->file = id;
  if (!prescan(sources, id, sink, limits)) return out;
  std::lock_guard<std::mutex> lock(syntax::parseMutex());
  try {
    runWithLargeStack([&] { syntax::parseTokens(sources.file(id), id, sink, limits, *out); });
  } catch (const std::exception& e) {
    sink.error(DiagKind::InternalParserFailure, {id, {{1, 1}, {1, 2}}},
               "the parser stopped unexpectedly ({}); please report this file", e.what());
  }
  return out;
}

}  // namespace trustc
