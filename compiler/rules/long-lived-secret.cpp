// long-lived-secret: a client secret on a service principal, where workload
// identity federation or a managed identity would serve without one. An error
// when it never expires or lives longer than `maxSecretDays` (default 180,
// counted from `created`, or from today when the creation date is not
// given); a warning when it expired or expires within `secretExpiringSoonDays`
// (default 30). Certificates are not checked by this rule.
#include "rules/context.h"
#include "sema/analyzer.h"

namespace trustc::rules {

void checkLongLivedSecret(RuleContext& ctx) {
  const RuleOptions& o = ctx.options();
  for (const sema::Identity& id : ctx.model().identities) {
    for (const sema::Secret& s : id.secrets) {
      if (s.certificate) continue;
      std::string what = s.name.empty() ? fmt::format("the secret of `{}`", id.name)
                                        : fmt::format("secret `{}` of `{}`", s.name, id.name);
      const ast::Value* expires = sema::propertyValue(*s.decl, "expires");
      Location at = expires ? expires->location : s.decl->keywordLocation;
      std::string_view instead = "prefer workload identity federation (`trust`) or a managed identity";
      if (!s.expires) {
        ctx.reportAs(Severity::Error, *s.decl, at,
                     "{} never expires; give it `expires` within {} days, or remove it", what,
                     o.maxSecretDays)
            .notes.push_back({{}, std::string(instead)});
        continue;
      }
      Date from = s.created ? *s.created : ctx.today();
      std::int64_t lifetime = s.expires->days() - from.days();
      std::int64_t left = s.expires->days() - ctx.today().days();
      if (lifetime > o.maxSecretDays) {
        ctx.reportAs(Severity::Error, *s.decl, at, "{} lives {} days (to {}), longer than the maximum of {}",
                     what, lifetime, s.expires->iso(), o.maxSecretDays)
            .notes.push_back({{}, std::string(instead)});
      } else if (left < 0) {
        ctx.reportAs(Severity::Warning, *s.decl, at, "{} expired on {}; remove it", what, s.expires->iso());
      } else if (left <= o.secretExpiringSoonDays) {
        ctx.reportAs(Severity::Warning, *s.decl, at,
                     "{} expires on {}, in {} day{}; rotate it, or replace it", what, s.expires->iso(), left,
                     left == 1 ? "" : "s")
            .notes.push_back({{}, std::string(instead)});
      }
    }
  }
}

}  // namespace trustc::rules
