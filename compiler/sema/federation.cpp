#include "sema/federation.h"
#include "sema/stdlib.h"

#include <algorithm>
#include <set>

#include "sema/analyzer.h"
#include "sema/federation_build.h"
#include "support/spelling.h"
#include "support/utf8.h"

namespace trustc::sema {

using ast::Decl;
using ast::Value;

namespace federation {

namespace {

// Parts every trust may have, whatever its issuer.
constexpr std::string_view kCommonParts[] = {"owner", "review", "description"};

std::vector<std::string> issuerFields(const Decl& issuer) {
  std::vector<std::string> out;
  const Value* v = propertyValue(issuer, "fields");
  if (!v) return {"issuer", "subject", "audience"};
  if (v->kind == Value::Kind::String) out.push_back(v->text);
  for (const Value& item : v->items) out.push_back(item.text);
  return out;
}

bool isCommonPart(std::string_view key) {
  return std::find(std::begin(kCommonParts), std::end(kCommonParts), key) != std::end(kCommonParts);
}

}  // namespace

TrustBuild::TrustBuild(Compilation& comp, const Identity& id, Trust& t, const Decl& iss)
    : c(comp), identity(id), trust(t), decl(*t.decl), issuer(iss) {}

const Value* TrustBuild::part(std::string_view key) const {
  std::vector<std::string> fields = issuerFields(issuer);
  if (std::find(fields.begin(), fields.end(), key) == fields.end()) return nullptr;
  return propertyValue(decl, key);
}

std::string TrustBuild::aTrust() const {
  std::string_view name = issuerName();
  bool vowel = !name.empty() && std::string_view("aeiouAEIOU").find(name.front()) != std::string_view::npos;
  return fmt::format("{} `{}` trust", vowel ? "an" : "a", name);
}

std::string TrustBuild::defaultUrl() const {
  const Value* v = propertyValue(issuer, "url");
  return v && v->kind == Value::Kind::String ? v->text : std::string();
}

Location TrustBuild::within(const Value& v, std::size_t offset, std::size_t length) const {
  Location at = v.location;
  if (v.kind != Value::Kind::String || offset == std::string::npos || offset >= v.text.size()) return at;
  const Range& r = at.range;
  std::size_t points = utf8::countCodePoints(v.text);
  // The literal is exact (no escapes) when it spans its text and two quotes.
  if (r.begin.line != r.end.line || r.end.column - r.begin.column != points + 2) return at;
  std::string_view text(v.text);
  auto begin = static_cast<std::uint32_t>(r.begin.column + 1 + utf8::countCodePoints(text.substr(0, offset)));
  length = std::min(length, text.size() - offset);
  at.range.begin.column = begin;
  at.range.end.column =
      begin + static_cast<std::uint32_t>(utf8::countCodePoints(text.substr(offset, length)));
  return at;
}

bool TrustBuild::check(const Value& v, const names::Check& problem, DiagKind kind) {
  if (!problem) return true;
  failed = true;
  c.diagnostics.add(kind, within(v, problem->offset, problem->length), problem->message);
  return false;
}

void TrustBuild::conflict(const Value& later, const Value& earlier, std::string message) {
  failed = true;
  // At the parts' keys, where a declaration may have them.
  auto keyOf = [](const Decl& owner, const Value& v) {
    for (const ast::Property& p : owner.properties) {
      if (&p.value == &v) return p.key.location;
    }
    return v.location;
  };
  Diagnostic& d = c.diagnostics.add(DiagKind::ConflictingTrustParts, keyOf(decl, later), std::move(message));
  d.notes.push_back({keyOf(decl, earlier), "the other part is here"});
}

std::string TrustBuild::listed(const std::vector<std::string_view>& keys) {
  std::string out;
  for (std::size_t i = 0; i < keys.size(); ++i) {
    if (i) out += i + 1 == keys.size() ? " and " : ", ";
    out += fmt::format("`{}`", keys[i]);
  }
  return out;
}

namespace {

// A part the issuer does not have (E0702).
void checkParts(TrustBuild& b, const SymbolTable& symbols) {
  std::vector<std::string> fields = issuerFields(b.issuer);
  for (const ast::Property& p : b.decl.properties) {
    const std::string& key = p.key.text;
    if (isCommonPart(key) || std::find(fields.begin(), fields.end(), key) != fields.end()) continue;
    // Unknown keys were reported by the schema check already.
    if (!findProperty(specOf(ast::DeclKind::Trust).properties, key)) continue;
    b.failed = true;
    Diagnostic& d = b.c.diagnostics.error(DiagKind::TrustPartNotOfIssuer, p.key.location,
                                          "`{}` is not a part of {}", key, b.aTrust());
    std::vector<std::string_view> owners;
    auto consider = [&](const ast::Decl& issuer) {
      if (&issuer == &b.issuer) return;
      std::vector<std::string> other = issuerFields(issuer);
      if (std::find(other.begin(), other.end(), key) != other.end()) owners.push_back(issuer.nameText());
    };
    for (const auto& [name, symbol] : symbols.issuers.byKey) consider(*symbol.decl);
    if (symbols.issuers.stdlib) {
      for (const ast::Decl* issuer : symbols.issuers.stdlib->declsOf(ast::DeclKind::Issuer))
        consider(*issuer);
    }
    if (!owners.empty()) {
      d.notes.push_back({{}, fmt::format("`{}` belongs to {} trusts", key, TrustBuild::listed(owners))});
    }
    std::vector<std::string_view> own(fields.begin(), fields.end());
    if (auto m = closestMatch(key, own)) {
      d.notes.push_back({{}, fmt::format("did you mean `{}`?", *m)});
      d.fix = Fix{fmt::format("replace with `{}`", *m), {{p.key.location, *m}}};
    } else {
      d.notes.push_back({{}, fmt::format("{} has {}", b.aTrust(), TrustBuild::listed(own))});
    }
  }
}

void dispatch(TrustBuild& b) {
  std::string_view name = b.issuer.builtin ? b.issuer.nameText() : std::string_view();
  if (name == "github")
    buildGitHub(b);
  else if (name == "kubernetes")
    buildKubernetes(b);
  else if (name == "azure_devops")
    buildAzureDevOps(b);
  else if (name == "gitlab")
    buildGitLab(b);
  else if (name == "terraform")
    buildTerraform(b);
  else
    buildOidc(b);
}

void checkLength(TrustBuild& b, const std::string& text, std::string_view what, Location at) {
  if (text.size() <= kMaxFederationValueLength) return;
  b.failed = true;
  b.c.diagnostics.error(DiagKind::FederationValueTooLong, at,
                        "the {} of federated credential `{}` is {} characters long; Azure accepts at most {}",
                        what, b.trust.name, text.size(), kMaxFederationValueLength);
}

// Whether every part has the type the schema gives it (wrong types are reported there).
bool wellTyped(const Decl& trust) {
  for (const ast::Property& p : trust.properties) {
    const PropertySpec* spec = findProperty(specOf(ast::DeclKind::Trust).properties, p.key.text);
    if (!spec) return false;
    Value::Kind want = spec->type == ValueType::Bool     ? Value::Kind::Bool
                       : spec->type == ValueType::Ref    ? Value::Kind::Ref
                       : spec->type == ValueType::String ? Value::Kind::String
                                                         : p.value.kind;
    if (p.value.kind != want) return false;
  }
  return true;
}

void buildTrust(Compilation& c, const Identity& identity, Trust& t) {
  const Symbol* issuer = t.decl->name ? c.symbols.issuers.find(t.decl->nameText()) : nullptr;
  if (!issuer || !wellTyped(*t.decl)) return;        // reported already
  t.issuer = std::string(issuer->decl->nameText());  // as the issuer spells it
  TrustBuild b(c, identity, t, *issuer->decl);
  checkParts(b, c.symbols);
  dispatch(b);
  if (b.issuerSource) {
    b.check(*b.issuerSource, names::issuerUrl(b.issuerUrl), DiagKind::IssuerNotHttps);
  } else if (!b.issuerUrl.empty() && names::issuerUrl(b.issuerUrl)) {
    b.failed = true;  // a cluster's or a declared issuer's URL, reported where it is written
  }
  std::string audience(kDefaultAudience);
  if (const Value* a = b.part("audience")) {
    audience = a->text;
    if (audience.empty()) {
      b.failed = true;
      c.diagnostics.error(DiagKind::MalformedTrustPart, a->location,
                          "the audience is empty; leave `audience` out to use `{}`", kDefaultAudience);
    }
    checkLength(b, audience, "audience", a->location);
  }
  if (const Value* s = b.part("subject"); s && s->text.empty()) {
    b.failed = true;
    c.diagnostics.error(DiagKind::MalformedTrustPart, s->location,
                        "the subject is empty; give the exact `sub` of the tokens");
  }
  Location at = t.decl->name->location;
  if (!b.failed) {
    checkLength(b, b.issuerUrl, "issuer", b.issuerSource ? b.issuerSource->location : at);
    const Value* s = b.part("subject");
    checkLength(b, b.subject, "subject", s ? s->location : at);
  }
  t.audience = audience;
  if (b.failed) return;
  t.issuerUrl = std::move(b.issuerUrl);
  t.subject = std::move(b.subject);
}

}  // namespace
}  // namespace federation

bool isPipelineIssuer(std::string_view issuer) {
  return issuer == "github" || issuer == "azure_devops" || issuer == "gitlab" || issuer == "terraform";
}

void buildFederation(Compilation& c) {
  // A cluster's issuer URL, checked once where it is declared.
  for (const Scope& s : c.model.scopes) {
    const Value* url = propertyValue(*s.decl, "oidc_issuer");
    if (!url || url->kind != Value::Kind::String) continue;
    if (auto problem = names::issuerUrl(url->text)) {
      c.diagnostics.add(DiagKind::IssuerNotHttps, url->location, problem->message);
    }
  }
  // The `url` of an issuer the project declares, likewise.
  std::set<const Decl*> seen;
  for (const auto& [key, symbol] : c.symbols.issuers.byKey) {
    const Value* url = propertyValue(*symbol.decl, "url");
    if (symbol.stdlib || !url || url->kind != Value::Kind::String || !seen.insert(symbol.decl).second)
      continue;
    if (auto problem = names::issuerUrl(url->text)) {
      c.diagnostics.add(DiagKind::IssuerNotHttps, url->location, problem->message);
    }
  }
  for (Identity& identity : c.model.identities) {
    for (Trust& t : identity.trusts) federation::buildTrust(c, identity, t);
  }
}

}  // namespace trustc::sema
