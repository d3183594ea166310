// waiver-without-controls: a waiver accepts the risk; naming what reduces it
// in the meantime makes the acceptance defensible.
#include "rules/context.h"
#include "sema/exemption_portfolio.h"

namespace trustc::rules {

void checkWaiverWithoutControls(RuleContext& ctx) {
  for (const sema::Exemption& e : ctx.model().exemptions) {
    if (e.category != sema::ExemptionCategory::Waiver || !e.controls.empty()) continue;
    ctx.report(*e.decl, sema::propertyLocation(*e.decl, "category"),
               "waiver `{}` accepts the risk with no compensating control", e.name)
        .notes.push_back({{}, "declare the controls that reduce the risk while the policy is not met and list them "
                              "in `controls = [...]`"});
  }
}

}  // namespace trustc::rules
