// unconstrained-delegation: a role that can write role assignments, granted
// without an ABAC condition that limits which roles (or principals) its
// holder may assign: it can hand out any role, Owner included, to anyone.
#include "rules/context.h"
#include "sema/privilege.h"

namespace trustc::rules {

void checkUnconstrainedDelegation(RuleContext& ctx) {
  const sema::SemanticModel& m = ctx.model();
  const sema::Access& access = *ctx.compilation().access;
  for (const sema::Identity& id : m.identities) {
    for (const sema::Grant& g : id.grants) {
      if (g.customRole == sema::kNone || g.scope == sema::kNone || !g.condition.empty()) continue;
      if (!sema::writesRoleAssignmentsUnconditionally(access, g.customRole)) continue;
      Diagnostic& d =
          ctx.report(*g.decl, g.decl->name->location,
                     "`{}` lets `{}` write role assignments on {} with no condition on which roles: it "
                     "can give anyone any role there, Owner included",
                     m.roles[g.customRole].name, id.name, sema::describeScope(m, g.scope));
      d.notes.push_back(
          {{},
           "add a condition that names the roles it may assign, e.g. `when \"((!(ActionMatches{"
           "'Microsoft.Authorization/roleAssignments/write'})) OR (@Request[Microsoft.Authorization/"
           "roleAssignments:RoleDefinitionId] ForAnyOfAnyValues:GuidEquals {ROLE-GUID}))\"`"});
    }
  }
}

}  // namespace trustc::rules
