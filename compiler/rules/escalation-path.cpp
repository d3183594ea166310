// escalation-path: a grant that lets an identity change access — its own or
// another identity's: writing role assignments without a condition, adding
// federated credentials to user-assigned identities (then signing in as
// them), or assigning another user-assigned identity to a resource it
// controls (then acting as it). An error when a production identity is
// within reach.
#include <algorithm>

#include "rules/context.h"
#include "sema/privilege.h"

namespace trustc::rules {

namespace {

std::string names(const std::vector<const sema::Identity*>& ids) {
  std::vector<std::string> out;
  for (const sema::Identity* id : ids) out.push_back("`" + id->name + "`");
  if (out.size() > 3) {
    std::size_t more = out.size() - 3;
    out.resize(3);
    out.push_back(fmt::format("{} more", more));
  }
  return fmt::format("{}", fmt::join(out, ", "));
}

bool production(const sema::SemanticModel& m, const sema::Identity& id) {
  auto prod = [&](sema::Index env) { return env != sema::kNone && m.environments[env].production; };
  if (id.placement != sema::kNone && prod(m.environmentOf(id.placement))) return true;
  return std::any_of(id.workloads.begin(), id.workloads.end(),
                     [&](sema::Index w) { return prod(m.workloads[w].environment); });
}

}  // namespace

void checkEscalationPath(RuleContext& ctx) {
  const sema::SemanticModel& m = ctx.model();
  const sema::Access& access = *ctx.compilation().access;
  for (const sema::Identity& id : m.identities) {
    for (const sema::Grant& g : id.grants) {
      if (g.customRole == sema::kNone || g.scope == sema::kNone) continue;
      const sema::PermissionSet& p = access.permissionsOf(g.customRole);
      // User-assigned identities within the grant's reach.
      std::vector<const sema::Identity*> reached = access.userAssignedWithin(g.scope), others;
      for (const sema::Identity* other : reached) {
        if (other != &id) others.push_back(other);
      }
      std::vector<std::string> paths;
      bool prod = false;
      if (g.condition.empty() && sema::writesRoleAssignmentsUnconditionally(access, g.customRole)) {
        paths.push_back(
            fmt::format("write role assignments on {}: grant itself or any identity any role there",
                        sema::describeScope(m, g.scope)));
        prod = production(m, id) || std::any_of(reached.begin(), reached.end(),
                                                [&](const sema::Identity* r) { return production(m, *r); });
      }
      if (!reached.empty() && p.allows(sema::kFederatedCredentialsWrite, sema::Plane::Control)) {
        paths.push_back(
            fmt::format("add federated credentials to {}, then sign in as them with a token it controls",
                        names(reached)));
        prod |= std::any_of(reached.begin(), reached.end(),
                            [&](const sema::Identity* r) { return production(m, *r); });
      }
      if (!others.empty() && p.allows(sema::kIdentityAssign, sema::Plane::Control)) {
        paths.push_back(fmt::format("assign {} to a resource it controls, then act as them", names(others)));
        prod |= std::any_of(others.begin(), others.end(),
                            [&](const sema::Identity* r) { return production(m, *r); });
      }
      if (paths.empty()) continue;
      std::string message = fmt::format("through `{}`, `{}` can change access: it can {}",
                                        m.roles[g.customRole].name, id.name, paths.front());
      Diagnostic& d = prod ? ctx.reportAs(Severity::Error, *g.decl, g.decl->name->location, "{}", message)
                           : ctx.report(*g.decl, g.decl->name->location, "{}", message);
      for (std::size_t i = 1; i < paths.size(); ++i)
        d.notes.push_back({{}, fmt::format("it can also {}", paths[i])});
      d.notes.push_back(
          {{},
           "give identity and access changes to a separate, reviewed identity, or constrain the grant "
           "with a condition"});
    }
  }
}

}  // namespace trustc::rules
