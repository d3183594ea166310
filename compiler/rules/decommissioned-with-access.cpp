// decommissioned-with-access: a workload marked `lifecycle = decommissioned`
// whose identity still holds grants, federated trust or secrets. A retired
// project's identity that can still sign in and act is a standing backdoor;
// remove its access (and the identity) along with the workload.
#include "rules/context.h"
#include "sema/analyzer.h"
#include "sema/identity_facts.h"

namespace trustc::rules {

namespace {

std::string counted(std::size_t n, std::string_view one, std::string_view many) {
  return fmt::format("{} {}", n, n == 1 ? one : many);
}

}  // namespace

void checkDecommissionedWithAccess(RuleContext& ctx) {
  const sema::SemanticModel& m = ctx.model();
  for (const sema::Identity& id : m.identities) {
    std::vector<sema::Index> retired;
    for (sema::Index w : id.workloads) {
      if (m.workloads[w].decommissioned) retired.push_back(w);
    }
    std::vector<std::string> held;
    if (!id.grants.empty()) held.push_back(counted(id.grants.size(), "grant", "grants"));
    if (!id.trusts.empty())
      held.push_back(counted(id.trusts.size(), "federated credential", "federated credentials"));
    if (!id.secrets.empty())
      held.push_back(counted(id.secrets.size(), "secret or certificate", "secrets or certificates"));
    if (retired.empty() || held.empty()) continue;
    std::string access;
    for (std::size_t i = 0; i < held.size(); ++i)
      access += (i ? (i + 1 == held.size() ? " and " : ", ") : "") + held[i];
    const sema::Workload& first = m.workloads[retired.front()];
    bool onlyRetired = retired.size() == id.workloads.size();
    Diagnostic& d = onlyRetired ? ctx.report(*id.decl, id.decl->name->location,
                                             "identity `{}` of decommissioned workload `{}` still holds {}; "
                                             "remove its access and the identity",
                                             id.name, first.name, access)
                                : ctx.report(*id.decl, sema::referenceIn(*id.decl, "workload", first.name),
                                             "identity `{}` still serves decommissioned workload `{}` and "
                                             "holds {}; remove `{}` from its "
                                             "workloads",
                                             id.name, first.name, access, first.name);
    const ast::Value* lifecycle = sema::propertyValue(*first.decl, "lifecycle");
    d.notes.push_back({lifecycle ? lifecycle->location : first.decl->name->location,
                       fmt::format("workload `{}` is decommissioned here", first.name)});
    if (!id.grants.empty()) {
      const sema::Grant& g = id.grants.front();
      d.notes.push_back({g.decl->keywordLocation, fmt::format("it still holds `{}` here", g.role)});
    }
  }
}

}  // namespace trustc::rules
