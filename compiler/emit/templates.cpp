// Renders the templates: the envelope for each deployment level
// (azure-formats.md §1.1), resources in a stable order, and the nested
// deployments that carry resources to another scope (§1.3). A nested
// deployment from a resource group to a management group goes through the
// tenant (`"scope": "/"`), the only way ARM allows.
#include <algorithm>

#include "emit/context.h"

namespace trustc::emit {

namespace {

Json envelope(Level level) { return Json{{"$schema", schemaOf(level)}, {"contentVersion", kContentVersion}}; }

Json sorted(std::vector<Placed> placed) {
  std::stable_sort(placed.begin(), placed.end(),
                   [](const Placed& a, const Placed& b) { return a.sortKey < b.sortKey; });
  Json out = Json::array();
  for (Placed& p : placed) out.push_back(std::move(p.resource));
  return out;
}

Json deployment(std::string_view name, Json target, Json parameters, Json inner) {
  Json dep = {{"type", "Microsoft.Resources/deployments"}, {"apiVersion", kDeploymentApi}, {"name", name}};
  dep.update(target);
  // The schema spells the enum `Inner` (Bicep writes `inner`; ARM accepts both).
  dep["properties"] = {{"expressionEvaluationOptions", {{"scope", "Inner"}}},
                       {"mode", "Incremental"},
                       {"parameters", std::move(parameters)},
                       {"template", std::move(inner)}};
  return dep;
}

// The nested deployment as a resource of its host template (a resource group's).
Json renderNested(const Context& ctx, const Nested& n) {
  const sema::SemanticModel& m = ctx.model;
  Json inner = envelope(n.level);
  inner["parameters"] = {{"principalId", {{"type", "string"}}}};
  inner["resources"] = sorted(n.resources);
  Json parameters = {{"principalId", {{"value", n.principalId}}}};
  std::string location = ctx.locationOf(n.scope);
  location = location.empty() ? "[resourceGroup().location]" : armLiteral(location);
  Json dep;
  if (n.level == Level::ResourceGroup) {
    Index sub = ctx.ids.ancestor(n.scope, sema::ScopeKind::Subscription);
    dep = deployment(n.name,
                     {{"subscriptionId", sub == kNone ? "" : m.scopes[sub].azureName},
                      {"resourceGroup", m.scopes[n.scope].azureName}},
                     std::move(parameters), std::move(inner));
  } else if (n.level == Level::Subscription) {
    dep = deployment(n.name, {{"subscriptionId", m.scopes[n.scope].azureName}, {"location", location}},
                     std::move(parameters), std::move(inner));
  } else {
    Json toGroup =
        deployment(n.name,
                   {{"scope", "Microsoft.Management/managementGroups/" + m.scopes[n.scope].azureName},
                    {"location", "[deployment().location]"}},
                   {{"principalId", {{"value", "[parameters('principalId')]"}}}}, std::move(inner));
    Json tenant = envelope(Level::Tenant);
    tenant["parameters"] = {{"principalId", {{"type", "string"}}}};
    tenant["resources"] = Json::array({std::move(toGroup)});
    dep = deployment(n.name, {{"scope", "/"}, {"location", location}}, std::move(parameters),
                     std::move(tenant));
  }
  Json dependsOn = Json::array();
  for (const std::string& d : n.dependsOn) dependsOn.push_back(d);
  // dependsOn goes before properties, as in the other resources.
  Json ordered;
  for (auto& [key, value] : dep.items()) {
    if (key == "properties") ordered["dependsOn"] = dependsOn;
    ordered[key] = value;
  }
  return ordered;
}

}  // namespace

void renderTemplates(Context& ctx, std::vector<OutputFile>& out) {
  for (auto& [key, t] : ctx.templates()) {
    Json doc = envelope(t.level);
    doc["metadata"] = {{"_generator", {{"name", "trustc"}, {"version", TRUSTC_VERSION}}},
                       {"target", ctx.ids.id(t.scope)}};
    std::vector<Placed> resources = t.resources;
    for (const auto& [name, nested] : t.nested) resources.push_back({"6|" + name, renderNested(ctx, nested)});
    doc["resources"] = sorted(std::move(resources));
    out.push_back({ctx.fileOf(t), doc.dump(2) + "\n"});
  }
}

}  // namespace trustc::emit
