// unused-identity: an identity that nothing uses: no workload names it, no
// resource has it attached (a system-assigned identity always has its
// resource), no pipeline or cluster trusts it, no credential signs in as it;
// or one whose workloads are all decommissioned and that holds nothing any
// more. An unused identity with grants is access waiting for someone to find
// it; without grants it is clutter that hides the identities that matter.
#include "rules/context.h"

namespace trustc::rules {

void checkUnusedIdentity(RuleContext& ctx) {
  const sema::SemanticModel& m = ctx.model();
  for (const sema::Identity& id : m.identities) {
    if (id.type == sema::IdentityType::SystemAssigned) continue;  // used by its resource, and deleted with it
    bool retiredOnly = !id.workloads.empty();
    for (sema::Index w : id.workloads) retiredOnly &= m.workloads[w].decommissioned;
    bool holds = !id.grants.empty() || !id.trusts.empty() || !id.secrets.empty();
    if (retiredOnly) {
      if (holds) continue;  // decommissioned-with-access
      ctx.report(*id.decl, id.decl->name->location,
                 "identity `{}` serves only decommissioned workloads and holds nothing; delete it", id.name);
      continue;
    }
    bool used = !id.workloads.empty() || !id.attachedTo.empty() || !id.trusts.empty() || !id.secrets.empty();
    if (used) continue;
    if (id.grants.empty()) {
      ctx.report(
          *id.decl, id.decl->name->location,
          "identity `{}` is not used: no workload, resource, pipeline or credential uses it; delete it",
          id.name);
    } else {
      ctx.report(*id.decl, id.decl->name->location,
                 "identity `{}` holds {} grant{} but nothing uses it: no workload, resource, pipeline or "
                 "credential; "
                 "delete it, or name the workload that needs it",
                 id.name, id.grants.size(), id.grants.size() == 1 ? "" : "s")
          .notes.push_back({id.grants.front().decl->keywordLocation, "standing access nobody accounts for"});
    }
  }
}

}  // namespace trustc::rules
