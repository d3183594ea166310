#include "syntax/error_strategy.h"

#include <fmt/format.h>

#include "syntax/token_text.h"

namespace trustc::syntax {

namespace {

// Tokens the lexer pass already reported; the parser stays quiet about them.
bool reportedByLexer(const antlr4::Token* t) {
  return t && (t->getType() == TrustLexer::ERROR_CHAR || t->getType() == TrustLexer::UNTERMINATED_STRING ||
               t->getType() == TrustLexer::WRONG_QUOTES || t->getType() == TrustLexer::UNTERMINATED_COMMENT);
}

// `because`, `until`, `when`, `by`: after one of them a value is missing.
bool isClauseWord(std::size_t type) {
  return type == TrustLexer::BECAUSE || type == TrustLexer::UNTIL || type == TrustLexer::WHEN ||
         type == TrustLexer::BY;
}

// The type of the token after `t` on the default channel.
std::size_t nextType(antlr4::TokenStream* tokens, const antlr4::Token* t) {
  if (!t || t->getType() == antlr4::Token::EOF) return antlr4::Token::EOF;
  for (std::size_t i = t->getTokenIndex() + 1; i < tokens->size(); ++i) {
    antlr4::Token* candidate = tokens->get(i);
    if (candidate->getChannel() == antlr4::Token::DEFAULT_CHANNEL) return candidate->getType();
  }
  return antlr4::Token::EOF;
}

// A name, or a keyword that may be used as one.
bool startsName(std::size_t type) {
  return type == TrustLexer::ID ||
         (type >= TrustLexer::IMPORT && type <= TrustLexer::BY && type != TrustLexer::IN &&
          type != TrustLexer::ON && type != TrustLexer::AS);
}

// The token before `t` on the default channel, or null.
const antlr4::Token* previousToken(antlr4::Parser* parser, const antlr4::Token* t) {
  antlr4::TokenStream* tokens = parser->getTokenStream();
  if (!t || t->getTokenIndex() == INVALID_INDEX) return nullptr;
  for (std::size_t i = t->getTokenIndex(); i-- > 0;) {
    antlr4::Token* candidate = tokens->get(i);
    if (candidate->getChannel() == antlr4::Token::DEFAULT_CHANNEL) return candidate;
  }
  return nullptr;
}

}  // namespace

Diagnostic* ErrorStrategy::report(DiagKind kind, const antlr4::Token* at, std::string message) {
  if (exhausted_) return nullptr;
  if (++count_ > limits_.maxErrorsPerFile) {
    exhausted_ = true;
    sink_.error(DiagKind::TooManyErrors, tokenLocation(file_, at),
                "too many errors ({} or more); the rest of this file was not checked",
                limits_.maxErrorsPerFile);
    return nullptr;
  }
  return &sink_.add(kind, tokenLocation(file_, at), std::move(message));
}

void ErrorStrategy::addOpenBlockNote(antlr4::Parser* parser, Diagnostic& d) {
  for (auto* ctx = parser->getContext(); ctx; ctx = dynamic_cast<antlr4::ParserRuleContext*>(ctx->parent)) {
    if (auto* block = dynamic_cast<TrustParser::BlockContext*>(ctx)) {
      d.notes.push_back({tokenLocation(file_, block->getStart()), "the block opened here is not closed"});
      return;
    }
  }
}

std::string ErrorStrategy::whatIsExpected(antlr4::Parser* parser, const antlr4::Token* found,
                                          const antlr4::misc::IntervalSet& expected) {
  auto* ctx = parser->getContext();
  // At the top level the expected set includes the tokens `stray` accepts
  // for recovery; what is really expected there is a declaration.
  if (dynamic_cast<TrustParser::TopItemContext*>(ctx) || dynamic_cast<TrustParser::FileContext*>(ctx)) {
    return "a declaration such as `identity` or `workload`";
  }
  // Something missing after a word that needs it: say what and whose. (The
  // expected set alone can mislead: clause words are also property keys.)
  // (The stream may have been rewound by prediction: look before `found`.)
  const antlr4::Token* previous = previousToken(parser, found);
  if (previous) {
    switch (previous->getType()) {
      case TrustLexer::ASSIGN:
      case TrustLexer::COLON:
        if (const antlr4::Token* key = previousToken(parser, previous)) {
          return fmt::format("a value for `{}`", key->getText());
        }
        return "a value";
      case TrustLexer::BECAUSE:
      case TrustLexer::UNTIL:
      case TrustLexer::WHEN:
      case TrustLexer::BY: return fmt::format("a value after `{}`", previous->getText());
      case TrustLexer::ON:
      case TrustLexer::IN: return fmt::format("the name of a scope after `{}`", previous->getText());
      default: break;
    }
  }
  return describeExpected(expected);
}

void ErrorStrategy::expectedButFound(antlr4::Parser* parser, const antlr4::Token* found,
                                     const antlr4::misc::IntervalSet& expected) {
  if (reportedByLexer(found)) return;
  // At the top level the expected set includes the tokens `stray` accepts
  // for recovery; what is really expected there is a declaration.
  Diagnostic* d = report(
      DiagKind::SyntaxError, found,
      fmt::format("expected {}, found {}", whatIsExpected(parser, found, expected), describeToken(found)));
  if (d) addHints(parser, found, expected, *d);
}

void ErrorStrategy::addHints(antlr4::Parser* parser, const antlr4::Token* found,
                             const antlr4::misc::IntervalSet& expected, Diagnostic& d) {
  if (found->getType() == antlr4::Token::EOF && expected.contains(static_cast<size_t>(TrustLexer::RBRACE))) {
    addOpenBlockNote(parser, d);
  }
  std::size_t after = nextType(parser->getTokenStream(), found);
  if (found->getType() == TrustLexer::STRING && (after == TrustLexer::COLON || after == TrustLexer::ASSIGN)) {
    d.notes.push_back(
        {{}, "property names are written without quotes, e.g. `contact = \"team@contoso.com\"`"});
  }
  if (found->getType() == TrustLexer::ASSIGN && after == TrustLexer::LBRACE) {
    d.notes.push_back(
        {{}, "a declaration's block follows its header without `=`, e.g. `owner team-ai { ... }`"});
  }
  if (found->getType() == TrustLexer::COMMA && !expected.contains(static_cast<size_t>(TrustLexer::COMMA))) {
    d.notes.push_back(
        {{}, "several values are written as a list in brackets, e.g. `workload = [api, worker]`"});
  }
  if (expected.contains(static_cast<size_t>(TrustLexer::ON)) &&
      !expected.contains(static_cast<size_t>(TrustLexer::ID))) {
    d.notes.push_back(
        {{}, "`needs` and `grant` take their scope with `on`, e.g. `grant \"Reader\" on rg-app`"});
  }
}

void ErrorStrategy::reportNoViableAlternative(antlr4::Parser* parser, const antlr4::NoViableAltException& e) {
  ++seen_;
  const antlr4::Token* found = e.getOffendingToken();
  // A member that is only a word (`contact }`, `x y`): it lacks `=` and a value.
  const antlr4::Token* start = e.getStartToken();
  auto* ctx = parser->getContext();
  bool inMember =
      dynamic_cast<TrustParser::MemberContext*>(ctx) || dynamic_cast<TrustParser::BlockContext*>(ctx);
  if (inMember && start && found && start != found && previousToken(parser, found) == start &&
      startsName(start->getType()) && !isClauseWord(start->getType())) {
    if (reportedByLexer(found)) return;
    report(
        DiagKind::SyntaxError, found,
        fmt::format("expected `=` and a value after `{}`, found {}", start->getText(), describeToken(found)));
    return;
  }
  expectedButFound(parser, found, e.getExpectedTokens());
}

void ErrorStrategy::reportInputMismatch(antlr4::Parser* parser, const antlr4::InputMismatchException& e) {
  ++seen_;
  expectedButFound(parser, e.getOffendingToken(), e.getExpectedTokens());
}

void ErrorStrategy::reportFailedPredicate(antlr4::Parser* parser, const antlr4::FailedPredicateException& e) {
  ++seen_;
  expectedButFound(parser, e.getOffendingToken(), parser->getExpectedTokens());
}

void ErrorStrategy::reportUnwantedToken(antlr4::Parser* parser) {
  ++seen_;
  if (inErrorRecoveryMode(parser)) return;
  beginErrorCondition(parser);
  const antlr4::Token* t = parser->getCurrentToken();
  if (reportedByLexer(t)) return;
  antlr4::misc::IntervalSet expected = getExpectedTokens(parser);
  Diagnostic* d = report(
      DiagKind::SyntaxError, t,
      fmt::format("unexpected {}; expected {}", describeToken(t), whatIsExpected(parser, t, expected)));
  if (d) addHints(parser, t, expected, *d);
}

antlr4::misc::IntervalSet ErrorStrategy::getErrorRecoverySet(antlr4::Parser* parser) {
  antlr4::misc::IntervalSet set = antlr4::DefaultErrorStrategy::getErrorRecoverySet(parser);
  set.add(static_cast<ssize_t>(TrustLexer::TENANT), static_cast<ssize_t>(TrustLexer::SUPPRESS));
  set.add(static_cast<ssize_t>(TrustLexer::IMPORT));
  set.add(static_cast<ssize_t>(TrustLexer::BUILTIN));
  return set;
}

antlr4::Token* ErrorStrategy::singleTokenDeletion(antlr4::Parser* parser) {
  switch (parser->getCurrentToken()->getType()) {
    case TrustLexer::LBRACE:
    case TrustLexer::RBRACE:
    case TrustLexer::LBRACKET:
    case TrustLexer::RBRACKET: return nullptr;
    default: return antlr4::DefaultErrorStrategy::singleTokenDeletion(parser);
  }
}

void ErrorStrategy::reportMissingToken(antlr4::Parser* parser) {
  ++seen_;
  if (inErrorRecoveryMode(parser)) return;
  beginErrorCondition(parser);
  const antlr4::Token* t = parser->getCurrentToken();
  if (reportedByLexer(t)) return;
  antlr4::misc::IntervalSet expected = getExpectedTokens(parser);
  Diagnostic* d = report(DiagKind::SyntaxError, t,
                         fmt::format("missing {} before {}", describeExpected(expected), describeToken(t)));
  if (d) addHints(parser, t, expected, *d);
}

}  // namespace trustc::syntax
