// exemption-broad-scope: an exemption should cover only what needs it. One at
// a subscription or management group, or over the whole scope of its
// assignment, switches the guardrail off wholesale.
#include "rules/context.h"
#include "sema/exemption_portfolio.h"

namespace trustc::rules {

void checkExemptionBroadScope(RuleContext& ctx) {
  const sema::SemanticModel& m = ctx.model();
  for (const sema::Exemption& e : m.exemptions) {
    if (e.scope == sema::kNone) continue;
    const sema::Scope& scope = m.scopes[e.scope];
    Location at = sema::propertyLocation(*e.decl, "scope");
    if (scope.kind == sema::ScopeKind::ManagementGroup || scope.kind == sema::ScopeKind::Subscription) {
      ctx.report(*e.decl, at, "exemption `{}` covers the whole {} `{}`", e.name,
                 scope.kind == sema::ScopeKind::Subscription ? "subscription" : "management group", scope.name)
          .notes.push_back({{}, "exempt only the resource groups or resources that need it"});
    } else if (e.assignment != sema::kNone && m.assignments[e.assignment].scope == e.scope) {
      const sema::Assignment& a = m.assignments[e.assignment];
      ctx.report(*e.decl, at, "exemption `{}` covers all of `{}`, the whole scope of assignment `{}`: the policy applies "
                 "nowhere it is assigned", e.name, scope.name, a.name)
          .notes.push_back({{}, "exempt only the resources that need it, or change the assignment"});
    }
  }
}

}  // namespace trustc::rules
