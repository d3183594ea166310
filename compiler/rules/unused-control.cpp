// unused-control: a compensating control that no exemption lists is either
// stale (its exemption is gone) or forgotten in the exemption that needs it.
#include <algorithm>

#include "rules/context.h"

namespace trustc::rules {

void checkUnusedControl(RuleContext& ctx) {
  const sema::SemanticModel& m = ctx.model();
  for (std::size_t i = 0; i < m.controls.size(); ++i) {
    bool used = std::any_of(m.exemptions.begin(), m.exemptions.end(), [&](const sema::Exemption& e) {
      return std::find(e.controls.begin(), e.controls.end(), static_cast<sema::Index>(i)) != e.controls.end();
    });
    if (used) continue;
    const sema::Control& c = m.controls[i];
    ctx.report(*c.decl, c.decl->name->location, "control `{}` compensates for no exemption", c.name)
        .notes.push_back({{}, "list it in the `controls` of the exemption it supports, or remove it"});
  }
}

}  // namespace trustc::rules
