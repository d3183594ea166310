// Syntax-error reporting in the language's own words. Replaces ANTLR's default
// messages and listeners: every report becomes a Diagnostic in the sink, the
// parser recovers and goes on, and nothing is printed or thrown.
#pragma once

#include "diagnostics/sink.h"
#include "syntax/antlr.h"
#include "syntax/limits.h"

namespace trustc::syntax {

class ErrorStrategy : public antlr4::DefaultErrorStrategy {
 public:
  ErrorStrategy(FileId file, DiagnosticSink& sink, const Limits& limits)
      : file_(file), sink_(sink), limits_(limits) {}

  // True once the per-file error limit is reached: the caller stops parsing.
  bool exhausted() const { return exhausted_; }
  FileId file() const { return file_; }
  // Syntax errors met so far, reported or not (the parse loop compares it
  // before and after an item to know whether the item was recovered).
  std::size_t errorsSeen() const { return seen_; }
  // Reports a syntax error at a token (also used by the lexer-token pass).
  Diagnostic* report(DiagKind kind, const antlr4::Token* at, std::string message);

 protected:
  void reportNoViableAlternative(antlr4::Parser* parser, const antlr4::NoViableAltException& e) override;
  void reportInputMismatch(antlr4::Parser* parser, const antlr4::InputMismatchException& e) override;
  void reportFailedPredicate(antlr4::Parser* parser, const antlr4::FailedPredicateException& e) override;
  void reportUnwantedToken(antlr4::Parser* parser) override;
  void reportMissingToken(antlr4::Parser* parser) override;
  // Brackets are never deleted to repair an error: with names that may be
  // keywords almost anything can follow a deleted `}`, and the rest of the
  // file would be read as nested inside the broken block.
  antlr4::Token* singleTokenDeletion(antlr4::Parser* parser) override;
  // The parser is run one top-level item at a time, so ANTLR's own recovery
  // set ends at the item and would consume the rest of the file; it also
  // stops at the next declaration keyword.
  antlr4::misc::IntervalSet getErrorRecoverySet(antlr4::Parser* parser) override;

 private:
  void expectedButFound(antlr4::Parser* parser, const antlr4::Token* found,
                        const antlr4::misc::IntervalSet& expected);
  void addHints(antlr4::Parser* parser, const antlr4::Token* found, const antlr4::misc::IntervalSet& expected,
                Diagnostic& d);
  void addOpenBlockNote(antlr4::Parser* parser, Diagnostic& d);
  // "a value for `contact`", "a declaration such as ...", or the expected tokens.
  std::string whatIsExpected(antlr4::Parser* parser, const antlr4::Token* found,
                             const antlr4::misc::IntervalSet& expected);

  FileId file_;
  DiagnosticSink& sink_;
  const Limits& limits_;
  std::size_t count_ = 0;
  std::size_t seen_ = 0;
  bool exhausted_ = false;
};

}  // namespace trustc::syntax
