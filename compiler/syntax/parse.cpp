#include "syntax/parse.h"

#include <fmt/format.h>

#include <mutex>

#include "support/large_stack.h"
#include "syntax/antlr.h"
#include "syntax/error_strategy.h"
#include "syntax/lowering.h"
#include "syntax/parse_loop.h"
#include "syntax/scanner.h"

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

std::mutex& parseMutex() {
  static std::mutex m;
  return m;
}

namespace {

std::string describeBadChar(const std::string& text) {
  if (text == "'") return "`'`: strings are written in double quotes";
  if (text == "`") return "a backtick";
  if (text == "@") return "`@`: e-mail addresses and other text are written in double quotes";
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
        if (auto* d = errors.report(DiagKind::UnterminatedString, t,
                                    "this string is not closed before the end of the line")) {
          d->notes.push_back({{}, "add the closing `\"`; a `\"` inside a string is written `\\\"`"});
        }
        break;
      case TrustLexer::WRONG_QUOTES: {
        std::string text = t->getText();
        std::string inner = text.substr(1, text.size() - 2);
        std::string fixed = "\"";
        for (char c : inner) fixed += (c == '"' || c == '\\') ? std::string{'\\', c} : std::string{c};
        fixed += '"';
        std::string_view quote = text[0] == '`' ? "backticks" : "single quotes";
        if (auto* d = errors.report(DiagKind::InvalidCharacter, t,
                                    fmt::format("strings are written in double quotes, not {}", quote))) {
          d->fix = Fix{"use double quotes", {{tokenLocation(errors.file(), t), fixed}}};
        }
        break;
      }
      case TrustLexer::UNTERMINATED_COMMENT:
        errors.report(DiagKind::UnterminatedComment, t, "this block comment is not closed with `*/`");
        break;
      default: break;
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

}  // namespace

void parseItems(antlr4::CommonTokenStream& tokens, FileId id, DiagnosticSink& sink, const Limits& limits,
                const ItemHandler& onItem) {
  auto errors = std::make_shared<ErrorStrategy>(id, sink, limits);
  reportLexerTokens(tokens, *errors);

  TrustParser parser(&tokens);
  parser.removeErrorListeners();
  auto* prediction = parser.getInterpreter<antlr4::atn::ParserATNSimulator>();
  auto bail = std::make_shared<antlr4::BailErrorStrategy>();
  // One top-level item at a time: recovery resynchronises at declaration
  // boundaries, and each item is handed on as soon as it is parsed.
  while (tokens.LA(1) != antlr4::Token::EOF && !errors->exhausted()) {
    std::size_t before = tokens.index();
    std::size_t errorsBefore = errors->errorsSeen();
    // Two stages, as ANTLR recommends: SLL prediction, which is much cheaper
    // (no full-context prediction) and gives the same tree whenever it
    // succeeds; at the first syntax error the item is parsed again with full
    // LL prediction and the language's error strategy, so that errors and
    // recovery are those of the grammar as written.
    TrustParser::TopItemContext* item = nullptr;
    parser.setErrorHandler(bail);
    prediction->setPredictionMode(antlr4::atn::PredictionMode::SLL);
    try {
      item = parser.topItem();
    } catch (const antlr4::ParseCancellationException&) {
      tokens.seek(before);
    }
    if (!item) {
      parser.setErrorHandler(errors);
      prediction->setPredictionMode(antlr4::atn::PredictionMode::LL);
      // Each item starts afresh: an error in the previous one must not
      // silence the first error of this one.
      errors->reset(&parser);
      item = parser.topItem();
    }
    onItem(item, tokens.LT(1), errors->errorsSeen() != errorsBefore);
    if (tokens.index() == before) tokens.consume();
    bool stray = item->stray() != nullptr;
    // The item is lowered: free its parse tree (and that of a failed SLL
    // attempt) now rather than with the parser, so memory holds one item's
    // contexts, not the file's.
    parser.getTreeTracker().reset();
    if (stray) skipToNextDeclaration(tokens);
  }
}

void guardedParse(FileId id, DiagnosticSink& sink, const std::function<void()>& fn) {
  std::lock_guard<std::mutex> lock(parseMutex());
  try {
    runWithLargeStack(fn);
  } catch (const std::exception& e) {
    sink.error(DiagKind::InternalParserFailure, {id, {{1, 1}, {1, 2}}},
               "the parser stopped unexpectedly ({}); please report this file", e.what());
  }
}

}  // namespace syntax

std::unique_ptr<ast::File> parseFile(const SourceManager& sources, FileId id, DiagnosticSink& sink,
                                     const Limits& limits) {
  auto out = std::make_unique<ast::File>();
  out->file = id;
  if (!prescan(sources, id, sink, limits)) return out;
  syntax::guardedParse(id, sink, [&] {
    syntax::Scanner scanner(sources.file(id).text());
    antlr4::CommonTokenStream tokens(&scanner);
    tokens.fill();
    syntax::Lowering lower(id, sink, limits);
    syntax::parseItems(tokens, id, sink, limits,
                       [&](syntax::TrustParser::TopItemContext* item, antlr4::Token* next, bool hadErrors) {
                         lower.topItem(item, *out, next, hadErrors);
                       });
  });
  return out;
}

}  // namespace trustc
