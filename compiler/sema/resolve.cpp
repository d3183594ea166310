#include <fmt/format.h>

#include "sema/analyzer.h"
#include "sema/literals.h"
#include "support/spelling.h"

namespace trustc::sema {

using ast::Decl;
using ast::Value;

namespace {

void didYouMean(Diagnostic& d, const Value& v, const std::vector<std::string_view>& candidates, bool quoted) {
  auto m = closestMatch(v.text, candidates);
  if (!m) return;
  std::string replacement = quoted ? fmt::format("\"{}\"", *m) : *m;
  d.notes.push_back({{}, fmt::format("did you mean {}?", quoted ? replacement : "`" + *m + "`")});
  d.fix = Fix{fmt::format("replace with {}", quoted ? replacement : "`" + *m + "`"), {{v.location, replacement}}};
}

}  // namespace

const Symbol* Analyzer::resolveRef(const Value& ref, KindSet kinds, std::string_view what) {
  if (ref.kind != Value::Kind::Ref) return nullptr;
  const Symbol* s = c_.symbols.find(ref.text);
  if (!s) {
    Diagnostic& d = diags_.error(DiagKind::UnknownName, ref.location,
                                 "unknown name `{}`; expected the name of {}", ref.text,
                                 what.empty() ? kinds.describe() : "a " + std::string(what));
    auto accept = [](ast::DeclKind k, const void* ctx) { return static_cast<const KindSet*>(ctx)->contains(k); };
    didYouMean(d, ref, c_.symbols.namesOf(accept, &kinds), false);
    return nullptr;
  }
  if (!kinds.contains(s->decl->kind)) {
    Diagnostic& d = diags_.error(DiagKind::WrongKind, ref.location, "`{}` is {}, but {} is needed here", ref.text,
                                 describeKind(s->decl->kind), kinds.describe());
    d.notes.push_back({s->decl->name->location, fmt::format("`{}` is declared here", ref.text)});
    return nullptr;
  }
  resolved_[&ref] = s;
  return s;
}

const Symbol* Analyzer::resolveInCatalogue(const Value& v, const SymbolTable::Catalogue& catalogue,
                                           std::string_view what) {
  if (const Symbol* s = catalogue.find(v.text)) {
    resolved_[&v] = s;
    return s;
  }
  Diagnostic& d = diags_.error(DiagKind::UnknownName, v.location, "unknown {} `{}`", what, v.text);
  if (v.kind != Value::Kind::Guid) didYouMean(d, v, catalogue.displayNames(), v.kind == Value::Kind::String);
  return nullptr;
}

const Symbol* Analyzer::resolveRole(const Decl& grant) {
  const Value& role = *grant.name;
  if (role.kind == Value::Kind::Ref) {
    // A custom role declared by the project.
    if (const Symbol* s = c_.symbols.find(role.text); s && s->decl->kind == ast::DeclKind::Role) {
      resolved_[&role] = s;
      return s;
    }
    if (const Symbol* s = c_.symbols.roles.find(role.text)) {  // a built-in role named without quotes
      resolved_[&role] = s;
      return s;
    }
    if (c_.symbols.find(role.text)) return resolveRef(role, {ast::DeclKind::Role}, {});  // the wrong kind
    Diagnostic& d = diags_.error(DiagKind::UnknownName, role.location,
                                 "unknown role `{}`: no custom role or built-in role has this name", role.text);
    auto isRole = [](ast::DeclKind k, const void*) { return k == ast::DeclKind::Role; };
    std::vector<std::string_view> candidates = c_.symbols.namesOf(isRole, nullptr);
    std::vector<std::string_view> builtins = c_.symbols.roles.displayNames();
    candidates.insert(candidates.end(), builtins.begin(), builtins.end());
    if (auto m = closestMatch(role.text, candidates)) {
      bool quoted = m->find(' ') != std::string::npos || c_.symbols.roles.find(*m);
      std::string replacement = quoted ? fmt::format("\"{}\"", *m) : *m;
      d.notes.push_back({{}, fmt::format("did you mean {}?", quoted ? replacement : "`" + *m + "`")});
      d.fix = Fix{fmt::format("replace with {}", quoted ? replacement : "`" + *m + "`"), {{role.location, replacement}}};
    } else {
      d.notes.push_back({{}, "built-in roles are written in quotes with their Azure name, e.g. `grant \"Reader\" on rg-app`"});
    }
    return nullptr;
  }
  if (const Symbol* s = c_.symbols.roles.find(role.text)) {
    resolved_[&role] = s;
    return s;
  }
  if (role.kind == Value::Kind::Guid || (role.kind == Value::Kind::String && isGuid(role.text))) {
    Diagnostic& d = diags_.error(DiagKind::UnknownName, role.location,
                                 "no built-in role has the id `{}`, and no custom role declares it", role.text);
    d.notes.push_back({{}, "declare the custom role with `role NAME \"GUID\" { ... }`, or import your tenant's "
                           "roles with `trustc import-roles`"});
    return nullptr;
  }
  return resolveInCatalogue(role, c_.symbols.roles, "role");
}

void Analyzer::resolveProperties(const std::vector<ast::Property>& props, const std::vector<PropertySpec>& specs) {
  for (const ast::Property& p : props) {
    const PropertySpec* spec = findProperty(specs, p.key.text);
    if (!spec) continue;
    const Value& v = p.value;
    switch (spec->type) {
      case ValueType::Ref:
        resolveRef(v, spec->refKinds, {});
        break;
      case ValueType::RefList:
        if (v.kind == Value::Kind::List) {
          for (const Value& item : v.items) resolveRef(item, spec->refKinds, {});
        } else {
          resolveRef(v, spec->refKinds, {});
        }
        break;
      case ValueType::StringOrRef:
        if (v.kind == Value::Kind::Ref) resolveRef(v, spec->refKinds, {});
        break;
      case ValueType::Section:
        if (v.kind == Value::Kind::Object) resolveProperties(v.fields, spec->fields);
        break;
      default:
        break;
    }
  }
}

void Analyzer::resolve(const Decl& d) {
  const DeclSpec& spec = specOf(d.kind);
  if (d.target && !spec.targetKinds.empty()) resolveRef(*d.target, spec.targetKinds, {});
  resolveProperties(d.properties, spec.properties);
  if (const ast::Clause* by = clause(d, ast::Clause::Kind::By)) resolveRef(by->value, {ast::DeclKind::Owner}, {});
  if (d.name) {
    switch (d.kind) {
      case ast::DeclKind::Needs:
        if (d.name->kind == Value::Kind::Ref) resolveInCatalogue(*d.name, c_.symbols.capabilities, "capability");
        break;
      case ast::DeclKind::Grant:
        resolveRole(d);
        break;
      case ast::DeclKind::Trust:
        resolveInCatalogue(*d.name, c_.symbols.issuers, "issuer");
        break;
      case ast::DeclKind::Assignment:
        break;
      default:
        break;
    }
  }
  if (d.kind == ast::DeclKind::Assignment || d.kind == ast::DeclKind::Initiative) resolvePolicyRefs(d);
  for (const auto& m : d.members) resolve(*m);
}

}  // namespace trustc::sema
