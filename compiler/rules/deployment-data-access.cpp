// deployment-data-access: the identity of a deployment workload holds
// data-plane permissions (secrets, blobs, model endpoints). A pipeline
// changes resources; reading their data is the runtime's job, and a
// compromised pipeline should not reach it. Data actions the identity
// declares as needs do not count.
#include "rules/context.h"
#include "sema/privilege.h"

namespace trustc::rules {

void checkDeploymentDataAccess(RuleContext& ctx) {
  const sema::SemanticModel& m = ctx.model();
  const sema::Access& access = *ctx.compilation().access;
  for (const sema::Identity& id : m.identities) {
    sema::Index deployment = sema::workloadOfKind(m, id, sema::WorkloadKind::Deployment);
    if (deployment == sema::kNone) continue;
    for (const sema::Grant& g : id.grants) {
      if (g.customRole == sema::kNone || g.scope == sema::kNone) continue;
      auto data = sema::beyondNeeds(access, id, sema::Plane::Data,
                                    sema::allowedOperations(access, g.customRole, sema::Plane::Data,
                                                            [](std::string_view) { return true; }));
      if (data.empty()) continue;
      Diagnostic& d = ctx.report(
          *g.decl, g.decl->name->location,
          "deployment workload `{}` can reach data through `{}` on {}: {} data action{}, e.g. `{}`",
          m.workloads[deployment].name, m.roles[g.customRole].name, sema::describeScope(m, g.scope),
          data.size(), data.size() == 1 ? "" : "s", sema::exampleOperation(m, g.scope, data));
      d.notes.push_back({{},
                         "a pipeline deploys resources; leave their data to the runtime identity, or declare "
                         "the data the pipeline must touch as a need"});
    }
  }
}

}  // namespace trustc::rules
