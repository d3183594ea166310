// broad-scope: a grant on a management group or a subscription reaches every
// resource group and resource beneath it, including ones created later.
#include "rules/context.h"
#include "sema/privilege.h"

namespace trustc::rules {

void checkBroadScope(RuleContext& ctx) {
  const sema::SemanticModel& m = ctx.model();
  const sema::Access& access = *ctx.compilation().access;
  for (const sema::Identity& id : m.identities) {
    for (const sema::Grant& g : id.grants) {
      if (g.scope == sema::kNone) continue;
      sema::ScopeKind kind = m.scopes[g.scope].kind;
      if (kind != sema::ScopeKind::Subscription && kind != sema::ScopeKind::ManagementGroup) continue;
      Diagnostic& d = ctx.report(*g.decl, g.decl->target->location,
                                 "`{}` is granted on {}: it reaches every resource group and resource in it",
                                 g.role, sema::describeScope(m, g.scope));
      std::vector<sema::Index> scopes;
      for (const auto& served : access.servedBy(id, g)) scopes.push_back(served.need->scope);
      sema::Index narrowest = access.commonScope(scopes);
      if (narrowest != sema::kNone && narrowest != g.scope) {
        d.notes.push_back({{},
                           fmt::format("the needs it serves are all in {}: grant it there",
                                       sema::describeScope(m, narrowest))});
      } else {
        d.notes.push_back({{}, "grant it on the resource group or resource that needs it"});
      }
    }
  }
}

}  // namespace trustc::rules
