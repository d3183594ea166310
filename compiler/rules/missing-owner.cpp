// missing-owner: a workload, identity or federated credential that nobody is
// accountable for. A workload names its `owner`. An identity names its own,
// or inherits the owner that all its workloads share. A federated credential
// names its own, or inherits its identity's. Ownerless service principals are
// how "permanent backdoors" outlive their projects.
#include <algorithm>

#include "rules/context.h"
#include "sema/identity_facts.h"

namespace trustc::rules {

void checkMissingOwner(RuleContext& ctx) {
  const sema::SemanticModel& m = ctx.model();
  for (const sema::Workload& w : m.workloads) {
    if (w.owner != sema::kNone) continue;
    ctx.report(*w.decl, w.decl->name->location, "workload `{}` has no owner; add `owner = TEAM`", w.name)
        .notes.push_back({{}, "the owner answers for the workload's identities, access and incidents"});
  }
  for (const sema::Identity& id : m.identities) {
    if (sema::effectiveOwner(m, id) != sema::kNone) continue;
    Diagnostic& d = ctx.report(*id.decl, id.decl->name->location,
                               "identity `{}` has no owner; add `owner = TEAM`", id.name);
    std::vector<std::string> owners;
    for (sema::Index w : id.workloads) {
      sema::Index o = m.workloads[w].owner;
      if (o == sema::kNone) continue;
      if (std::find(owners.begin(), owners.end(), m.owners[o].name) == owners.end())
        owners.push_back(m.owners[o].name);
    }
    if (id.workloads.empty()) {
      d.notes.push_back({{}, "an identity inherits the owner of its workloads, and it has none"});
    } else if (owners.size() > 1) {
      d.notes.push_back({{},
                         fmt::format("its workloads have different owners ({}), so it inherits none",
                                     sema::listNames(owners))});
    } else {
      d.notes.push_back({{}, "its workloads have no owner to inherit"});
    }
    for (const sema::Trust& t : id.trusts) {
      if (t.owner != sema::kNone) continue;
      ctx.report(
          *t.decl, t.decl->keywordLocation,
          "federated credential `{}` has no owner, and identity `{}` has none to give it; add `owner = TEAM`",
          t.name, id.name);
    }
  }
}

}  // namespace trustc::rules
