// unused-suppression: a suppression that accepts no finding is noise that
// would silently hide a future one; remove it.
#include "rules/context.h"

namespace trustc::rules {

void checkUnusedSuppression(RuleContext& ctx) {
  for (const SuppressionUse& use : ctx.suppressionUses()) {
    const sema::Suppression& s = *use.suppression;
    if (!use.rule || use.uses > 0 || use.expired || s.reason.empty()) continue;
    if (!ctx.config().enabled(use.rule->id)) continue;  // the rule is off: nothing to suppress
    Diagnostic& d = ctx.report(*s.decl, s.decl->name->location, "this suppression of `{}` suppresses nothing", s.rule);
    d.fix = Fix{"remove the suppression", {{s.decl->location, ""}}};
  }
}

}  // namespace trustc::rules
