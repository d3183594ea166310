// review-overdue: an identity whose access nobody has looked at in time. An
// identity declares `review { every = 90d last = DATE }`; it is overdue when
// `last + every` is before today (`--as-of`). A federated credential may
// declare its own review; without one it is reviewed with its identity. An
// identity without a review has never been scheduled for one.
#include "rules/context.h"
#include "sema/analyzer.h"

namespace trustc::rules {

namespace {

// Reports an overdue or impossible review; `what` is "identity `x`".
void checkReview(RuleContext& ctx, const ast::Decl& subject, const sema::Review& r, const std::string& what) {
  if (!r.last || r.everyDays <= 0) return;
  Date due = Date::fromDays(r.last->days() + r.everyDays);
  if (*r.last > ctx.today()) {
    ctx.report(subject, r.location, "the last review of {} is dated {}, after today ({})", what,
               r.last->iso(), ctx.today().iso())
        .notes.push_back({{}, "write the date of the review that took place"});
    return;
  }
  if (due >= ctx.today()) return;
  ctx.report(subject, r.location,
             "the review of {} was due on {} ({} days after the last, on {}); review it and update `last`",
             what, due.iso(), r.everyDays, r.last->iso())
      .notes.push_back({{}, "a review confirms the owner, the grants still needed and the trust still used"});
}

}  // namespace

void checkReviewOverdue(RuleContext& ctx) {
  for (const sema::Identity& id : ctx.model().identities) {
    std::string what = fmt::format("identity `{}`", id.name);
    if (!id.review.declared) {
      ctx.report(*id.decl, id.decl->name->location,
                 "{} has no review; add `review {{ every = 90d  last = DATE }}`", what)
          .notes.push_back({{}, "without a cadence, nobody notices when its access is no longer needed"});
    } else {
      checkReview(ctx, *id.decl, id.review, what);
    }
    for (const sema::Trust& t : id.trusts) {
      if (t.review.declared)
        checkReview(ctx, *t.decl, t.review, fmt::format("federated credential `{}`", t.name));
    }
  }
}

}  // namespace trustc::rules
