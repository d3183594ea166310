// The forms of the names that federated subjects are built from: GitHub
// owners, repositories, environments and git refs; Kubernetes namespaces and
// service accounts; Azure DevOps, GitLab and HCP Terraform names; issuer URLs.
// Each check returns what is wrong (and where in the text), or nothing.
//
// A `*` is accepted wherever a name may stand: it is a wildcard, which Azure
// does not expand, and the `broad-subject` rule explains it.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace trustc::sema::names {

struct Problem {
  std::string message;                     // "`~` is not allowed in a branch name"
  std::size_t offset = std::string::npos;  // byte offset of the culprit, npos: the whole text
  std::size_t length = 1;
};
using Check = std::optional<Problem>;

bool hasWildcard(std::string_view text);

// GitHub.
Check githubOwner(std::string_view text);
Check githubRepositoryName(std::string_view text);
Check githubRepository(std::string_view text);  // OWNER/REPO
Check githubEnvironment(std::string_view text);
Check gitRefName(std::string_view text, std::string_view what);  // a branch or tag name, not `refs/...`
Check githubWorkflowRef(std::string_view text);                  // OWNER/REPO/.github/workflows/F.yml@REF
Check numericId(std::string_view text);
// GitHub escapes `:` inside a claim value as `%3A`.
std::string githubClaimValue(std::string_view text);

// Kubernetes.
Check dnsLabel(std::string_view text);      // a namespace
Check dnsSubdomain(std::string_view text);  // a service account

// Azure DevOps.
Check adoOrganization(std::string_view text);
Check adoProject(std::string_view text);
Check adoConnection(std::string_view text);

// GitLab.
Check gitlabProjectPath(std::string_view text);

// HCP Terraform.
Check terraformName(std::string_view text, std::string_view what);  // organization, workspace
Check terraformProject(std::string_view text);

// An OpenID Connect issuer identifier: https, a host, no query or fragment.
Check issuerUrl(std::string_view text);

}  // namespace trustc::sema::names
