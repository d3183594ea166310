// broad-subject: a federated credential whose subject admits more runs than
// one deployment needs: any pull request (anyone who can open one), a
// reusable workflow called from any repository, a Kubernetes `default`
// service account (every pod that names none), or a wildcard (Azure compares
// subjects exactly, so `*` matches only a literal `*`: the trust is both
// broad in intent and broken). An error on production identities.
#include "rules/context.h"
#include "sema/analyzer.h"
#include "sema/federation_names.h"
#include "sema/identity_facts.h"

namespace trustc::rules {

namespace {

struct Breadth {
  std::string what;  // "any pull request of `contoso/app`"
  Location at;
};

std::optional<Breadth> breadthOf(const sema::Trust& t) {
  auto at = [&](std::string_view key) {
    const ast::Property* p = sema::property(*t.decl, key);
    return p ? p->value.location : t.decl->keywordLocation;
  };
  for (const auto& [key, value] : t.fields) {
    if (key != "audience" && key != "issuer" && sema::names::hasWildcard(value)) {
      return Breadth{
          fmt::format("any `{}` (a wildcard, which Azure does not expand: it matches only a literal `*`)",
                      key),
          at(key)};
    }
  }
  auto field = [&](std::string_view key) {
    auto it = t.fields.find(std::string(key));
    return it == t.fields.end() ? std::string() : it->second;
  };
  if (t.issuer == "github") {
    if (field("pull_request") == "true" || t.subject.find(":pull_request") != std::string::npos) {
      return Breadth{
          fmt::format("any pull request of `{}`, from anyone who can open one", field("repository")),
          at(t.fields.count("pull_request") ? "pull_request" : "subject")};
    }
    if (t.fields.count("job_workflow_ref") && !t.fields.count("repository") && !t.fields.count("subject")) {
      return Breadth{"any repository that calls the reusable workflow", at("job_workflow_ref")};
    }
  }
  if (t.issuer == "kubernetes" && field("service_account") == "default") {
    return Breadth{fmt::format("every pod in namespace `{}` that names no service account (`default`)",
                               field("namespace")),
                   at("service_account")};
  }
  return std::nullopt;
}

}  // namespace

void checkBroadSubject(RuleContext& ctx) {
  const sema::SemanticModel& m = ctx.model();
  for (const sema::Identity& id : m.identities) {
    bool production = sema::isProduction(m, id);
    for (const sema::Trust& t : id.trusts) {
      std::optional<Breadth> b = breadthOf(t);
      if (!b) continue;
      Diagnostic& d = ctx.reportAs(production ? Severity::Error : Severity::Warning, *t.decl, b->at,
                                   "federated credential `{}` of {}identity `{}` admits {}", t.name,
                                   production ? "production " : "", id.name, b->what);
      if (!t.subject.empty()) d.notes.push_back({{}, fmt::format("its subject is `{}`", t.subject)});
      d.notes.push_back(
          {{},
           t.issuer == "kubernetes"
               ? "give the workload its own service account and trust that one"
               : "trust one protected environment, e.g. `environment = \"production\"`, or one branch"});
    }
  }
}

}  // namespace trustc::rules
