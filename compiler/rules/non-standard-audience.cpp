// non-standard-audience: a federated credential whose audience is not the
// one Entra ID's token exchange expects, `api://AzureADTokenExchange` (or
// its sovereign-cloud forms `...USGov` and `...China`). Tokens requested for
// the standard audience will not match it; one issued for another audience
// may be one that another service also accepts.
#include "rules/context.h"
#include "sema/analyzer.h"
#include "sema/federation.h"

namespace trustc::rules {

void checkNonStandardAudience(RuleContext& ctx) {
  for (const sema::Identity& id : ctx.model().identities) {
    for (const sema::Trust& t : id.trusts) {
      if (t.audience == sema::kDefaultAudience || t.audience == sema::kUsGovAudience ||
          t.audience == sema::kChinaAudience) {
        continue;
      }
      const ast::Value* v = sema::propertyValue(*t.decl, "audience");
      ctx.report(*t.decl, v ? v->location : t.decl->keywordLocation,
                 "federated credential `{}` expects audience `{}`; Entra ID's token exchange uses `{}`",
                 t.name, t.audience, sema::kDefaultAudience)
          .notes.push_back({{}, "leave `audience` out, and request tokens for `api://AzureADTokenExchange`"});
    }
  }
}

}  // namespace trustc::rules
