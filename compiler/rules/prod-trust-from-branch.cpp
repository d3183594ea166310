// prod-trust-from-branch: a production identity trusted from a GitHub branch
// or tag ref. Anyone who can push to the branch (or create the tag) signs in
// as production; a GitHub environment can require reviewers and restrict
// which branches deploy, so production trust names an environment.
#include "rules/context.h"
#include "sema/analyzer.h"
#include "sema/identity_facts.h"

namespace trustc::rules {

void checkProdTrustFromBranch(RuleContext& ctx) {
  const sema::SemanticModel& m = ctx.model();
  for (const sema::Identity& id : m.identities) {
    if (!sema::isProduction(m, id)) continue;
    for (const sema::Trust& t : id.trusts) {
      if (t.issuer != "github") continue;
      bool branch = t.subject.find(":ref:refs/heads/") != std::string::npos;
      bool tag = t.subject.find(":ref:refs/tags/") != std::string::npos;
      if (!branch && !tag) continue;
      std::string_view key = t.fields.count("branch") ? "branch" : t.fields.count("tag") ? "tag" : "subject";
      const ast::Property* p = sema::property(*t.decl, key);
      ctx.report(
             *t.decl, p ? p->key.location : t.decl->keywordLocation,
             "production identity `{}` trusts a {} ref (`{}`): anyone who can push it signs in as production",
             id.name, branch ? "branch" : "tag", t.subject)
          .notes.push_back({{},
                            "trust a protected GitHub environment with required reviewers instead: "
                            "`environment = \"production\"`"});
    }
  }
}

}  // namespace trustc::rules
