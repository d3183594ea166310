#include <fmt/format.h>

#include "support/spelling.h"
#include "syntax/lowering.h"
#include "syntax/string_literal.h"
#include "syntax/token_text.h"

namespace trustc::syntax {

using ast::Decl;
using ast::DeclKind;

namespace {

std::optional<DeclKind> kindOfKeyword(std::size_t type) {
  switch (type) {
    case TrustLexer::TENANT: return DeclKind::Tenant;
    case TrustLexer::OWNER: return DeclKind::Owner;
    case TrustLexer::ENVIRONMENT: return DeclKind::Environment;
    case TrustLexer::MANAGEMENT_GROUP: return DeclKind::ManagementGroup;
    case TrustLexer::SUBSCRIPTION: return DeclKind::Subscription;
    case TrustLexer::RESOURCE_GROUP: return DeclKind::ResourceGroup;
    case TrustLexer::RESOURCE: return DeclKind::Resource;
    case TrustLexer::WORKLOAD: return DeclKind::Workload;
    case TrustLexer::IDENTITY: return DeclKind::Identity;
    case TrustLexer::ROLE: return DeclKind::Role;
    case TrustLexer::POLICY: return DeclKind::Policy;
    case TrustLexer::INITIATIVE: return DeclKind::Initiative;
    case TrustLexer::ASSIGNMENT: return DeclKind::Assignment;
    case TrustLexer::EXEMPTION: return DeclKind::Exemption;
    case TrustLexer::CONTROL: return DeclKind::Control;
    case TrustLexer::CAPABILITY: return DeclKind::Capability;
    case TrustLexer::ISSUER: return DeclKind::Issuer;
    case TrustLexer::SECRET: return DeclKind::Secret;
    case TrustLexer::CERTIFICATE: return DeclKind::Certificate;
    default: return std::nullopt;
  }
}

void markIncomplete(Decl& d) {
  d.incomplete = true;
  for (auto& m : d.members) markIncomplete(*m);
}

}  // namespace

void Lowering::topItem(TrustParser::TopItemContext* ctx, ast::File& out, const antlr4::Token* next,
                       bool recovered) {
  if (!ctx) return;
  if (auto* imp = ctx->importDecl()) {
    lastDecl_ = nullptr;
    if (!imp->STRING()) return;
    ast::Value path = string(imp->STRING());
    out.imports.push_back({path.text, path.location});
  } else if (auto* d = ctx->decl()) {
    lastDecl_ = nullptr;
    if (auto lowered = decl(d)) {
      if (recovered) markIncomplete(*lowered);
      lastDecl_ = lowered.get();
      out.decls.push_back(std::move(lowered));
    }
  } else {
    // Whatever comes unexpectedly after a declaration, the declaration
    // probably lost its block or part of its header.
    Decl* before = lastDecl_;
    if (before) markIncomplete(*before);
    lastDecl_ = nullptr;
    if (auto* s = ctx->stray()) stray(s, next, before && !before->hasBlock ? before : nullptr);
  }
}

void Lowering::stray(TrustParser::StrayContext* ctx, const antlr4::Token* next, const Decl* header) {
  const antlr4::Token* t = ctx->getStart();
  if (!t) return;
  std::size_t type = t->getType();
  if (type == TrustLexer::ERROR_CHAR || type == TrustLexer::UNTERMINATED_STRING ||
      type == TrustLexer::WRONG_QUOTES) {
    return;  // reported by the token pass
  }
  if (type == TrustLexer::RBRACE) {
    sink_.error(DiagKind::SyntaxError, at(t), "unmatched `}}`: no block is open here");
    return;
  }
  std::size_t after = next ? next->getType() : antlr4::Token::EOF;
  if (type == TrustLexer::ID && (after == TrustLexer::ASSIGN || after == TrustLexer::COLON)) {
    Diagnostic& d = sink_.error(
        DiagKind::SyntaxError, at(t),
        "property `{}` is outside any block; properties go inside a declaration's `{{ }}`", t->getText());
    d.notes.push_back({{}, "is the `{` after the declaration's name missing, or a `}` too early?"});
    return;
  }
  std::optional<std::string> keyword;
  if (type == TrustLexer::ID) keyword = closestMatch(t->getText(), ast::allKeywords());
  Diagnostic* d = nullptr;
  if (type == TrustLexer::ID && header && !keyword) {
    // Right after a header without a block: probably meant as part of it.
    d = &sink_.error(DiagKind::SyntaxError, at(t), "unexpected {} after `{} {}`", describeToken(t),
                     ast::keyword(header->kind), header->nameText());
    d->notes.push_back({{},
                        "a declaration's name is followed by its kind after `:`, its placement after `in` or "
                        "`on`, and its block `{ }`, in this order"});
    return;
  }
  d = &sink_.error(DiagKind::SyntaxError, at(t),
                   "expected a declaration such as `identity` or `workload`, found {}", describeToken(t));
  if (keyword) {
    d->notes.push_back({{}, fmt::format("did you mean `{}`?", *keyword)});
    d->fix = Fix{fmt::format("replace with `{}`", *keyword), {{at(t), *keyword}}};
  }
}

std::unique_ptr<Decl> Lowering::decl(TrustParser::DeclContext* ctx) {
  if (!ctx) return nullptr;
  auto d = std::make_unique<Decl>();
  d->location = at(ctx);
  d->keywordLocation = at(ctx->getStart());
  TrustParser::BlockContext* body = nullptr;

  if (auto* c = dynamic_cast<TrustParser::HeaderDeclContext*>(ctx)) {
    if (!c->declKeyword()) return nullptr;
    auto kind = kindOfKeyword(c->declKeyword()->getStart()->getType());
    if (!kind) return nullptr;
    d->kind = *kind;
    d->builtin = c->BUILTIN() != nullptr;
    d->keywordLocation = at(c->declKeyword());
    if (auto* n = c->declName()) {
      d->name = n->STRING() ? string(n->STRING()) : ref(n->ref());
    }
    if (auto* l = c->label()) {
      d->label = l->STRING() ? string(l->STRING()) : literal(l->GUID(), ast::Value::Kind::Guid);
    }
    if (c->kind) d->type = name(c->kind);
    if (c->placement && c->target) {
      d->target = ref(c->target);
      d->targetIsOn = c->placement->getType() == TrustLexer::ON;
    }
    clauses(c->clause(), *d);
    body = c->block();
  } else if (auto* c = dynamic_cast<TrustParser::NeedsDeclContext*>(ctx)) {
    d->kind = DeclKind::Needs;
    if (auto* p = c->permission()) {
      if (p->STRING())
        d->name = string(p->STRING());
      else if (p->WRONG_QUOTES())
        d->name = string(p->WRONG_QUOTES());
      else
        d->name = ref(p->ref());
    }
    if (c->target) {
      d->target = ref(c->target);
      d->targetIsOn = true;
    }
    clauses(c->clause(), *d);
    body = c->block();
  } else if (auto* c = dynamic_cast<TrustParser::GrantDeclContext*>(ctx)) {
    d->kind = DeclKind::Grant;
    if (auto* r = c->roleRef()) {
      if (r->STRING())
        d->name = string(r->STRING());
      else if (r->WRONG_QUOTES())
        d->name = string(r->WRONG_QUOTES());
      else if (r->GUID())
        d->name = literal(r->GUID(), ast::Value::Kind::Guid);
      else if (r->ref())
        d->name = ref(r->ref());
      else if (!r->ID().empty())
        d->name = unquotedRole(r);
    }
    if (c->target) {
      d->target = ref(c->target);
      d->targetIsOn = true;
    }
    if (c->wrongOn) {
      Location word = at(c->wrongOn);
      Diagnostic& diag = sink_.error(DiagKind::SyntaxError, word,
                                     "a grant names its scope with `on`, not `{}`", c->wrongOn->getText());
      diag.fix = Fix{"replace with `on`", {{word, "on"}}};
    }
    clauses(c->clause(), *d);
    body = c->block();
  } else if (auto* c = dynamic_cast<TrustParser::TrustDeclContext*>(ctx)) {
    d->kind = DeclKind::Trust;
    if (c->issuerName) d->name = ref(c->issuerName);
    if (c->credName) d->alias = name(c->credName);
    clauses(c->clause(), *d);
    body = c->block();
  } else if (auto* c = dynamic_cast<TrustParser::SuppressDeclContext*>(ctx)) {
    d->kind = DeclKind::Suppress;
    if (c->ruleId) {
      ast::Ident id = name(c->ruleId);
      ast::Value v;
      v.kind = ast::Value::Kind::Ref;
      v.location = id.location;
      v.text = id.text;
      v.parts.push_back(std::move(id));
      d->name = std::move(v);
    }
    clauses(c->clause(), *d);
    body = c->block();
  } else {
    return nullptr;
  }

  if (body) {
    d->hasBlock = true;
    block(body, d->properties, &d->members, "");
  }
  return d;
}

void Lowering::clauses(const std::vector<TrustParser::ClauseContext*>& ctxs, Decl& out) {
  for (auto* c : ctxs) {
    ast::Clause clause;
    clause.keywordLocation = at(c->getStart());
    TrustParser::ValueContext* v = nullptr;
    if (auto* b = dynamic_cast<TrustParser::BecauseClauseContext*>(c)) {
      clause.kind = ast::Clause::Kind::Because;
      v = b->value();
    } else if (auto* u = dynamic_cast<TrustParser::UntilClauseContext*>(c)) {
      clause.kind = ast::Clause::Kind::Until;
      v = u->value();
    } else if (auto* w = dynamic_cast<TrustParser::WhenClauseContext*>(c)) {
      clause.kind = ast::Clause::Kind::When;
      v = w->value();
    } else if (auto* y = dynamic_cast<TrustParser::ByClauseContext*>(c)) {
      clause.kind = ast::Clause::Kind::By;
      v = y->value();
    } else
      continue;
    clause.value = value(v);
    out.clauses.push_back(std::move(clause));
  }
}

void Lowering::block(TrustParser::BlockContext* ctx, std::vector<ast::Property>& properties,
                     std::vector<std::unique_ptr<Decl>>* members, const char* where) {
  if (!ctx) return;
  for (auto* m : ctx->member()) {
    if (auto* p = dynamic_cast<TrustParser::PropertyContext*>(m)) {
      if (!p->propKey()) continue;
      ast::Property prop;
      prop.key = name(p->propKey()->name());
      prop.value = value(p->value());
      prop.location = at(p);
      if (p->COLON()) {
        Location colon = at(p->COLON()->getSymbol());
        Diagnostic& d = sink_.error(DiagKind::ColonForAssign, colon,
                                    "properties are written `{} = value`, with `=`, not `:`", prop.key.text);
        d.fix = Fix{"replace `:` with `=`", {{colon, "="}}};
      }
      properties.push_back(std::move(prop));
    } else if (auto* s = dynamic_cast<TrustParser::SectionContext*>(m)) {
      if (!s->propKey()) continue;
      if (auto d = sectionDecl(s)) {
        if (!members) {
          sink_.error(DiagKind::MisplacedDeclaration, d->keywordLocation,
                      "`{}` declarations cannot appear inside {}", ast::keyword(d->kind), where);
          continue;
        }
        members->push_back(std::move(d));
        continue;
      }
      ast::Property prop;
      prop.key = name(s->propKey()->name());
      prop.location = at(s);
      prop.value.kind = ast::Value::Kind::Object;
      prop.value.location = at(s->block());
      block(s->block(), prop.value.fields, nullptr, "a section");
      properties.push_back(std::move(prop));
    } else if (auto* a = dynamic_cast<TrustParser::MissingAssignContext*>(m)) {
      if (!a->propKey() || !a->bareValue()) continue;
      ast::Property prop;
      prop.key = name(a->propKey()->name());
      prop.value = bareValue(a->bareValue());
      prop.location = at(a);
      Location key = prop.key.location;
      Diagnostic& d = sink_.error(DiagKind::SyntaxError, prop.value.location,
                                  "missing `=` between `{}` and its value", prop.key.text);
      d.fix = Fix{"insert `=`", {{{key.file, {key.range.end, key.range.end}}, " ="}}};
      properties.push_back(std::move(prop));
    } else if (auto* n = dynamic_cast<TrustParser::NestedDeclContext*>(m)) {
      auto d = decl(n->decl());
      if (!d) continue;
      if (!members) {
        sink_.error(DiagKind::MisplacedDeclaration, d->keywordLocation,
                    "`{}` declarations cannot appear inside {}", ast::keyword(d->kind), where);
        continue;
      }
      members->push_back(std::move(d));
    }
  }
}

// `grant Storage Blob Data Reader on st`: the words are read as the quoted
// role name, after one error with the fix.
ast::Value Lowering::unquotedRole(TrustParser::RoleRefContext* ctx) {
  ast::Value v;
  v.kind = ast::Value::Kind::String;
  v.location = at(ctx);
  for (auto* word : ctx->ID()) {
    if (!v.text.empty()) v.text += ' ';
    v.text += word->getText();
  }
  std::string quoted = "\"" + v.text + "\"";
  Diagnostic& d = sink_.error(DiagKind::SyntaxError, v.location,
                              "a role name with spaces is written in quotes: `{}`", quoted);
  d.fix = Fix{"add the quotes", {{v.location, quoted}}};
  return v;
}

// `certificate { ... }`: a declaration keyword followed by a block is a
// declaration without a name (the grammar reads it as a section).
std::unique_ptr<Decl> Lowering::sectionDecl(TrustParser::SectionContext* ctx) {
  TrustParser::NameContext* key = ctx->propKey()->name();
  if (!key || !key->softKeyword()) return nullptr;
  auto kind = kindOfKeyword(key->getStart()->getType());
  if (!kind) return nullptr;
  auto d = std::make_unique<Decl>();
  d->kind = *kind;
  d->location = at(ctx);
  d->keywordLocation = at(key);
  d->hasBlock = true;
  block(ctx->block(), d->properties, &d->members, "");
  return d;
}

ast::Value Lowering::bareValue(TrustParser::BareValueContext* ctx) {
  const antlr4::Token* t = ctx->getStart();
  switch (t->getType()) {
    case TrustLexer::STRING: return string(ctx->STRING());
    case TrustLexer::WRONG_QUOTES: return string(ctx->WRONG_QUOTES());
    case TrustLexer::NUMBER: return literal(ctx->NUMBER(), ast::Value::Kind::Number);
    case TrustLexer::DATE: return literal(ctx->DATE(), ast::Value::Kind::Date);
    case TrustLexer::DURATION: return literal(ctx->DURATION(), ast::Value::Kind::Duration);
    case TrustLexer::GUID: return literal(ctx->GUID(), ast::Value::Kind::Guid);
    default: break;
  }
  ast::Value v;
  v.kind = ast::Value::Kind::Bool;
  v.location = at(t);
  v.boolean = t->getType() == TrustLexer::TRUE;
  v.text = v.boolean ? "true" : "false";
  return v;
}

}  // namespace trustc::syntax
