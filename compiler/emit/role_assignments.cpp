// Role assignments (azure-formats.md §2): one
// `Microsoft.Authorization/roleAssignments` per grant.
//
// Names. Every name is computed here, as a literal GUID, with ARM's guid():
//   guid(lower(scope id), lower(principal), lower(role definition GUID)),
// where the principal is the declared object id (Bicep's and the portal's
// convention, so an assignment made elsewhere is recognised, not duplicated)
// or, for a user-assigned identity these templates create, its resource id
// (its object id is not known until it exists).
//
// Placement. An assignment goes into the template of its scope's deployment
// target (a resource's resource group; `scope` names the resource). When its
// principal is an identity these templates create, it goes into the template
// that creates the identity instead, in a nested deployment when its scope is
// elsewhere, so that it is deployed after the identity exists.
#include "emit/context.h"
#include "emit/guid.h"

namespace trustc::emit {

namespace {

std::string roleDefinitionIdIn(Level level, std::string_view guid) {
  std::string_view fn = level == Level::ManagementGroup || level == Level::Tenant ? "tenantResourceId"
                                                                                  : "subscriptionResourceId";
  return fmt::format("[{}('Microsoft.Authorization/roleDefinitions', '{}')]", fn, guid);
}

std::string deploymentName(std::string_view identity, std::string_view target) {
  std::string name = fmt::format("trustc-{}-{}", identity, target);
  if (name.size() > 64) name = name.substr(0, 55) + "-" + armGuid({name}).substr(0, 8);
  return name;
}

}  // namespace

std::string uamiReference(std::string_view name) {
  return fmt::format("[resourceId('{}', {})]", kUamiType, armQuoted(name));
}

std::string principalReference(std::string_view name) {
  return fmt::format("[reference(resourceId('{}', {}), '{}').principalId]", kUamiType, armQuoted(name),
                     kIdentityApi);
}

void emitRoleAssignments(Context& ctx) {
  const sema::SemanticModel& m = ctx.model;
  for (std::size_t i = 0; i < m.identities.size(); ++i) {
    const sema::Identity& id = m.identities[i];
    const std::optional<Principal>& p = ctx.principal(static_cast<Index>(i));
    if (!p) continue;
    for (const sema::Grant& g : id.grants) {
      if (g.scope == kNone) continue;
      if (g.expires && *g.expires < ctx.c.today) continue;  // expired: listed in the inventory, not deployed
      std::optional<std::string> guid = ctx.roleGuid(g.customRole);
      if (!guid) continue;
      Index target = ctx.ids.deploymentScope(g.scope);
      if (target == kNone) continue;
      Level level = ScopeIds::levelOf(m.scopes[target].kind);
      bool hosted = p->createdHere() && target != p->uamiGroup;  // nested in the identity's template

      std::string name = ctx.roleAssignmentName(g.scope, *p, *guid);
      if (!ctx.claim("roleAssignment|" + name, ctx.where(g.decl),
                     fmt::format("`{}` on `{}` is granted to the same principal twice; keep one grant",
                                 m.roles[g.customRole].name, m.scopes[g.scope].name))) {
        continue;
      }
      Json resource = {
          {"type", "Microsoft.Authorization/roleAssignments"}, {"apiVersion", kRoleApi}, {"name", name}};
      if (m.scopes[g.scope].kind == sema::ScopeKind::Resource)
        resource["scope"] = ctx.ids.relativeResource(g.scope);
      Json dependsOn = Json::array();
      if (p->createdHere() && !hosted) dependsOn.push_back(uamiReference(p->uamiName));
      if (const RoleDefinitionPlan* plan = ctx.customRole(g.customRole);
          plan && !hosted && plan->definitionScope == target) {
        dependsOn.push_back(fmt::format(
            "[{}('Microsoft.Authorization/roleDefinitions', '{}')]",
            level == Level::ManagementGroup ? "managementGroupResourceId" : "subscriptionResourceId", *guid));
      }
      if (!dependsOn.empty()) resource["dependsOn"] = std::move(dependsOn);
      Json properties = {{"roleDefinitionId", roleDefinitionIdIn(level, *guid)}};
      properties["principalId"] = !p->createdHere() ? p->objectId
                                  : hosted          ? std::string("[parameters('principalId')]")
                                                    : principalReference(p->uamiName);
      properties["principalType"] = "ServicePrincipal";
      std::string description = g.justification;
      if (g.expires) {
        description +=
            fmt::format("{}(trustc: expires {})", description.empty() ? "" : " ", g.expires->iso());
      }
      if (!description.empty()) properties["description"] = armLiteral(description);
      if (!g.condition.empty()) {
        properties["condition"] = armLiteral(g.condition);
        properties["conditionVersion"] = g.conditionVersion.empty() ? "2.0" : g.conditionVersion;
      }
      resource["properties"] = std::move(properties);

      const sema::Role& role = m.roles[g.customRole];
      Placed placed{fmt::format("3|{}|{}|{}|{}", id.name, lower(ctx.ids.id(g.scope)), role.name, name),
                    std::move(resource)};
      if (!hosted) {
        ctx.templateFor(target).resources.push_back(std::move(placed));
        continue;
      }
      std::string deployment = deploymentName(p->uamiName, m.scopes[target].name);
      Nested& nested = ctx.templateFor(p->uamiGroup).nested[deployment];
      nested.name = deployment;
      nested.level = level;
      nested.scope = target;
      nested.principalId = principalReference(p->uamiName);
      nested.dependsOn = {uamiReference(p->uamiName)};
      nested.resources.push_back(std::move(placed));
    }
  }
}

}  // namespace trustc::emit
