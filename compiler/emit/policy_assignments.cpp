// Policy assignments (azure-formats.md §7.3), in the template of their
// scope's deployment target. Names are checked against Azure's limits (24
// characters at management-group scope, 64 elsewhere). Assignments whose
// effect deploys or modifies resources get a system-assigned identity, which
// needs a location.
#include "emit/context.h"
#include "emit/limits.h"
#include "sema/analyzer.h"

namespace trustc::emit {

namespace {

bool deploysResources(std::string_view effect) {
  std::string e = lower(effect);
  return e == "deployifnotexists" || e == "modify";
}

}  // namespace

Json ownerMetadata(const Context& ctx, Index owner) {
  Json meta = Json::object();
  if (owner == kNone) return meta;
  meta["owner"] = ctx.model.owners[owner].name;
  if (!ctx.model.owners[owner].contact.empty())
    meta["ownerContact"] = armLiteral(ctx.model.owners[owner].contact);
  return meta;
}

bool checkMetadata(Context& ctx, Location at, const Json& metadata) {
  bool ok = true;
  for (const auto& [key, value] : metadata.items()) {
    std::string text = value.is_string() ? value.get<std::string>() : value.dump();
    ok = checkLength(ctx.diags, at, fmt::format("the metadata value `{}`", key), text, 1024,
                     DiagKind::AzureTextTooLong) &&
         ok;
  }
  return ok;
}

void emitPolicyAssignments(Context& ctx) {
  const sema::SemanticModel& m = ctx.model;
  for (std::size_t i = 0; i < m.assignments.size(); ++i) {
    const sema::Assignment& a = m.assignments[i];
    if (a.scope == kNone) continue;
    const ast::Decl& d = *a.decl;
    Location at = ctx.where(&d);
    std::optional<PolicyRef> policy = ctx.policyOf(static_cast<Index>(i));
    if (!policy) {
      const ast::Decl* pd = ctx.policyDeclOf(static_cast<Index>(i));
      if (pd && pd->kind == ast::DeclKind::Initiative) {
        Diagnostic& diag =
            ctx.diags.error(DiagKind::PolicyDefinitionUnresolved, at,
                            "`{}` assigns the custom initiative `{}`, which trustc does not deploy yet",
                            a.name, pd->nameText());
        diag.notes.push_back({{}, "assign a built-in initiative, or assign its policies one by one"});
      } else if (!pd) {
        ctx.diags.error(DiagKind::PolicyDefinitionUnresolved, at,
                        "the definition that `{}` assigns has no known id", a.name);
      }  // else: the custom policy's declaration says why it cannot be defined
      continue;
    }
    bool atGroup = m.scopes[a.scope].kind == sema::ScopeKind::ManagementGroup;
    bool ok = checkPolicyName(
        ctx.diags, at,
        atGroup ? "the policy assignment name at management-group scope" : "the policy assignment name",
        a.name, atGroup ? 24 : 64);
    std::string displayName = declString(d, "display_name");
    if (displayName.empty()) displayName = a.name;
    std::string description = declString(d, "description");
    ok = checkLength(ctx.diags, ctx.whereProperty(&d, "display_name"), "the display name", displayName, 128,
                     DiagKind::AzureTextTooLong) &&
         ok;
    ok = checkLength(ctx.diags, ctx.whereProperty(&d, "description"), "the description", description, 512,
                     DiagKind::AzureTextTooLong) &&
         ok;

    Json resource = {{"type", "Microsoft.Authorization/policyAssignments"},
                     {"apiVersion", kPolicyAssignmentApi},
                     {"name", a.name}};
    if (m.scopes[a.scope].kind == sema::ScopeKind::Resource)
      resource["scope"] = ctx.ids.relativeResource(a.scope);
    Index target = ctx.ids.deploymentScope(a.scope);
    if (policy->customScope != kNone && policy->customScope == target) {
      resource["dependsOn"] = Json::array(
          {extensionIdExpr(ctx, target, "Microsoft.Authorization/policyDefinitions", policy->customName)});
    }
    if (deploysResources(a.effect)) {
      std::string location = declString(d, "location");
      if (location.empty()) location = ctx.locationOf(a.scope);
      if (location.empty()) {
        ctx.diags.error(
            DiagKind::LocationMissing, at,
            "`{}` has effect `{}`, which needs a managed identity, and the identity needs a location; "
            "add `location = \"...\"`",
            a.name, a.effect);
        ok = false;
      }
      resource["location"] = armLiteral(location);
      resource["identity"] = {{"type", "SystemAssigned"}};
    }
    Json properties = {{"displayName", armLiteral(displayName)}};
    if (!description.empty()) properties["description"] = armLiteral(description);
    properties["policyDefinitionId"] = policy->definitionId;
    Json parameters = Json::object();
    if (const ast::Value* p = sema::propertyValue(d, "parameters");
        p && p->kind == ast::Value::Kind::Object) {
      for (const ast::Property& f : p->fields) parameters[f.key.text] = {{"value", valueJson(f.value)}};
    }
    if (!a.effect.empty() && !parameters.contains("effect"))
      parameters["effect"] = {{"value", armLiteral(a.effect)}};
    if (!parameters.empty()) properties["parameters"] = std::move(parameters);
    properties["enforcementMode"] = a.enforce ? "Default" : "DoNotEnforce";
    Json notScopes = Json::array();
    for (const std::string& name : declRefs(d, "not_scopes")) {
      if (Index s = ctx.scopeNamed(name); s != kNone) notScopes.push_back(ctx.ids.id(s));
    }
    if (!notScopes.empty()) properties["notScopes"] = std::move(notScopes);
    if (std::string message = declString(d, "non_compliance_message"); !message.empty()) {
      properties["nonComplianceMessages"] = Json::array({{{"message", armLiteral(message)}}});
    }
    Json metadata = {{"assignedBy", "trustc"}};
    metadata.update(ownerMetadata(ctx, ctx.ownerNamed(declString(d, "owner"))));
    ok = checkMetadata(ctx, at, metadata) && ok;
    properties["metadata"] = std::move(metadata);
    resource["properties"] = std::move(properties);
    if (!ok) continue;
    ctx.templateFor(target).resources.push_back({"4|" + a.name, std::move(resource)});
  }
}

}  // namespace trustc::emit
