#include <fmt/format.h>

#include "syntax/lowering.h"
#include "syntax/string_literal.h"

namespace trustc::syntax {

using ast::Value;

ast::Ident Lowering::name(TrustParser::NameContext* ctx) {
  ast::Ident id;
  if (!ctx) return id;
  id.text = ctx->getText();
  id.location = at(ctx);
  if (id.text.size() > limits_.maxNameLength) {
    sink_.error(DiagKind::TokenTooLong, id.location, "a name of {} characters is longer than the limit of {}",
                id.text.size(), limits_.maxNameLength);
    id.text.resize(limits_.maxNameLength);
  }
  return id;
}

Value Lowering::ref(TrustParser::RefContext* ctx) {
  Value v;
  v.kind = Value::Kind::Ref;
  if (!ctx) return v;
  v.location = at(ctx);
  for (auto* n : ctx->name()) {
    ast::Ident part = name(n);
    if (part.text.empty()) continue;  // a name the parser could not read (already reported)
    if (!v.text.empty()) v.text += '.';
    v.text += part.text;
    v.parts.push_back(std::move(part));
  }
  if (v.parts.empty()) v.kind = Value::Kind::Invalid;
  return v;
}

Value Lowering::string(antlr4::tree::TerminalNode* node) {
  Value v;
  v.kind = Value::Kind::String;
  if (!node) return v;
  const antlr4::Token* token = node->getSymbol();
  v.location = at(token);
  std::string raw = token->getText();
  if (token->getType() == TrustLexer::WRONG_QUOTES) {  // reported by the token pass; read as written
    v.text = raw.substr(1, raw.size() - 2);
    return v;
  }
  if (raw.size() > limits_.maxStringLength + 2) {  // the limit counts the bytes between the quotes
    sink_.error(DiagKind::TokenTooLong, v.location, "a string of {} bytes is longer than the limit of {}",
                raw.size() - 2, limits_.maxStringLength);
    return v;
  }
  v.text = decodeString(raw, file_, v.location.range.begin, sink_);
  return v;
}

Value Lowering::literal(antlr4::tree::TerminalNode* node, Value::Kind kind) {
  Value v;
  v.kind = kind;
  if (!node) return v;
  v.location = at(node->getSymbol());
  v.text = node->getText();
  return v;
}

Value Lowering::value(TrustParser::ValueContext* ctx) {
  Value v;
  if (!ctx) return v;
  if (auto* c = dynamic_cast<TrustParser::StringValueContext*>(ctx)) return string(c->STRING());
  if (auto* c = dynamic_cast<TrustParser::BadStringValueContext*>(ctx)) {
    v = string(c->UNTERMINATED_STRING());
    v.kind = Value::Kind::Invalid;  // already reported by the token pass
    return v;
  }
  if (auto* c = dynamic_cast<TrustParser::WrongQuotesValueContext*>(ctx)) return string(c->WRONG_QUOTES());
  if (auto* c = dynamic_cast<TrustParser::NumberValueContext*>(ctx))
    return literal(c->NUMBER(), Value::Kind::Number);
  if (auto* c = dynamic_cast<TrustParser::DateValueContext*>(ctx))
    return literal(c->DATE(), Value::Kind::Date);
  if (auto* c = dynamic_cast<TrustParser::DurationValueContext*>(ctx))
    return literal(c->DURATION(), Value::Kind::Duration);
  if (auto* c = dynamic_cast<TrustParser::GuidValueContext*>(ctx))
    return literal(c->GUID(), Value::Kind::Guid);
  if (auto* c = dynamic_cast<TrustParser::BoolValueContext*>(ctx)) {
    v.kind = Value::Kind::Bool;
    v.location = at(c);
    v.boolean = c->TRUE() != nullptr;
    v.text = v.boolean ? "true" : "false";
    return v;
  }
  if (auto* c = dynamic_cast<TrustParser::RefValueContext*>(ctx)) return ref(c->ref());
  if (auto* c = dynamic_cast<TrustParser::ListValueContext*>(ctx)) {
    v.kind = Value::Kind::List;
    v.location = at(c);
    for (auto* item : c->value()) v.items.push_back(value(item));
    return v;
  }
  if (auto* c = dynamic_cast<TrustParser::ObjectValueContext*>(ctx)) {
    v.kind = Value::Kind::Object;
    v.location = at(c);
    block(c->block(), v.fields, nullptr, "a block value");
    return v;
  }
  v.location = at(ctx);
  return v;
}

}  // namespace trustc::syntax
