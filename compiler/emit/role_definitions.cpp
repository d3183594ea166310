// Custom role definitions (azure-formats.md §3): one
// `Microsoft.Authorization/roleDefinitions` per custom role the project
// declares with permissions, in the template of the management group or
// subscription it is defined at (Context::prepareCustomRoles chooses it).
#include "emit/context.h"

namespace trustc::emit {

namespace {

Json strings(const std::vector<std::string>& items) {
  Json out = Json::array();
  for (const std::string& s : items) out.push_back(armLiteral(s));
  return out;
}

}  // namespace

void emitRoleDefinitions(Context& ctx) {
  for (std::size_t i = 0; i < ctx.model.roles.size(); ++i) {
    const RoleDefinitionPlan* plan = ctx.customRole(static_cast<Index>(i));
    if (!plan) continue;
    const sema::Role& r = ctx.model.roles[i];
    const sema::PermissionBlock& p = r.permissions.front();
    Json block = {{"actions", strings(p.actions)},
                  {"notActions", strings(p.notActions)},
                  {"dataActions", strings(p.dataActions)},
                  {"notDataActions", strings(p.notDataActions)}};
    Json properties = {{"roleName", armLiteral(r.name)}};
    if (!r.description.empty()) properties["description"] = armLiteral(r.description);
    properties["type"] = "CustomRole";
    properties["permissions"] = Json::array({block});
    properties["assignableScopes"] = strings(plan->assignableScopes);
    Json resource = {{"type", "Microsoft.Authorization/roleDefinitions"},
                     {"apiVersion", kRoleApi},
                     {"name", plan->guid},
                     {"properties", std::move(properties)}};
    ctx.templateFor(plan->definitionScope).resources.push_back({"1a|" + r.name, std::move(resource)});
  }
}

}  // namespace trustc::emit
