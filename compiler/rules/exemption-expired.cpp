// exemption-expired: an exemption past its expiry date no longer exempts
// anything in Azure; the manifest should say what is true.
#include "rules/context.h"
#include "sema/exemption_portfolio.h"

namespace trustc::rules {

void checkExemptionExpired(RuleContext& ctx) {
  for (const sema::Exemption& e : ctx.model().exemptions) {
    auto days = sema::daysToExpiry(e, ctx.today());
    if (!days || *days >= 0) continue;
    ctx.report(*e.decl, sema::propertyLocation(*e.decl, "expires"),
               "exemption `{}` expired on {}, {} day{} ago: its scope is no longer exempt", e.name, e.expires->iso(),
               -*days, *days == -1 ? "" : "s")
        .notes.push_back({{}, "remove it, or renew it after a review with a new `expires` date and reason"});
  }
}

}  // namespace trustc::rules
