// shared-identity-across-environments: one identity reaches more than one
// environment, through its workloads, the scopes of its grants (the
// environment of a scope is inherited down the tree), the resources it lives
// on or is attached to, or the clusters it trusts. A staging compromise then
// reaches production; each environment gets its own identity.
#include "rules/context.h"
#include "sema/identity_facts.h"

namespace trustc::rules {

void checkSharedIdentityAcrossEnvironments(RuleContext& ctx) {
  const sema::SemanticModel& m = ctx.model();
  for (const sema::Identity& id : m.identities) {
    std::vector<sema::Index> envs = sema::environmentsOf(m, id);
    if (envs.size() < 2) continue;
    std::vector<std::string> names;
    for (sema::Index e : envs) names.push_back(m.environments[e].name);
    Diagnostic& d =
        ctx.report(*id.decl, id.decl->name->location,
                   "identity `{}` is used in environments {}; give each environment its own identity",
                   id.name, sema::listNames(names));
    // One place per environment: the first use that brings it in.
    for (sema::Index e : envs) {
      for (const sema::Use& u : sema::environmentUses(m, id)) {
        if (u.environment != e) continue;
        std::string through = u.through.empty() ? "" : fmt::format(" (through `{}`)", u.through);
        d.notes.push_back({u.at, fmt::format("{} is in `{}`{}", u.how, m.environments[e].name, through)});
        break;
      }
    }
  }
}

}  // namespace trustc::rules
