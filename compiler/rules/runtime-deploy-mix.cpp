// runtime-deploy-mix: one identity both deploys (a deployment workload, or a
// trust from a CI/CD pipeline) and serves (a runtime workload, a resource it
// is attached to or lives on, Kubernetes pods). Whoever controls the pipeline
// then acts as the running service, and the service holds deployment rights.
// An error on production identities, a warning elsewhere.
#include "rules/context.h"
#include "sema/identity_facts.h"

namespace trustc::rules {

void checkRuntimeDeployMix(RuleContext& ctx) {
  const sema::SemanticModel& m = ctx.model();
  for (const sema::Identity& id : m.identities) {
    std::vector<sema::Use> deploys = sema::deployingUses(m, id);
    std::vector<sema::Use> serves = sema::servingUses(m, id);
    if (deploys.empty() || serves.empty()) continue;
    bool production = sema::isProduction(m, id);
    Diagnostic& d =
        ctx.reportAs(production ? Severity::Error : Severity::Warning, *id.decl, id.decl->name->location,
                     "{}identity `{}` both deploys and serves: whoever runs the pipeline acts as the "
                     "running service; give deployment its own identity",
                     production ? "production " : "", id.name);
    d.notes.push_back({deploys.front().at, fmt::format("it deploys: {}", deploys.front().how)});
    d.notes.push_back({serves.front().at, fmt::format("it serves: {}", serves.front().how)});
  }
}

}  // namespace trustc::rules
