// exemption-cluster: the portfolio view. Many active exemptions on one
// assignment say the guardrail does not fit; many under one scope or one
// owner say a team has switched the guardrails off piece by piece. Reported on
// the assignment, scope or owner, with every exemption of the cluster.
#include "rules/context.h"
#include "sema/exemption_portfolio.h"

namespace trustc::rules {

void checkExemptionCluster(RuleContext& ctx) {
  const sema::SemanticModel& m = ctx.model();
  for (const sema::ExemptionCluster& c : sema::findClusters(m, ctx.today(), ctx.options().clusterThreshold)) {
    std::vector<std::string_view> names;
    for (sema::Index e : c.exemptions) names.push_back(m.exemptions[e].name);
    std::string list = fmt::format("{}", fmt::join(names, ", "));
    const ast::Decl* subject = nullptr;
    std::string what, advice;
    switch (c.kind) {
      case sema::ClusterKind::Assignment:
        subject = m.assignments[c.subject].decl;
        what = fmt::format("assignment `{}` has", m.assignments[c.subject].name);
        advice = "review them together: the guardrail may not fit, or one fix of the cause would retire them all";
        break;
      case sema::ClusterKind::Scope:
        subject = m.scopes[c.subject].decl;
        what = fmt::format("`{}` and the scopes inside it have", m.scopes[c.subject].name);
        advice = "review them together: the guardrails here are being switched off piece by piece";
        break;
      case sema::ClusterKind::Owner:
        subject = m.owners[c.subject].decl;
        what = fmt::format("owner `{}` holds", m.owners[c.subject].name);
        advice = "review them together with the owner: fixing the shared cause would retire them all";
        break;
    }
    Diagnostic& d = ctx.report(*subject, subject->name->location, "{} {} active exemptions: {}", what,
                               c.exemptions.size(), list);
    d.notes.push_back({{}, advice});
    for (sema::Index e : c.exemptions) {
      d.notes.push_back({m.exemptions[e].decl->name->location, fmt::format("exemption `{}`", m.exemptions[e].name)});
    }
  }
}

}  // namespace trustc::rules
