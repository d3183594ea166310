#include "syntax/cst.h"

#include "syntax/parse.h"
#include "syntax/parse_loop.h"
#include "syntax/scanner.h"
#include "syntax/token_list.h"

namespace trustc::syntax {

namespace {

// Which parse-tree rules become nodes of their own; every other rule is
// flattened into its parent (its tokens become the parent's children).
std::optional<NodeKind> nodeKindOf(antlr4::ParserRuleContext* ctx) {
  switch (ctx->getRuleIndex()) {
    case TrustParser::RuleImportDecl: return NodeKind::Import;
    case TrustParser::RuleDecl: return NodeKind::Decl;
    case TrustParser::RuleClause: return NodeKind::Clause;
    case TrustParser::RuleBlock: return NodeKind::Block;
    case TrustParser::RuleStray: return NodeKind::Stray;
    default: break;
  }
  if (dynamic_cast<TrustParser::PropertyContext*>(ctx)) return NodeKind::Property;
  if (dynamic_cast<TrustParser::SectionContext*>(ctx)) return NodeKind::Section;
  if (dynamic_cast<TrustParser::EmptyMemberContext*>(ctx)) return NodeKind::EmptyMember;
  if (dynamic_cast<TrustParser::ListValueContext*>(ctx)) return NodeKind::List;
  if (dynamic_cast<TrustParser::ObjectValueContext*>(ctx)) return NodeKind::Object;
  return std::nullopt;
}

class Builder {
 public:
  explicit Builder(const std::vector<std::int32_t>& indexOf) : indexOf_(indexOf) {}

  void add(antlr4::tree::ParseTree* tree, Node& parent) {
    if (auto* terminal = dynamic_cast<antlr4::tree::TerminalNode*>(tree)) {
      const antlr4::Token* t = terminal->getSymbol();
      if (!t || t->getType() == antlr4::Token::EOF) return;
      std::size_t index = t->getTokenIndex();
      // Tokens conjured by error recovery have no index in the stream.
      if (index >= indexOf_.size() || indexOf_[index] < 0) return;
      parent.children.push_back({static_cast<std::uint32_t>(indexOf_[index]), nullptr});
      return;
    }
    auto* ctx = dynamic_cast<antlr4::ParserRuleContext*>(tree);
    if (!ctx) return;
    Node* target = &parent;
    if (auto kind = nodeKindOf(ctx)) {
      auto node = std::make_unique<Node>();
      node->kind = *kind;
      target = node.get();
      parent.children.push_back({0, std::move(node)});
    }
    for (antlr4::tree::ParseTree* child : ctx->children) add(child, *target);
  }

 private:
  const std::vector<std::int32_t>& indexOf_;
};

}  // namespace

Cst parseConcrete(const SourceManager& sources, FileId id, DiagnosticSink& sink, const Limits& limits) {
  Cst out;
  out.root.kind = NodeKind::File;
  if (!prescan(sources, id, sink, limits)) return out;
  guardedParse(id, sink, [&] {
    Scanner scanner(sources.file(id).text());
    antlr4::CommonTokenStream tokens(&scanner);
    tokens.fill();
    std::vector<std::int32_t> indexOf;
    out.tokens = convertTokens(tokens, &indexOf);
    Builder builder(indexOf);
    parseItems(tokens, id, sink, limits,
               [&](TrustParser::TopItemContext* item, antlr4::Token*, bool) { builder.add(item, out.root); });
  });
  return out;
}

}  // namespace trustc::syntax
