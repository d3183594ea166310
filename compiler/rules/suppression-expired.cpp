// suppression-expired: a suppression past its `until` date no longer applies,
// so the finding it accepted is reported again; renew or remove it.
#include "rules/context.h"

namespace trustc::rules {

void checkSuppressionExpired(RuleContext& ctx) {
  for (const SuppressionUse& use : ctx.suppressionUses()) {
    const sema::Suppression& s = *use.suppression;
    if (!use.expired || !use.rule) continue;
    const ast::Clause* until = nullptr;
    for (const ast::Clause& c : s.decl->clauses) {
      if (c.kind == ast::Clause::Kind::Until) until = &c;
    }
    Location at = until ? until->value.location : s.decl->keywordLocation;
    ctx.report(*s.decl, at, "the suppression of `{}` expired on {}; the finding applies again", s.rule,
               s.until->iso())
        .notes.push_back({{}, "fix the finding, or renew the suppression with a new reason and date"});
  }
}

}  // namespace trustc::rules
