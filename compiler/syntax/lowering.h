// Parse tree to syntax tree. Each function takes a generated context (which
// may be partial after an error) and returns an AST node that owns no ANTLR
// state. Split by area: lower_decl.cpp (declarations, members, clauses) and
// lower_value.cpp (names, literals, lists, blocks).
#pragma once

#include <memory>
#include <optional>

#include "ast/ast.h"
#include "diagnostics/sink.h"
#include "syntax/antlr.h"
#include "syntax/limits.h"

namespace trustc::syntax {

class Lowering {
 public:
  Lowering(FileId file, DiagnosticSink& sink, const Limits& limits)
      : file_(file), sink_(sink), limits_(limits) {}

  // Lowers one top-level item. `next` is the token after it; `recovered` says
  // the parser met a syntax error inside it.
  void topItem(TrustParser::TopItemContext* ctx, ast::File& out, const antlr4::Token* next, bool recovered);

  // lower_decl.cpp
  std::unique_ptr<ast::Decl> decl(TrustParser::DeclContext* ctx);
  void block(TrustParser::BlockContext* ctx, std::vector<ast::Property>& properties,
             std::vector<std::unique_ptr<ast::Decl>>* members, const char* where);
  void clauses(const std::vector<TrustParser::ClauseContext*>& ctxs, ast::Decl& out);

  // lower_value.cpp
  ast::Value value(TrustParser::ValueContext* ctx);
  ast::Value ref(TrustParser::RefContext* ctx);
  ast::Ident name(TrustParser::NameContext* ctx);
  ast::Value string(antlr4::tree::TerminalNode* token);
  ast::Value literal(antlr4::tree::TerminalNode* token, ast::Value::Kind kind);

  Location at(const antlr4::Token* token) const { return tokenLocation(file_, token); }
  Location at(antlr4::ParserRuleContext* ctx) const { return nodeLocation(file_, ctx); }

 private:
  // `header`: the declaration right before the stray token, when it has no block.
  void stray(TrustParser::StrayContext* ctx, const antlr4::Token* next, const ast::Decl* header);
  std::unique_ptr<ast::Decl> sectionDecl(TrustParser::SectionContext* ctx);
  ast::Value bareValue(TrustParser::BareValueContext* ctx);
  ast::Value unquotedRole(TrustParser::RoleRefContext* ctx);

  // The last top-level declaration, while nothing else has followed it.
  ast::Decl* lastDecl_ = nullptr;

  FileId file_;
  DiagnosticSink& sink_;
  const Limits& limits_;
};

}  // namespace trustc::syntax
