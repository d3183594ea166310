// shared-identity-across-workloads: one identity serves workloads of
// different kinds (runtime, deployment, batch, evaluation, break-glass) or of
// different owners. "If two workloads would trigger different incident
// responses, they deserve different identities."
#include <algorithm>

#include "rules/context.h"
#include "sema/analyzer.h"
#include "sema/identity_facts.h"

namespace trustc::rules {

void checkSharedIdentityAcrossWorkloads(RuleContext& ctx) {
  const sema::SemanticModel& m = ctx.model();
  for (const sema::Identity& id : m.identities) {
    std::vector<sema::WorkloadKind> kinds;
    std::vector<sema::Index> owners;
    for (sema::Index w : id.workloads) {
      const sema::Workload& wl = m.workloads[w];
      if (std::find(kinds.begin(), kinds.end(), wl.kind) == kinds.end()) kinds.push_back(wl.kind);
      if (wl.owner != sema::kNone && std::find(owners.begin(), owners.end(), wl.owner) == owners.end()) {
        owners.push_back(wl.owner);
      }
    }
    if (kinds.size() < 2 && owners.size() < 2) continue;
    std::string_view differ = kinds.size() >= 2 && owners.size() >= 2 ? "kinds and owners"
                              : kinds.size() >= 2                     ? "kinds"
                                                                      : "owners";
    const ast::Property* p = sema::property(*id.decl, "workload");
    Diagnostic& d =
        ctx.report(*id.decl, p ? p->value.location : id.decl->name->location,
                   "identity `{}` serves workloads of different {}; give each workload its own identity",
                   id.name, differ);
    for (sema::Index w : id.workloads) {
      const sema::Workload& wl = m.workloads[w];
      std::string owner =
          wl.owner == sema::kNone ? "no owner" : fmt::format("owned by `{}`", m.owners[wl.owner].name);
      d.notes.push_back(
          {wl.decl->name->location, fmt::format("workload `{}` is {} {}, {}", wl.name,
                                                wl.kind == sema::WorkloadKind::Evaluation ? "an" : "a",
                                                sema::workloadKindName(wl.kind), owner)});
    }
  }
}

}  // namespace trustc::rules
