// control-without-evidence: a compensating control that only exists in
// someone's head compensates for nothing. Evidence is a link, or a declared
// object (a policy assignment, a network rule resource) that implements it.
#include "rules/context.h"

namespace trustc::rules {

void checkControlWithoutEvidence(RuleContext& ctx) {
  for (const sema::Control& c : ctx.model().controls) {
    if (!c.evidenceLink.empty() || c.evidenceDecl) continue;
    ctx.report(*c.decl, c.decl->name->location, "control `{}` has no evidence that it exists", c.name)
        .notes.push_back({{}, "add `evidence = \"https://...\"` (a runbook, a dashboard, an audit record) or name the "
                              "declared object that implements it, e.g. `evidence = ip-allowlist-rule`"});
  }
}

}  // namespace trustc::rules
