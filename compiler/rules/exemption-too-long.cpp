// exemption-too-long: every exemption must look temporary on purpose. One
// without an expiry is an error; one that ends more than `max-exemption-days`
// (default 90) from today is a warning.
#include "rules/context.h"
#include "sema/exemption_portfolio.h"

namespace trustc::rules {

void checkExemptionTooLong(RuleContext& ctx) {
  int max = ctx.options().maxExemptionDays;
  std::string latest = Date::fromDays(ctx.today().days() + max).iso();
  for (const sema::Exemption& e : ctx.model().exemptions) {
    auto days = sema::daysToExpiry(e, ctx.today());
    if (!days) {
      ctx.reportAs(Severity::Error, *e.decl, e.decl->name->location, "exemption `{}` never expires", e.name)
          .notes.push_back({{}, fmt::format("add `expires = {}` or earlier ({} days from today), and renew it only "
                                            "after a review",
                                            latest, max)});
      continue;
    }
    if (*days <= max) continue;
    Location at = sema::propertyLocation(*e.decl, "expires");
    Diagnostic& d = ctx.report(*e.decl, at, "exemption `{}` expires in {} days, more than the {} days an exemption may last",
                               e.name, *days, max);
    d.notes.push_back({{}, fmt::format("end it by {} and renew it after a review if it is still needed", latest)});
    d.fix = Fix{fmt::format("expire on {}", latest), {{at, latest}}};
  }
}

}  // namespace trustc::rules
