// literal-secret: a secret's value written in a manifest (`value = "..."`),
// or any string that has the shape of an Entra ID client secret. Manifests
// live in source control, so the secret is exposed: rotate it and keep it in
// a vault. The value itself is never repeated in a diagnostic, and renderers
// mask it where they quote the source (sema/secrets.h).
#include "rules/context.h"
#include "sema/analyzer.h"
#include "sema/secrets.h"

namespace trustc::rules {

namespace {

void scan(RuleContext& ctx, const ast::Decl& owner, const ast::Value& v, const ast::Value* skip) {
  if (&v == skip) return;
  if (v.kind == ast::Value::Kind::String && sema::looksLikeClientSecret(v.text)) {
    ctx.report(owner, v.location,
               "this string has the shape of an Entra ID client secret; remove it and rotate the secret")
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
      ctx.report(d, value->location,
                 "the value of {} is written in the manifest; remove it and rotate the secret", what)
          .notes.push_back({{},
                            "manifests are kept in source control: keep the secret in a vault (or, better, "
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
