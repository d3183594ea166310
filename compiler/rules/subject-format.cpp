// subject-format: a federated credential that its issuer's tokens can never
// match: a subject written as a whole in a form the issuer does not emit
// (`repo:ORG/REPO:pull-request`, a Kubernetes subject without
// `system:serviceaccount:`), white space around it, or an issuer URL spelled
// differently from the tokens' `iss` (a trailing `/`). Subjects built from
// parts are right by construction.
#include "rules/context.h"
#include "sema/analyzer.h"
#include "sema/subject_format.h"

namespace trustc::rules {

void checkSubjectFormat(RuleContext& ctx) {
  for (const sema::Identity& id : ctx.model().identities) {
    for (const sema::Trust& t : id.trusts) {
      auto at = [&](std::string_view key) {
        const ast::Value* v = sema::propertyValue(*t.decl, key);
        return v ? v->location : t.decl->keywordLocation;
      };
      if (auto problem = sema::subjectFormatProblem(t)) {
        ctx.report(*t.decl, at("subject"), "federated credential `{}` can never match: {}", t.name, *problem);
      }
      if (auto problem = sema::issuerFormatProblem(t)) {
        ctx.report(*t.decl, at("issuer"), "federated credential `{}` can never match: {}", t.name, *problem);
      }
    }
  }
}

}  // namespace trustc::rules
