// suppression-without-reason: every accepted finding must say why; a
// suppression without a reason does not apply.
#include "rules/context.h"

namespace trustc::rules {

void checkSuppressionWithoutReason(RuleContext& ctx) {
  for (const SuppressionUse& use : ctx.suppressionUses()) {
    const sema::Suppression& s = *use.suppression;
    if (!use.rule || !s.reason.empty()) continue;
    ctx.report(*s.decl, s.decl->keywordLocation, "the suppression of `{}` has no reason, so it does not apply", s.rule)
        .notes.push_back({{}, "add `because \"...\"` saying why the finding is accepted"});
  }
}

}  // namespace trustc::rules
