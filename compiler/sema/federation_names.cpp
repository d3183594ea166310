#include "sema/federation_names.h"

#include <fmt/format.h>

#include <cctype>

namespace trustc::sema::names {

namespace {

bool isAlnum(char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; }
bool isLowerAlnum(char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'); }
bool isControl(char c) { return static_cast<unsigned char>(c) < 0x20 || c == 0x7f; }

std::string shown(char c) {
  if (c == ' ') return "a space";
  if (isControl(c)) return fmt::format("the control character U+{:04X}", static_cast<unsigned>(c));
  if (static_cast<unsigned char>(c) >= 0x80) return "a non-ASCII character";
  return fmt::format("`{}`", c);
}

Problem at(std::size_t offset, std::string message) { return Problem{std::move(message), offset, 1}; }
Problem whole(std::string message) { return Problem{std::move(message), std::string::npos, 1}; }

// The first character of `text` that `allowed` rejects (wildcards pass).
std::optional<std::size_t> firstBad(std::string_view text, bool (*allowed)(char)) {
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] != '*' && !allowed(text[i])) return i;
  }
  return std::nullopt;
}

Check tooLong(std::string_view text, std::size_t max, std::string_view what) {
  if (text.size() <= max) return std::nullopt;
  return whole(fmt::format("{} is {} characters long; the limit is {}", what, text.size(), max));
}

}  // namespace

bool hasWildcard(std::string_view text) { return text.find('*') != std::string_view::npos; }

Check githubOwner(std::string_view text) {
  if (text.empty()) return whole("the owner before `/` is empty");
  if (auto bad = firstBad(text, [](char c) { return isAlnum(c) || c == '-'; })) {
    return at(*bad, fmt::format("{} is not allowed in a GitHub owner name (letters, digits and `-`)",
                                shown(text[*bad])));
  }
  if (text.front() == '-' || text.back() == '-') {
    return at(text.front() == '-' ? 0 : text.size() - 1,
              "a GitHub owner name does not begin or end with `-`");
  }
  return tooLong(text, 39, "the owner name");
}

Check githubRepositoryName(std::string_view text) {
  if (text.empty()) return whole("the repository name after `/` is empty");
  if (text == "." || text == "..") return whole(fmt::format("`{}` is not a repository name", text));
  if (auto bad = firstBad(text, [](char c) { return isAlnum(c) || c == '-' || c == '_' || c == '.'; })) {
    return at(*bad,
              fmt::format("{} is not allowed in a GitHub repository name (letters, digits, `-`, `_` and `.`)",
                          shown(text[*bad])));
  }
  return tooLong(text, 100, "the repository name");
}

Check githubRepository(std::string_view text) {
  for (std::string_view prefix : {"https://github.com/", "http://github.com/", "github.com/"}) {
    if (text.substr(0, prefix.size()) == prefix) {
      return whole(fmt::format("write the repository as `OWNER/REPO`, without `{}`", prefix));
    }
  }
  std::size_t slash = text.find('/');
  if (slash == std::string_view::npos) {
    return whole("a repository is written `OWNER/REPO`, e.g. \"contoso/inference\"");
  }
  if (std::size_t second = text.find('/', slash + 1); second != std::string_view::npos) {
    return at(second, "a repository is written `OWNER/REPO` with one `/`");
  }
  if (Check p = githubOwner(text.substr(0, slash))) return p;
  if (Check p = githubRepositoryName(text.substr(slash + 1))) {
    if (p->offset != std::string::npos) p->offset += slash + 1;
    return p;
  }
  return std::nullopt;
}

Check githubEnvironment(std::string_view text) {
  if (text.empty()) return whole("the environment name is empty");
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (isControl(text[i]))
      return at(i, fmt::format("a GitHub environment name cannot contain {}", shown(text[i])));
  }
  if (text.front() == ' ' || text.back() == ' ') {
    return at(
        text.front() == ' ' ? 0 : text.size() - 1,
        "the environment name begins or ends with a space, which GitHub trims, so the subject would never "
        "match");
  }
  return tooLong(text, 255, "the environment name");
}

Check gitRefName(std::string_view text, std::string_view what) {
  for (std::string_view prefix : {"refs/heads/", "refs/tags/"}) {
    if (text.substr(0, prefix.size()) == prefix) {
      return whole(fmt::format("write the {} name alone, without `{}`: trustc adds it", what, prefix));
    }
  }
  if (text.empty()) return whole(fmt::format("the {} name is empty", what));
  for (std::size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (isControl(c) || c == ' ' || c == '~' || c == '^' || c == ':' || c == '?' || c == '[' || c == '\\') {
      return at(i, fmt::format("{} is not allowed in a git {} name", shown(c), what));
    }
    if (c == '.' && i + 1 < text.size() && text[i + 1] == '.')
      return at(i, fmt::format("a git {} name has no `..`", what));
    if (c == '@' && i + 1 < text.size() && text[i + 1] == '{')
      return at(i, fmt::format("a git {} name has no `@{{`", what));
    if (c == '/' && (i == 0 || i + 1 == text.size() || text[i + 1] == '/')) {
      return at(i, fmt::format("a git {} name does not begin or end with `/` or contain `//`", what));
    }
    if (c == '.' && (i == 0 || text[i - 1] == '/')) {
      return at(i, fmt::format("no part of a git {} name begins with `.`", what));
    }
  }
  if (text.front() == '-') return at(0, fmt::format("a git {} name does not begin with `-`", what));
  if (text.back() == '.')
    return at(text.size() - 1, fmt::format("a git {} name does not end with `.`", what));
  if (text == "@") return whole(fmt::format("`@` is not a git {} name", what));
  if (text.size() >= 5 && text.substr(text.size() - 5) == ".lock") {
    return whole(fmt::format("a git {} name does not end with `.lock`", what));
  }
  return std::nullopt;
}

Check githubWorkflowRef(std::string_view text) {
  constexpr std::string_view kForm = "`OWNER/REPO/.github/workflows/FILE.yml@REF`";
  std::size_t atSign = text.find('@');
  if (atSign == std::string_view::npos || atSign + 1 == text.size()) {
    return whole(fmt::format("a workflow reference is written {}", kForm));
  }
  std::string_view path = text.substr(0, atSign);
  std::size_t first = path.find('/');
  std::size_t second = first == std::string_view::npos ? first : path.find('/', first + 1);
  if (second == std::string_view::npos)
    return whole(fmt::format("a workflow reference is written {}", kForm));
  if (Check p = githubRepository(path.substr(0, second))) return p;
  std::string_view file = path.substr(second + 1);
  bool yaml = (file.size() > 4 && file.substr(file.size() - 4) == ".yml") ||
              (file.size() > 5 && file.substr(file.size() - 5) == ".yaml");
  if (file.substr(0, 18) != ".github/workflows/" || !yaml) {
    return at(second + 1, fmt::format("the workflow is a `.github/workflows/*.yml` file: write {}", kForm));
  }
  std::string_view ref = text.substr(atSign + 1);
  bool sha = ref.size() == 40 && ref.find_first_not_of("0123456789abcdef") == std::string_view::npos;
  if (!sha && ref.substr(0, 11) != "refs/heads/" && ref.substr(0, 10) != "refs/tags/") {
    return at(atSign + 1, "the workflow's ref is `refs/heads/BRANCH`, `refs/tags/TAG` or a commit SHA");
  }
  return std::nullopt;
}

Check numericId(std::string_view text) {
  if (text.empty()) return whole("the id is empty");
  if (auto bad = firstBad(text, [](char c) { return c >= '0' && c <= '9'; })) {
    return at(*bad, "the owner and repository ids are numbers (the `id` of each in the GitHub API)");
  }
  return std::nullopt;
}

std::string githubClaimValue(std::string_view text) {
  std::string out;
  for (char c : text) {
    if (c == ':')
      out += "%3A";
    else
      out += c;
  }
  return out;
}

Check dnsLabel(std::string_view text) {
  if (text.empty()) return whole("the namespace is empty");
  if (auto bad = firstBad(text, [](char c) { return isLowerAlnum(c) || c == '-'; })) {
    return at(*bad,
              fmt::format("{} is not allowed in a Kubernetes namespace (lower-case letters, digits and `-`)",
                          shown(text[*bad])));
  }
  if (text.front() == '-' || text.back() == '-') {
    return at(text.front() == '-' ? 0 : text.size() - 1,
              "a Kubernetes namespace begins and ends with a letter or digit");
  }
  return tooLong(text, 63, "the namespace");
}

Check dnsSubdomain(std::string_view text) {
  if (text.empty()) return whole("the service account name is empty");
  if (auto bad = firstBad(text, [](char c) { return isLowerAlnum(c) || c == '-' || c == '.'; })) {
    return at(*bad, fmt::format(
                        "{} is not allowed in a Kubernetes service account name (lower-case letters, digits, "
                        "`-` and `.`)",
                        shown(text[*bad])));
  }
  for (std::size_t i = 0; i < text.size(); ++i) {
    bool edge = i == 0 || i + 1 == text.size() || text[i - 1] == '.' || text[i + 1] == '.';
    if (edge && (text[i] == '-' || text[i] == '.')) {
      return at(i, "each part of a Kubernetes service account name begins and ends with a letter or digit");
    }
  }
  return tooLong(text, 253, "the service account name");
}

Check adoOrganization(std::string_view text) {
  if (text.empty()) return whole("the organization name is empty");
  if (auto bad = firstBad(text, [](char c) { return isAlnum(c) || c == '-'; })) {
    return at(*bad,
              fmt::format("{} is not allowed in an Azure DevOps organization name (letters, digits and `-`)",
                          shown(text[*bad])));
  }
  if (text.front() == '-' || text.back() == '-') {
    return at(text.front() == '-' ? 0 : text.size() - 1,
              "an Azure DevOps organization name begins and ends with a letter or digit");
  }
  return tooLong(text, 50, "the organization name");
}

Check adoProject(std::string_view text) {
  if (text.empty()) return whole("the project name is empty");
  constexpr std::string_view kReserved = "/\\:?\"<>;#${},+=[]|%&";
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (isControl(text[i]) || kReserved.find(text[i]) != std::string_view::npos) {
      return at(i, fmt::format("{} is not allowed in an Azure DevOps project name", shown(text[i])));
    }
  }
  if (text.front() == '_' || text.front() == '.')
    return at(0, "an Azure DevOps project name does not begin with `_` or `.`");
  if (text.back() == '.') return at(text.size() - 1, "an Azure DevOps project name does not end with `.`");
  return tooLong(text, 64, "the project name");
}

Check adoConnection(std::string_view text) {
  if (text.empty()) return whole("the service connection name is empty");
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (isControl(text[i]) || text[i] == '/') {
      return at(i,
                fmt::format(
                    "{} cannot stand in a service connection name: the subject separates its parts with `/`",
                    shown(text[i])));
    }
  }
  return std::nullopt;
}

Check gitlabProjectPath(std::string_view text) {
  std::size_t start = 0;
  int segments = 0;
  for (std::size_t i = 0; i <= text.size(); ++i) {
    if (i < text.size() && text[i] != '/') continue;
    std::string_view seg = text.substr(start, i - start);
    if (seg.empty())
      return at(start < text.size() ? start : text.size() - 1, "a GitLab project path has an empty part");
    for (std::size_t k = 0; k < seg.size(); ++k) {
      char c = seg[k];
      if (c != '*' && !isAlnum(c) && c != '_' && c != '-' && c != '.') {
        return at(
            start + k,
            fmt::format("{} is not allowed in a GitLab path (letters, digits, `_`, `-` and `.`)", shown(c)));
      }
    }
    if (seg.front() == '-') return at(start, "a GitLab path does not begin with `-`");
    for (std::string_view suffix : {".git", ".atom"}) {
      if (seg.size() >= suffix.size() && seg.substr(seg.size() - suffix.size()) == suffix) {
        return whole(fmt::format("a GitLab path does not end with `{}`", suffix));
      }
    }
    ++segments;
    start = i + 1;
  }
  if (segments < 2) return whole("a GitLab project is written `GROUP/PROJECT` (with any subgroups between)");
  return std::nullopt;
}

Check terraformName(std::string_view text, std::string_view what) {
  if (text.empty()) return whole(fmt::format("the {} name is empty", what));
  if (auto bad = firstBad(text, [](char c) { return isAlnum(c) || c == '-' || c == '_'; })) {
    return at(*bad,
              fmt::format("{} is not allowed in an HCP Terraform {} name (letters, digits, `-` and `_`)",
                          shown(text[*bad]), what));
  }
  return std::nullopt;
}

Check terraformProject(std::string_view text) {
  if (text.empty()) return whole("the project name is empty");
  if (auto bad = firstBad(text, [](char c) { return isAlnum(c) || c == '-' || c == '_' || c == ' '; })) {
    return at(*bad,
              fmt::format("{} is not allowed in an HCP Terraform project name (letters, digits, spaces, `-` "
                          "and `_`)",
                          shown(text[*bad])));
  }
  return std::nullopt;
}

Check issuerUrl(std::string_view text) {
  if (text.substr(0, 7) == "http://") {
    return whole("the issuer uses http: Entra ID trusts only issuers served over https");
  }
  if (text.substr(0, 8) != "https://")
    return whole("an issuer is an https URL, e.g. \"https://token.actions.githubusercontent.com\"");
  if (text.size() == 8 || text[8] == '/') return whole("the issuer URL has no host after `https://`");
  for (std::size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (isControl(c) || c == ' ') return at(i, fmt::format("{} cannot stand in an issuer URL", shown(c)));
    if (c == '?' || c == '#') return at(i, "an OpenID Connect issuer URL has no query or fragment");
  }
  return std::nullopt;
}

}  // namespace trustc::sema::names
