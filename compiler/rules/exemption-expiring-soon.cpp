// exemption-expiring-soon: an exemption that ends within the window
// (`expiring-soon-days`, default 14): renew it after review, or get ready for
// the policy to apply again.
#include "rules/context.h"
#include "sema/exemption_portfolio.h"

namespace trustc::rules {

void checkExemptionExpiringSoon(RuleContext& ctx) {
  for (const sema::Exemption& e : ctx.model().exemptions) {
    auto days = sema::daysToExpiry(e, ctx.today());
    if (!days || *days < 0 || *days > ctx.options().expiringSoonDays) continue;
    std::string when = *days == 0 ? "today" : fmt::format("in {} day{}, on {}", *days, *days == 1 ? "" : "s", e.expires->iso());
    ctx.report(*e.decl, sema::propertyLocation(*e.decl, "expires"), "exemption `{}` expires {}", e.name, when)
        .notes.push_back({{}, fmt::format("the policy applies again from {}: fix the cause, or review and renew the "
                                          "exemption",
                                          Date::fromDays(e.expires->days() + 1).iso())});
  }
}

}  // namespace trustc::rules
