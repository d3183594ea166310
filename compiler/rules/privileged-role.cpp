// privileged-role: a grant of Owner, Contributor, User Access Administrator,
// Role Based Access Control Administrator, or any role whose actions include
// `*`, `*/write` or writes under `Microsoft.Authorization`. An error at a
// subscription or management group, where it reaches everything beneath.
#include "rules/context.h"
#include "sema/privilege.h"

namespace trustc::rules {

void checkPrivilegedRole(RuleContext& ctx) {
  const sema::SemanticModel& m = ctx.model();
  const sema::Access& access = *ctx.compilation().access;
  for (const sema::Identity& id : m.identities) {
    for (const sema::Grant& g : id.grants) {
      if (g.customRole == sema::kNone || g.scope == sema::kNone) continue;
      auto why = sema::privilegedBecause(access, g.customRole);
      if (!why) continue;
      sema::ScopeKind kind = m.scopes[g.scope].kind;
      bool broad = kind == sema::ScopeKind::Subscription || kind == sema::ScopeKind::ManagementGroup;
      std::string where = sema::describeScope(m, g.scope);
      Diagnostic& d =
          broad ? ctx.reportAs(Severity::Error, *g.decl, g.decl->name->location,
                               "`{}` gets privileged role `{}` on {}, and with it everything beneath: {}",
                               id.name, m.roles[g.customRole].name, where, *why)
                : ctx.report(*g.decl, g.decl->name->location, "`{}` gets privileged role `{}` on {}: {}",
                             id.name, m.roles[g.customRole].name, where, *why);
      d.notes.push_back({{},
                         fmt::format("grant a role with only what `{}` needs, on the resource that needs it; "
                                     "`trustc explain {}` shows what it can do now",
                                     id.name, id.name)});
    }
  }
}

}  // namespace trustc::rules
