// GitHub Actions: `repo:OWNER/REPO:CONTEXT`, where CONTEXT is
// `environment:NAME`, `ref:refs/heads/BRANCH`, `ref:refs/tags/TAG` or
// `pull_request`; the immutable form `repo:OWNER@OWNER_ID/REPO@REPO_ID:...`;
// the customised form that appends `:job_workflow_ref:REF`, or names only
// `job_workflow_ref:REF`. Source: github/docs, actions/reference/security/oidc.md.
#include "sema/federation_build.h"

namespace trustc::sema::federation {

using ast::Value;

namespace {

constexpr std::string_view kSubjectParts[] = {"repository", "environment",  "branch",
                                              "tag",        "pull_request", "job_workflow_ref",
                                              "owner_id",   "repository_id"};

struct Context {
  std::string_view key;
  const Value* value;
};

// The part of the run the token names: at most one.
std::vector<Context> contextsOf(const TrustBuild& b) {
  std::vector<Context> out;
  for (std::string_view key : {"environment", "branch", "tag", "pull_request"}) {
    const Value* v = b.part(key);
    if (!v || (key == "pull_request" && !v->boolean)) continue;
    out.push_back({key, v});
  }
  return out;
}

}  // namespace

void buildGitHub(TrustBuild& b) {
  if (const Value* issuer = b.part("issuer")) {
    b.issuerUrl = issuer->text;  // GitHub Enterprise Cloud with data residency, or an enterprise issuer
    b.issuerSource = issuer;
  } else {
    b.issuerUrl = b.defaultUrl();
  }

  if (const Value* subject = b.part("subject")) {
    for (std::string_view key : kSubjectParts) {
      if (const Value* v = b.part(key)) {
        b.conflict(*v, *subject,
                   fmt::format(
                       "`{}` and `subject` both describe the subject; give the parts, or the whole `subject` "
                       "for a customised subject claim, not both",
                       key));
      }
    }
    b.subject = subject->text;
    return;
  }

  std::vector<Context> contexts = contextsOf(b);
  if (contexts.size() > 1) {
    b.conflict(
        *contexts[1].value, *contexts[0].value,
        fmt::format("a GitHub token names one of environment, branch, tag or pull request; `{}` and `{}` "
                    "cannot both match: declare one trust for each",
                    contexts[0].key, contexts[1].key));
    return;
  }
  const Value* repository = b.part("repository");
  const Value* workflow = b.part("job_workflow_ref");
  const Value* ownerId = b.part("owner_id");
  const Value* repositoryId = b.part("repository_id");

  if (!repository) {
    if (workflow && contexts.empty() && !ownerId && !repositoryId) {
      // A subject customised to the reusable workflow alone.
      if (b.check(*workflow, names::githubWorkflowRef(workflow->text), DiagKind::MalformedTrustPart)) {
        b.subject = "job_workflow_ref:" + workflow->text;
      }
      return;
    }
    b.missing("a `github` trust needs `repository`, e.g. `repository = \"contoso/inference\"`");
    return;
  }
  bool ok = b.check(*repository, names::githubRepository(repository->text), DiagKind::MalformedRepository);
  if (contexts.empty()) {
    b.missing(
         "a `github` trust needs one of `environment`, `branch`, `tag` or `pull_request = true`: it says "
         "which "
         "workflow runs may sign in")
        .notes.push_back(
            {{}, "prefer `environment = \"production\"`: a GitHub environment can require reviewers"});
    return;
  }
  const Context& context = contexts.front();
  std::string contextClaim;
  if (context.key == "environment") {
    ok &= b.check(*context.value, names::githubEnvironment(context.value->text),
                  DiagKind::InvalidGitHubEnvironment);
    contextClaim = "environment:" + names::githubClaimValue(context.value->text);
  } else if (context.key == "branch") {
    ok &= b.check(*context.value, names::gitRefName(context.value->text, "branch"),
                  DiagKind::MalformedTrustPart);
    contextClaim = "ref:refs/heads/" + context.value->text;
  } else if (context.key == "tag") {
    ok &=
        b.check(*context.value, names::gitRefName(context.value->text, "tag"), DiagKind::MalformedTrustPart);
    contextClaim = "ref:refs/tags/" + context.value->text;
  } else {
    contextClaim = "pull_request";
  }

  std::string repo = repository->text;
  if (ownerId || repositoryId) {
    // The immutable subject: owner and repository each followed by `@` and their numeric id.
    if (!ownerId || !repositoryId) {
      b.missing("the immutable GitHub subject needs both `owner_id` and `repository_id`");
      return;
    }
    ok &= b.check(*ownerId, names::numericId(ownerId->text), DiagKind::MalformedTrustPart);
    ok &= b.check(*repositoryId, names::numericId(repositoryId->text), DiagKind::MalformedTrustPart);
    std::size_t slash = repo.find('/');
    if (slash != std::string::npos) {
      repo = fmt::format("{}@{}/{}@{}", repo.substr(0, slash), ownerId->text, repo.substr(slash + 1),
                         repositoryId->text);
    }
  }
  std::string subject = fmt::format("repo:{}:{}", repo, contextClaim);
  if (workflow) {
    ok &= b.check(*workflow, names::githubWorkflowRef(workflow->text), DiagKind::MalformedTrustPart);
    subject += ":job_workflow_ref:" + workflow->text;
  }
  if (ok) b.subject = std::move(subject);
}

}  // namespace trustc::sema::federation
