// exemption-without-owner: an exemption nobody owns is never renewed or
// removed on purpose; it outlives its reason.
#include "rules/context.h"

namespace trustc::rules {

void checkExemptionWithoutOwner(RuleContext& ctx) {
  for (const sema::Exemption& e : ctx.model().exemptions) {
    if (e.owner != sema::kNone) continue;
    ctx.report(*e.decl, e.decl->name->location, "exemption `{}` has no owner", e.name)
        .notes.push_back({{}, "add `owner = TEAM`: the team accountable for fixing the cause and for renewing or "
                              "removing the exemption"});
  }
}

}  // namespace trustc::rules
