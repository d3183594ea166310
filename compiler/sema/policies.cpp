// Policy and initiative definitions (built-ins of the standard library and the
// project's own) and the assignments that use them: which definition an
// assignment names, the effect it chooses and the parameter values it gives.
#include <fmt/format.h>

#include <algorithm>
#include <set>

#include "sema/analyzer.h"
#include "sema/literals.h"
#include "support/spelling.h"

namespace trustc::sema {

using ast::Decl;
using ast::Value;

namespace {

bool equalsIgnoreCase(std::string_view a, std::string_view b) {
  return a.size() == b.size() && toLower(a) == toLower(b);
}

// Azure's parameter types and the literals that can hold them.
constexpr std::string_view kParameterTypes[] = {"String", "Array", "Object", "Boolean", "Integer", "Float", "DateTime"};

bool fitsType(std::string_view type, const Value& v) {
  using VK = Value::Kind;
  if (type == "String") return v.kind == VK::String || v.kind == VK::Guid;
  if (type == "Array") return v.kind == VK::List;
  if (type == "Object") return v.kind == VK::Object;
  if (type == "Boolean") return v.kind == VK::Bool;
  if (type == "Integer" || type == "Float") return v.kind == VK::Number;
  if (type == "DateTime") return v.kind == VK::String || v.kind == VK::Date;
  return true;
}

std::string_view typeExample(std::string_view type) {
  if (type == "String") return "a string";
  if (type == "Array") return "a list `[...]`";
  if (type == "Object") return "a block `{ ... }`";
  if (type == "Boolean") return "`true` or `false`";
  if (type == "Integer" || type == "Float") return "a number";
  if (type == "DateTime") return "a date or a date-time string";
  return "a value";
}

bool sameValue(const Value& a, const Value& b) {
  using VK = Value::Kind;
  auto textual = [](VK k) { return k == VK::String || k == VK::Guid || k == VK::Date || k == VK::Number; };
  if (textual(a.kind) && textual(b.kind)) return a.text == b.text;
  if (a.kind != b.kind) return false;
  if (a.kind == VK::Bool) return a.boolean == b.boolean;
  if (a.kind == VK::List) {
    if (a.items.size() != b.items.size()) return false;
    for (std::size_t i = 0; i < a.items.size(); ++i) {
      if (!sameValue(a.items[i], b.items[i])) return false;
    }
    return true;
  }
  return a.text == b.text;
}

std::string show(const Value& v) {
  if (v.kind == Value::Kind::String) return fmt::format("\"{}\"", v.text);
  if (v.kind == Value::Kind::Bool) return v.boolean ? "true" : "false";
  return v.text;
}

// A value in a message: scalars as written, lists and blocks by their kind.
std::string shown(const Value& v) {
  if (v.kind == Value::Kind::List) return "a list";
  if (v.kind == Value::Kind::Object) return "a block";
  if (v.kind == Value::Kind::Bool) return v.boolean ? "`true`" : "`false`";
  return v.kind == Value::Kind::String ? show(v) : fmt::format("`{}`", v.text);
}

std::string showAllowed(const Value& allowed) {
  std::vector<std::string> items;
  for (const Value& item : allowed.items) items.push_back(show(item));
  return fmt::format("{}", fmt::join(items, ", "));
}

constexpr std::string_view kParameterFields[] = {"type",         "default",     "allowed",      "display_name",
                                                 "description",  "strong_type", "default_json", "allowed_json"};

}  // namespace

void Analyzer::resolvePolicyRefs(const Decl& d) {
  auto resolvePolicy = [&](const Value& policy, KindSet kinds) {
    if (policy.kind == Value::Kind::Ref) return;  // resolved with the properties
    const Symbol* s = resolveInCatalogue(policy, c_.symbols.policies, "policy");
    if (!s && (policy.kind == Value::Kind::Guid || isGuid(policy.text))) {
      diags_.diagnostics().back().notes.push_back(
          {{}, "no built-in policy of the standard library has this id: declare the definition with `policy NAME "
               "{ ... }`, or add your tenant's definitions to a --stdlib folder with `trustc import-policies`"});
    }
    if (s && !kinds.contains(s->decl->kind)) {
      diags_.error(DiagKind::WrongKind, policy.location, "`{}` is an initiative; an initiative contains policies, not "
                   "other initiatives", policy.text);
      resolved_.erase(&policy);
    }
  };
  if (d.kind == ast::DeclKind::Assignment) {
    if (const Value* policy = propertyValue(d, "policy")) resolvePolicy(*policy, {ast::DeclKind::Policy, ast::DeclKind::Initiative});
    return;
  }
  for (const ast::Property& p : d.properties) {
    if (p.key.text != "definition" || p.value.kind != Value::Kind::Object) continue;
    if (const Value* policy = fieldValue(p.value, "policy")) resolvePolicy(*policy, {ast::DeclKind::Policy});
  }
}

void Analyzer::buildDefinitions() {
  for (const Decl* d : userDecls_) {
    if ((d->kind == ast::DeclKind::Policy || d->kind == ast::DeclKind::Initiative) && d->name) definitionOf(*d);
  }
}

std::vector<PolicyParameter> Analyzer::definitionParameters(const Decl& d) {
  std::vector<PolicyParameter> out;
  const Value* params = propertyValue(d, "parameters");
  if (!params) return out;
  if (params->kind != Value::Kind::Object) {
    wrongType(*params, "parameters", "a block of parameter definitions `{ NAME { type = \"String\" ... } }`");
    return out;
  }
  for (const ast::Property& field : params->fields) {
    PolicyParameter p;
    p.name = field.key.text;
    const Value& v = field.value;
    if (v.kind != Value::Kind::Object) {
      diags_.error(DiagKind::MalformedPolicyParameter, v.location,
                   "the parameter `{}` is defined by a block, e.g. `{} {{ type = \"String\" default = \"x\" }}`", p.name,
                   p.name);
      continue;
    }
    for (const ast::Property& f : v.fields) {
      if (std::find(std::begin(kParameterFields), std::end(kParameterFields), f.key.text) != std::end(kParameterFields)) {
        continue;
      }
      Diagnostic& diag = diags_.error(DiagKind::MalformedPolicyParameter, f.key.location,
                                      "a parameter definition has no field `{}`", f.key.text);
      std::vector<std::string_view> names(std::begin(kParameterFields), std::end(kParameterFields));
      if (auto m = closestMatch(f.key.text, names)) diag.notes.push_back({{}, fmt::format("did you mean `{}`?", *m)});
    }
    const Value* type = fieldValue(v, "type");
    if (!type || type->kind != Value::Kind::String) {
      diags_.error(DiagKind::MalformedPolicyParameter, type ? type->location : field.key.location,
                   "the parameter `{}` needs `type = \"...\"`, one of {}", p.name, fmt::join(kParameterTypes, ", "));
      continue;
    }
    auto known = std::find_if(std::begin(kParameterTypes), std::end(kParameterTypes),
                              [&](std::string_view t) { return equalsIgnoreCase(t, type->text); });
    if (known == std::end(kParameterTypes)) {
      diags_.error(DiagKind::MalformedPolicyParameter, type->location, "`{}` is not a parameter type: use one of {}",
                   type->text, fmt::join(kParameterTypes, ", "));
      continue;
    }
    p.type = std::string(*known);
    p.defaultValue = fieldValue(v, "default");
    if (!p.defaultValue) p.defaultValue = fieldValue(v, "default_json");  // a value only Azure's JSON can write
    p.allowed = fieldValue(v, "allowed");
    if (const Value* dn = fieldValue(v, "display_name")) p.displayName = dn->text;
    if (p.allowed && p.allowed->kind != Value::Kind::List) {
      diags_.error(DiagKind::MalformedPolicyParameter, p.allowed->location,
                   "`allowed` lists the values the parameter may take, e.g. `allowed = [\"Audit\", \"Deny\"]`");
      p.allowed = nullptr;
    }
    if (const Value* dv = fieldValue(v, "default"); dv && !fitsType(p.type, *dv)) {
      diags_.error(DiagKind::MalformedPolicyParameter, dv->location, "the default of `{}` must be {} (its type is {})",
                   p.name, typeExample(p.type), p.type);
    }
    out.push_back(std::move(p));
  }
  return out;
}

Index Analyzer::definitionOf(const Decl& d) {
  if (auto it = policyIndex_.find(&d); it != policyIndex_.end()) return it->second;
  PolicyDefinition p;
  p.decl = &d;
  p.initiative = d.kind == ast::DeclKind::Initiative;
  p.builtin = d.builtin;
  p.name = std::string(d.nameText());
  p.displayName = stringOf(d, "display_name");
  if (p.displayName.empty() && d.name && d.name->kind == Value::Kind::String) p.displayName = d.name->text;
  if (p.displayName.empty()) p.displayName = p.name;
  p.guid = d.label ? d.label->text : "";
  if (p.builtin && !p.guid.empty()) {
    p.id = fmt::format("/providers/Microsoft.Authorization/{}/{}",
                       p.initiative ? "policySetDefinitions" : "policyDefinitions", p.guid);
  }
  p.effects = stringsOf(propertyValue(d, "effects"));
  p.defaultEffect = stringOf(d, "default_effect");
  p.fixedEffect = stringOf(d, "effect");
  p.effectParameter = stringOf(d, "effect_parameter");
  if (p.effectParameter.empty() && !p.effects.empty()) p.effectParameter = "effect";
  p.remediationRoleIds = stringsOf(propertyValue(d, "remediation_roles"));
  const Value* preview = propertyValue(d, "preview");
  p.preview = preview && preview->kind == Value::Kind::Bool && preview->boolean;
  p.parameters = definitionParameters(d);
  if (!p.fixedEffect.empty() && !p.effects.empty()) {
    diags_.error(DiagKind::MalformedPolicyParameter, propertyValue(d, "effect")->location,
                 "a definition has either a fixed `effect` or a list of `effects` to choose from, not both");
  }
  Index index = static_cast<Index>(c_.model.policies.size());
  policyIndex_[&d] = index;
  c_.model.policies.push_back(std::move(p));
  if (d.kind == ast::DeclKind::Initiative) buildMembers(d, index);
  return index;
}

void Analyzer::buildMembers(const Decl& d, Index initiative) {
  std::map<std::string, Location, std::less<>> seen;
  for (const ast::Property& prop : d.properties) {
    if (prop.key.text != "definition" || prop.value.kind != Value::Kind::Object) continue;
    InitiativeMember m;
    m.location = prop.key.location;
    const Value* ref = fieldValue(prop.value, "reference");
    if (ref && ref->kind == Value::Kind::String) {
      m.referenceId = ref->text;
      if (auto [it, inserted] = seen.try_emplace(ref->text, ref->location); !inserted) {
        Diagnostic& diag = diags_.error(DiagKind::DuplicateDefinitionReference, ref->location,
                                        "the reference id \"{}\" is used twice in initiative `{}`", ref->text,
                                        d.nameText());
        diag.notes.push_back({it->second, "first used here"});
      }
    }
    if (const Value* policy = fieldValue(prop.value, "policy")) {
      if (auto it = resolved_.find(policy); it != resolved_.end()) m.definition = definitionOf(*it->second->decl);
    }
    m.parameters = fieldValue(prop.value, "parameters");
    if (m.parameters && m.parameters->kind != Value::Kind::Object) {
      wrongType(*m.parameters, "parameters", "a block of parameter values `{ NAME = VALUE }`");
      m.parameters = nullptr;
    }
    // Member parameters may pass the initiative's own (`"[parameters('x')]"`): only their names are checked.
    if (m.parameters && m.definition != kNone) {
      for (const ast::Property& f : m.parameters->fields) {
        const PolicyDefinition& member = c_.model.policies[m.definition];
        bool known = f.key.text == member.effectParameter ||
                     std::any_of(member.parameters.begin(), member.parameters.end(),
                                 [&](const PolicyParameter& p) { return p.name == f.key.text; });
        if (!known) {
          diags_.error(DiagKind::UnknownPolicyParameter, f.key.location, "the policy \"{}\" has no parameter `{}`",
                       member.displayName, f.key.text);
        }
      }
    }
    c_.model.policies[initiative].members.push_back(std::move(m));
  }
}

void Analyzer::buildAssignment(const Decl& d) {
  SemanticModel& m = c_.model;
  Assignment a;
  a.decl = &d;
  a.name = std::string(d.nameText());
  a.policy = stringOf(d, "policy");
  a.scope = indexOf(propertyValue(d, "scope"));
  a.enforce = stringOf(d, "enforcement") != "do_not_enforce";
  a.owner = indexOf(propertyValue(d, "owner"));
  a.notScopes = indicesOf(propertyValue(d, "not_scopes"));
  if (const Value* policy = propertyValue(d, "policy")) {
    if (auto it = resolved_.find(policy); it != resolved_.end()) a.definition = definitionOf(*it->second->decl);
  }
  if (a.definition != kNone) {
    const PolicyDefinition& def = m.policies[a.definition];
    a.policyDefinitionId = def.id;
    a.initiative = def.initiative;
    checkEffect(d, a);
    const Value* values = propertyValue(d, "parameters");
    if (values && values->kind != Value::Kind::Object) {
      wrongType(*values, "parameters", "a block of parameter values `{ NAME = VALUE }`");
    } else {
      static const Value kNoValues{Value::Kind::Object};
      checkParameterValues(values ? *values : kNoValues, def, &a);
    }
  }
  m.assignments.push_back(std::move(a));
}

void Analyzer::checkEffect(const Decl& d, Assignment& a) {
  const Value* effect = propertyValue(d, "effect");
  if (!effect || effect->kind != Value::Kind::String) return;
  const PolicyDefinition& def = c_.model.policies[a.definition];
  std::string_view what = def.initiative ? "initiative" : "policy";
  if (def.effectParameter.empty()) {
    Diagnostic& diag = diags_.error(DiagKind::EffectNotAllowed, effect->location,
                                    "the {} \"{}\" has no effect an assignment can choose", what, def.displayName);
    if (!def.fixedEffect.empty()) {
      diag.notes.push_back({{}, fmt::format("its effect is always `{}`; remove `effect`", def.fixedEffect)});
    } else if (def.initiative) {
      diag.notes.push_back({{}, "set the effects of its policies with the initiative's `parameters`"});
    }
    return;
  }
  if (def.effects.empty()) {  // a custom definition that names its effect parameter but lists no effects
    a.effect = effect->text;
    return;
  }
  for (const std::string& allowed : def.effects) {
    if (equalsIgnoreCase(allowed, effect->text)) {
      a.effect = allowed;
      return;
    }
  }
  Diagnostic& diag = diags_.error(DiagKind::EffectNotAllowed, effect->location,
                                  "the {} \"{}\" does not allow the effect `{}`", what, def.displayName, effect->text);
  diag.notes.push_back({{}, fmt::format("its effects are {}", fmt::join(def.effects, ", "))});
  std::vector<std::string_view> names(def.effects.begin(), def.effects.end());
  if (auto m = closestMatch(effect->text, names)) {
    diag.fix = Fix{fmt::format("replace with \"{}\"", *m), {{effect->location, fmt::format("\"{}\"", *m)}}};
  }
}

bool Analyzer::checkParameterValue(const Value& v, const PolicyParameter& p, std::string_view owner) {
  if (v.kind == Value::Kind::Invalid) return false;
  if (!fitsType(p.type, v)) {
    diags_.error(DiagKind::BadPolicyParameterValue, v.location, "the parameter `{}` of {} takes {} (its type is {}), "
                 "not {}", p.name, owner, typeExample(p.type), p.type, shown(v));
    return false;
  }
  if (!p.allowed || p.allowed->items.empty()) return true;
  auto allowedOne = [&](const Value& item) {
    return std::any_of(p.allowed->items.begin(), p.allowed->items.end(),
                       [&](const Value& a) { return sameValue(a, item); });
  };
  // An array parameter with allowed values takes a list of those values.
  bool listOfAllowed = v.kind == Value::Kind::List && !allowedOne(v);
  std::vector<const Value*> items;
  if (listOfAllowed) {
    for (const Value& item : v.items) items.push_back(&item);
  } else {
    items.push_back(&v);
  }
  bool ok = true;
  for (const Value* item : items) {
    if (allowedOne(*item)) continue;
    diags_.error(DiagKind::BadPolicyParameterValue, item->location, "{} is not an allowed value of the parameter `{}` "
                 "of {}; allowed are {}", show(*item), p.name, owner, showAllowed(*p.allowed));
    ok = false;
  }
  return ok;
}

void Analyzer::checkParameterValues(const Value& values, const PolicyDefinition& def, Assignment* a) {
  std::string owner = fmt::format("\"{}\"", def.displayName);
  std::set<std::string, std::less<>> given;
  for (const ast::Property& f : values.fields) {
    const std::string& name = f.key.text;
    given.insert(name);
    auto p = std::find_if(def.parameters.begin(), def.parameters.end(),
                          [&](const PolicyParameter& q) { return q.name == name; });
    if (p == def.parameters.end()) {
      Diagnostic& diag = diags_.error(DiagKind::UnknownPolicyParameter, f.key.location, "{} has no parameter `{}`",
                                      owner, name);
      if (!def.effectParameter.empty() && name == def.effectParameter) {
        diag.notes.push_back({{}, fmt::format("choose the effect with `effect = \"...\"` on the assignment")});
        continue;
      }
      std::vector<std::string_view> names;
      for (const PolicyParameter& q : def.parameters) names.push_back(q.name);
      if (auto m = closestMatch(name, names)) {
        diag.notes.push_back({{}, fmt::format("did you mean `{}`?", *m)});
        diag.fix = Fix{fmt::format("replace with `{}`", *m), {{f.key.location, *m}}};
      } else if (names.empty()) {
        diag.notes.push_back({{}, "it takes no parameters"});
      } else {
        diag.notes.push_back({{}, fmt::format("its parameters are {}", fmt::join(names, ", "))});
      }
      continue;
    }
    if (checkParameterValue(f.value, *p, owner) && a) a->parameters.emplace_back(name, &f.value);
  }
  if (!a) return;
  for (const PolicyParameter& p : def.parameters) {
    if (p.defaultValue || given.count(p.name)) continue;
    const Value* policy = propertyValue(*a->decl, "policy");
    Diagnostic& diag = diags_.error(DiagKind::MissingPolicyParameter, policy ? policy->location : a->decl->keywordLocation,
                                    "{} needs a value for its parameter `{}`", owner, p.name);
    diag.notes.push_back({{}, fmt::format("add `parameters {{ {} = ... }}` to assignment `{}`{}", p.name, a->name,
                                          p.displayName.empty() ? "" : fmt::format(" ({})", p.displayName))});
  }
}

}  // namespace trustc::sema
