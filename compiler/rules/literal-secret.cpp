// literal-secret: a secret's value written in a manifest (`value = "..."`),
// or any string that has the shape of an Entra ID client secret. Manifests
// live in source control, so the secret is exposed: rotate it and keep it in
// a vault. The value itself is never repeated in a diagnostic.
#include <cctype>

#include "rules/context.h"
#include "sema/analyzer.h"

namespace trustc::rules {

namespace {

bool secretChar(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '~' || c == '.' || c == '-';
}

// Entra ID client secrets since 2021: three characters, a digit, `Q~`, and
// 31 to 34 more (the pattern secret scanners use).
bool looksLikeClientSecret(std::string_view s) {
  for (std::size_t q = s.find("Q~"); q != std::string_view::npos; q = s.find("Q~", q + 1)) {
    if (q < 4 || !std::isdigit(static_cast<unsigned char>(s[q - 1]))) continue;
    bool head = secretChar(s[q - 2]) && secretChar(s[q - 3]) && secretChar(s[q - 4]);
    std::size_t tail = 0;
    while (q + 2 + tail < s.size() && secretChar(s[q + 2 + tail])) ++tail;
    if (head && tail >= 31 && tail <= 34) return true;
  }
  return false;
}

void scan(RuleContext& ctx, const ast::Decl& owner, const ast::Value& v, const ast::Value* skip) {
  if (&v == skip) return;
  if (v.kind == ast::Value::Kind::String && looksLikeClientSecret(v.text)) {
    ctx.report(owner, v.location, "this string has the shape of an Entra ID client secret; remove it and rotate the secret")
        .notes.push_back({{}, "manifests are kept in source control: keep secrets in a vault"});
  }
  for (const ast::Value& item : v.items) scan(ctx, owner, item, skip);
  for (const ast::Property& p : v.fields) scan(ctx, owner, p.value, skip);
}

void scan(RuleContext& ctx, const ast::Decl& d) {
  const ast::Value* value = nullptr;
  if (d.kind == ast::DeclKind::Secret) {
    value = sema::propertyValue(d, "value");
    if (value) {
      std::string what = d.name ? fmt::format("secret `{}`", d.nameText()) : std::string("this secret");
      ctx.report(d, value->location, "the value of {} is written in the manifest; remove it and rotate the secret", what)
          .notes.push_back({{}, "manifests are kept in source control: keep the secret in a vault (or, better, "
                                "replace it with a federated `trust`)"});
    }
  }
  if (d.name) scan(ctx, d, *d.name, value);
  if (d.label) scan(ctx, d, *d.label, value);
  for (const ast::Clause& c : d.clauses) scan(ctx, d, c.value, value);
  for (const ast::Property& p : d.properties) scan(ctx, d, p.value, value);
  for (const auto& m : d.members) scan(ctx, *m);
}

}  // namespace

void checkLiteralSecret(RuleContext& ctx) {
  for (const auto& file : ctx.compilation().files) {
    for (const auto& d : file->decls) scan(ctx, *d);
  }
}

}  // namespace trustc::rules
