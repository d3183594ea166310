// mitigated-without-controls: `category = mitigated` tells Azure and every
// reviewer that the risk is handled another way; without the controls that
// handle it, the claim is unsupported.
#include "rules/context.h"
#include "sema/exemption_portfolio.h"

namespace trustc::rules {

void checkMitigatedWithoutControls(RuleContext& ctx) {
  for (const sema::Exemption& e : ctx.model().exemptions) {
    if (e.category != sema::ExemptionCategory::Mitigated || !e.controls.empty()) continue;
    ctx.report(*e.decl, sema::propertyLocation(*e.decl, "category"),
               "exemption `{}` is `mitigated` but names no compensating control", e.name)
        .notes.push_back({{}, "list the controls that mitigate the risk in `controls = [...]`, or make it a `waiver`"});
  }
}

}  // namespace trustc::rules
