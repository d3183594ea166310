#include "sema/subject_format.h"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <string_view>
#include <vector>

#include "sema/federation_names.h"

namespace trustc::sema {

namespace {

enum class Family { GitHub, Kubernetes, AzureDevOpsLegacy, AzureDevOpsEntra, GitLab, Terraform, Unknown };

std::string_view hostOf(std::string_view url) {
  if (url.substr(0, 8) != "https://") return {};
  url.remove_prefix(8);
  return url.substr(0, url.find('/'));
}

bool endsWith(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

Family familyOf(const Trust& t) {
  std::string_view host = hostOf(t.issuerUrl);
  if (t.issuer == "github") return Family::GitHub;
  if (t.issuer == "kubernetes") return Family::Kubernetes;
  if (t.issuer == "gitlab") return Family::GitLab;
  if (t.issuer == "terraform") return Family::Terraform;
  if (host == "vstoken.dev.azure.com") return Family::AzureDevOpsLegacy;
  if (t.issuer == "azure_devops")
    return host == "login.microsoftonline.com" ? Family::AzureDevOpsEntra : Family::Unknown;
  // A generic trust whose issuer is a well-known one.
  if (host == "token.actions.githubusercontent.com" ||
      (host.substr(0, 14) == "token.actions." && endsWith(host, ".ghe.com"))) {
    return Family::GitHub;
  }
  if (endsWith(host, ".oic.prod-aks.azure.com") || host == "oidc.prod-aks.azure.com")
    return Family::Kubernetes;
  if (host == "gitlab.com") return Family::GitLab;
  if (host == "app.terraform.io" || host == "app.eu.terraform.io") return Family::Terraform;
  return Family::Unknown;
}

std::vector<std::string_view> split(std::string_view s, char sep) {
  std::vector<std::string_view> out;
  std::size_t start = 0;
  for (std::size_t i = 0; i <= s.size(); ++i) {
    if (i == s.size() || s[i] == sep) {
      out.push_back(s.substr(start, i - start));
      start = i + 1;
    }
  }
  return out;
}

// Claims GitHub can put in a (customised) subject, `key:value` each.
constexpr std::string_view kGitHubClaims[] = {"actor",
                                              "actor_id",
                                              "base_ref",
                                              "enterprise",
                                              "enterprise_id",
                                              "environment",
                                              "event_name",
                                              "head_ref",
                                              "job_workflow_ref",
                                              "job_workflow_sha",
                                              "ref",
                                              "ref_protected",
                                              "ref_type",
                                              "repo",
                                              "repository",
                                              "repository_id",
                                              "repository_owner",
                                              "repository_owner_id",
                                              "repository_visibility",
                                              "run_attempt",
                                              "runner_environment",
                                              "sha",
                                              "workflow",
                                              "workflow_ref",
                                              "workflow_sha"};

std::optional<std::string> gitHubProblem(std::string_view subject) {
  std::vector<std::string_view> tokens = split(subject, ':');
  for (std::size_t i = 0; i < tokens.size();) {
    std::string_view key = tokens[i];
    if (key == "pull-request") {
      return std::string(
          "GitHub writes `pull_request` with an underscore (`pull-request` in some Entra examples is a "
          "typo)");
    }
    if (key == "pull_request") {
      ++i;
      continue;
    }
    if (std::find(std::begin(kGitHubClaims), std::end(kGitHubClaims), key) == std::end(kGitHubClaims)) {
      return fmt::format(
          "`{}` is not a claim GitHub puts in a subject; a GitHub subject reads "
          "`repo:OWNER/REPO:environment:NAME`",
          key);
    }
    if (i + 1 >= tokens.size() || tokens[i + 1].empty())
      return fmt::format("the claim `{}` has no value", key);
    std::string_view value = tokens[i + 1];
    if (key == "repo") {
      // OWNER/REPO, or the immutable OWNER@ID/REPO@ID.
      std::string plain;
      for (std::string_view part : split(value, '/')) {
        if (!plain.empty()) plain += '/';
        plain += part.substr(0, part.find('@'));
      }
      if (auto p = names::githubRepository(plain)) return fmt::format("in `repo`: {}", p->message);
    }
    if (key == "ref" && value.substr(0, 5) != "refs/") {
      return fmt::format("a GitHub `ref` claim is a full ref such as `refs/heads/{}`", value);
    }
    i += 2;
  }
  return std::nullopt;
}

std::optional<std::string> kubernetesProblem(std::string_view subject) {
  std::vector<std::string_view> t = split(subject, ':');
  if (t.size() != 4 || t[0] != "system" || t[1] != "serviceaccount") {
    return std::string("a Kubernetes subject reads `system:serviceaccount:NAMESPACE:SERVICE_ACCOUNT`");
  }
  if (auto p = names::dnsLabel(t[2])) return p->message;
  if (auto p = names::dnsSubdomain(t[3])) return p->message;
  return std::nullopt;
}

std::optional<std::string> gitLabProblem(std::string_view subject) {
  std::vector<std::string_view> t = split(subject, ':');
  if (t.size() != 6 || t[0] != "project_path" || t[2] != "ref_type" || t[4] != "ref" || t[5].empty()) {
    return std::string("a GitLab subject reads `project_path:GROUP/PROJECT:ref_type:branch:ref:NAME`");
  }
  if (t[3] != "branch" && t[3] != "tag")
    return fmt::format("GitLab's `ref_type` is `branch` or `tag`, not `{}`", t[3]);
  if (auto p = names::gitlabProjectPath(t[1])) return p->message;
  return std::nullopt;
}

std::optional<std::string> terraformProblem(std::string_view subject) {
  std::vector<std::string_view> t = split(subject, ':');
  if (t.size() != 8 || t[0] != "organization" || t[2] != "project" || t[4] != "workspace" ||
      t[6] != "run_phase") {
    return std::string(
        "an HCP Terraform subject reads "
        "`organization:ORG:project:PROJECT:workspace:WORKSPACE:run_phase:PHASE`");
  }
  if (t[7] != "plan" && t[7] != "apply")
    return fmt::format("the run phase is `plan` or `apply`, not `{}`", t[7]);
  return std::nullopt;
}

std::optional<std::string> azureDevOpsLegacyProblem(std::string_view subject) {
  std::vector<std::string_view> parts = split(subject.substr(subject.substr(0, 5) == "sc://" ? 5 : 0), '/');
  if (subject.substr(0, 5) != "sc://" || parts.size() != 3 ||
      std::any_of(parts.begin(), parts.end(), [](std::string_view p) { return p.empty(); })) {
    return std::string(
        "a service connection's subject on this issuer reads `sc://ORGANIZATION/PROJECT/CONNECTION`");
  }
  return std::nullopt;
}

}  // namespace

std::optional<std::string> subjectFormatProblem(const Trust& t) {
  bool written = t.fields.count("subject") > 0;
  if (!written && t.issuer != "oidc") return std::nullopt;  // built from parts
  const std::string& s = t.subject;
  if (s.empty()) return std::nullopt;
  if (std::isspace(static_cast<unsigned char>(s.front())) ||
      std::isspace(static_cast<unsigned char>(s.back()))) {
    return std::string(
        "the subject begins or ends with white space; Entra ID compares it with the token's `sub` "
        "exactly");
  }
  if (names::hasWildcard(s)) return std::nullopt;  // broad-subject explains wildcards
  switch (familyOf(t)) {
    case Family::GitHub: return gitHubProblem(s);
    case Family::Kubernetes: return kubernetesProblem(s);
    case Family::GitLab: return gitLabProblem(s);
    case Family::Terraform: return terraformProblem(s);
    case Family::AzureDevOpsLegacy: return azureDevOpsLegacyProblem(s);
    case Family::AzureDevOpsEntra:
      if (s.substr(0, 6) != "/eid1/") {
        return std::string(
            "a service connection on the Entra issuer has a subject that begins with `/eid1/`; copy it "
            "from the service connection");
      }
      return std::nullopt;
    case Family::Unknown: return std::nullopt;
  }
  return std::nullopt;
}

std::optional<std::string> issuerFormatProblem(const Trust& t) {
  Family f = familyOf(t);
  bool slashless = f == Family::GitHub || f == Family::GitLab || f == Family::Terraform;
  if (slashless && !t.issuerUrl.empty() && t.issuerUrl.back() == '/') {
    return fmt::format(
        "the issuer ends with `/`, but its tokens carry `{}` without it, and Entra ID compares them "
        "exactly",
        t.issuerUrl.substr(0, t.issuerUrl.size() - 1));
  }
  return std::nullopt;
}

}  // namespace trustc::sema
