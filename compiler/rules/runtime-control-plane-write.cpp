// runtime-control-plane-write: the identity of a runtime workload can write,
// delete or act on Azure resources (control-plane operations). Runtime code
// should use data, not reconfigure Azure; an attacker who takes over the
// workload gets those rights. Operations the identity declares as needs, and
// control-plane actions that only read (sema/privilege.h), do not count.
#include "rules/context.h"
#include "sema/privilege.h"

namespace trustc::rules {

namespace {

bool changes(std::string_view op) {
  sema::Change c = sema::changeOf(op);
  return c == sema::Change::Write || c == sema::Change::Delete ||
         (c == sema::Change::Action && !sema::readOnlyAction(op));
}

}  // namespace

void checkRuntimeControlPlaneWrite(RuleContext& ctx) {
  const sema::SemanticModel& m = ctx.model();
  const sema::Access& access = *ctx.compilation().access;
  for (const sema::Identity& id : m.identities) {
    sema::Index runtime = sema::workloadOfKind(m, id, sema::WorkloadKind::Runtime);
    if (runtime == sema::kNone) continue;
    for (const sema::Grant& g : id.grants) {
      if (g.customRole == sema::kNone || g.scope == sema::kNone) continue;
      auto writes =
          sema::beyondNeeds(access, id, sema::Plane::Control,
                            sema::allowedOperations(access, g.customRole, sema::Plane::Control, &changes));
      if (writes.empty()) continue;
      Diagnostic& d = ctx.report(
          *g.decl, g.decl->name->location,
          "runtime workload `{}` can change Azure resources through `{}` on {}: {} control-plane "
          "write, delete or action operation{}, e.g. `{}`",
          m.workloads[runtime].name, m.roles[g.customRole].name, sema::describeScope(m, g.scope),
          writes.size(), writes.size() == 1 ? "" : "s", sema::exampleOperation(m, g.scope, writes));
      d.notes.push_back({{},
                         "runtime code should use data, not reconfigure Azure: choose a data-plane role, and "
                         "give deployments their own identity"});
    }
  }
}

}  // namespace trustc::rules
