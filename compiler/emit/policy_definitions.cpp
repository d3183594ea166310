// Custom policy definitions (azure-formats.md §7.1). A `policy` the project
// declares (not a built-in) and assigns is created by the templates at the
// management group or subscription that holds every scope it is assigned at
// (definitions live only at those two levels), named by its GUID label or
// manifest name, with its parameters (and an `effect` parameter when it
// declares `effects`) and its `rule` as the policy rule. Custom initiatives
// are not deployed yet (E0906 at their assignments).
#include <algorithm>

#include "emit/context.h"
#include "emit/limits.h"
#include "sema/analyzer.h"

namespace trustc::emit {

using sema::ScopeKind;

Json valueJson(const ast::Value& v) {
  switch (v.kind) {
    case ast::Value::Kind::Bool: return v.boolean;
    case ast::Value::Kind::Number: return Json::parse(v.text, nullptr, false);
    case ast::Value::Kind::List: {
      Json out = Json::array();
      for (const ast::Value& item : v.items) out.push_back(valueJson(item));
      return out;
    }
    case ast::Value::Kind::Object: {
      Json out = Json::object();
      for (const ast::Property& p : v.fields) out[p.key.text] = valueJson(p.value);
      return out;
    }
    default: return armLiteral(v.text);
  }
}

namespace {

std::vector<Index> chainOf(const sema::SemanticModel& m, Index scope) {
  std::vector<Index> chain;
  for (std::size_t steps = 0; scope != kNone && steps <= m.scopes.size(); ++steps) {
    chain.push_back(scope);
    scope = m.scopes[scope].parent;
  }
  std::reverse(chain.begin(), chain.end());
  return chain;
}

std::string nameOf(const ast::Decl& d) {
  return d.label && !d.label->text.empty() ? lower(d.label->text) : std::string(d.nameText());
}

}  // namespace

void Context::prepareCustomPolicies() {
  std::map<const ast::Decl*, std::vector<Index>> assignedAt;
  std::vector<const ast::Decl*> order;  // first assignment first
  for (std::size_t i = 0; i < model.assignments.size(); ++i) {
    const ast::Decl* d = policyDeclOf(static_cast<Index>(i));
    if (!d || d->builtin || d->kind != ast::DeclKind::Policy || model.assignments[i].scope == kNone) continue;
    if (!model.assignments[i].policyDefinitionId.empty()) continue;  // sema knows its id
    auto [it, added] = assignedAt.try_emplace(d);
    if (added) order.push_back(d);
    it->second.push_back(model.assignments[i].scope);
  }
  for (const ast::Decl* d : order) {
    Location at = where(d);
    std::vector<Index> common = chainOf(model, assignedAt[d].front());
    for (Index s : assignedAt[d]) {
      std::vector<Index> chain = chainOf(model, s);
      std::size_t n = 0;
      while (n < common.size() && n < chain.size() && common[n] == chain[n]) ++n;
      common.resize(n);
    }
    while (!common.empty() && model.scopes[common.back()].kind != ScopeKind::ManagementGroup &&
           model.scopes[common.back()].kind != ScopeKind::Subscription) {
      common.pop_back();
    }
    if (common.empty()) {
      Diagnostic& diag =
          diags.error(DiagKind::PolicyDefinitionUnresolved, at,
                      "custom policy `{}` is assigned in scopes without a common management group or "
                      "subscription, so there is no place to define it",
                      d->nameText());
      diag.notes.push_back(
          {{},
           "a definition can be assigned at or below the scope it is defined at; declare one "
           "policy per tree, or nest the scopes under one management group"});
      continue;
    }
    if (!sema::propertyValue(*d, "rule")) {
      diags.error(DiagKind::PolicyDefinitionUnresolved, at,
                  "custom policy `{}` has no `rule`, so it cannot be defined in Azure; add `rule = {{ if = … "
                  "then = … }}`",
                  d->nameText());
      continue;
    }
    PolicyDefinitionPlan plan{d, common.back(), nameOf(*d), ""};
    if (!checkPolicyName(diags, at, "the policy definition name", plan.name, 64)) continue;
    plan.id = fmt::format("{}/providers/Microsoft.Authorization/policyDefinitions/{}", ids.id(plan.scope),
                          plan.name);
    customPolicies_[d] = std::move(plan);
  }
}

void emitPolicyDefinitions(Context& ctx) {
  for (const auto& [decl, plan] : ctx.customPolicies()) {
    const ast::Decl& d = *decl;
    std::string displayName = declString(d, "display_name");
    if (displayName.empty()) displayName = std::string(d.nameText());
    std::string description = declString(d, "description");
    bool ok = checkLength(ctx.diags, ctx.whereProperty(&d, "display_name"), "the display name", displayName,
                          128, DiagKind::AzureTextTooLong);
    ok = checkLength(ctx.diags, ctx.whereProperty(&d, "description"), "the description", description, 512,
                     DiagKind::AzureTextTooLong) &&
         ok;
    if (!ok) continue;
    std::string mode = declString(d, "mode");
    Json properties = {{"policyType", "Custom"}, {"mode", mode.empty() ? "All" : armLiteral(mode)}};
    properties["displayName"] = armLiteral(displayName);
    if (!description.empty()) properties["description"] = armLiteral(description);
    Json metadata = {{"createdBy", "trustc"}};
    if (std::string category = declString(d, "category"); !category.empty())
      metadata["category"] = armLiteral(category);
    if (std::string version = declString(d, "version"); !version.empty()) {
      metadata["version"] = armLiteral(version);
      properties["version"] = armLiteral(version);
    }
    properties["metadata"] = std::move(metadata);
    Json parameters = Json::object();
    if (const ast::Value* ps = sema::propertyValue(d, "parameters");
        ps && ps->kind == ast::Value::Kind::Object) {
      for (const ast::Property& p : ps->fields) {
        if (p.value.kind != ast::Value::Kind::Object) continue;
        const ast::Value* type = sema::fieldValue(p.value, "type");
        const ast::Value* shown = sema::fieldValue(p.value, "display_name");
        Json param = {{"type", type ? armLiteral(type->text) : "String"},
                      {"metadata", {{"displayName", armLiteral(shown ? shown->text : p.key.text)}}}};
        if (const ast::Value* v = sema::fieldValue(p.value, "description")) {
          param["metadata"]["description"] = armLiteral(v->text);
        }
        if (const ast::Value* v = sema::fieldValue(p.value, "allowed"))
          param["allowedValues"] = valueJson(*v);
        if (const ast::Value* v = sema::fieldValue(p.value, "default")) param["defaultValue"] = valueJson(*v);
        parameters[p.key.text] = std::move(param);
      }
    }
    if (std::vector<std::string> effects = declRefs(d, "effects");
        !effects.empty() && !parameters.contains("effect")) {
      Json effect = {{"type", "String"}, {"metadata", {{"displayName", "Effect"}}}};
      Json allowed = Json::array();
      for (const std::string& e : effects) allowed.push_back(armLiteral(e));
      effect["allowedValues"] = std::move(allowed);
      if (std::string def = declString(d, "default_effect"); !def.empty())
        effect["defaultValue"] = armLiteral(def);
      parameters["effect"] = std::move(effect);
    }
    if (!parameters.empty()) properties["parameters"] = std::move(parameters);
    properties["policyRule"] = valueJson(*sema::propertyValue(d, "rule"));
    ctx.templateFor(plan.scope)
        .resources.push_back({"1b|" + plan.name, Json{{"type", "Microsoft.Authorization/policyDefinitions"},
                                                      {"apiVersion", kPolicyAssignmentApi},
                                                      {"name", plan.name},
                                                      {"properties", std::move(properties)}}});
  }
}

}  // namespace trustc::emit
