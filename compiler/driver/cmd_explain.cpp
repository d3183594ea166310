// `trustc explain SUBJECT [PATH...]`: a rule's or an error code's
// documentation, an identity's effective permissions, or what a role allows.
#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <iostream>

#include "driver/embedded_docs.h"
#include "driver/explain_access.h"
#include "driver/explain_capability.h"
#include "driver/options.h"
#include "driver/verbs.h"
#include "rules/registry.h"
#include "support/spelling.h"

namespace trustc::driver {

namespace {

constexpr std::string_view kHelp = R"(usage: trustc explain RULE-ID
       trustc explain E####
       trustc explain IDENTITY [PATH...] [--format=text|json]
       trustc explain ROLE [PATH...] [--format=text|json]
       trustc explain CAPABILITY [--format=text|json]

Explains one thing:
  RULE-ID   a lint rule's documentation, e.g. `trustc explain excess-permissions`
            (`trustc rules` lists them)
  E####     a compile error's documentation, e.g. `trustc explain E0605`
  IDENTITY  an identity of the project in PATH (default: the current folder):
            its grants, its effective permissions on each scope where it is
            granted or needs something and which grant gives them, and which
            grant meets each operation of each need
  ROLE      a role of the project, or a built-in role by name or GUID, e.g.
            `trustc explain "Key Vault Secrets User"`: what it allows
  CAPABILITY  a named capability of the standard library, e.g.
            `trustc explain blob.read`: the actions it stands for and the
            narrowest built-in role that gives them

A subject is looked up in this order: an error code; without PATH, a rule,
a built-in role, then a capability; then, in the project, an identity, a
role, and a rule. A project with errors is not explained (`trustc check`
lists them).

options:
  --format=text|json   how the explanation is printed (default text)
  --as-of=YYYY-MM-DD   the date the project is compiled against
  --stdlib=DIR         use the standard library in DIR instead of the embedded one
)";

bool isErrorCode(std::string_view s) {
  return s.size() == 5 && s[0] == 'E' && std::all_of(s.begin() + 1, s.end(), [](char c) {
           return std::isdigit(static_cast<unsigned char>(c)) != 0;
         });
}

int printPage(std::string_view subject, std::string_view page, OutputFormat format) {
  if (format == OutputFormat::Json) {
    std::cout << nlohmann::ordered_json{{"id", subject}, {"documentation", page}}.dump(2) << "\n";
  } else {
    std::cout << page;
    if (!page.empty() && page.back() != '\n') std::cout << "\n";
  }
  return kExitClean;
}

int explainCode(std::string_view code, OutputFormat format) {
  if (auto page = findDoc(fmt::format("errors/{}.md", code))) return printPage(code, *page, format);
  for (const DiagKindInfo& k : allDiagKinds()) {
    if (k.code == code) return printPage(code, fmt::format("# {} — {}\n", k.code, k.summary), format);
  }
  usageError(fmt::format("no compile error has the code `{}`", code));
  return kExitUsage;
}

int explainRule(const rules::RuleInfo& rule, OutputFormat format) {
  if (auto page = findDoc(fmt::format("rules/{}.md", rule.name))) return printPage(rule.name, *page, format);
  return printPage(
      rule.name,
      fmt::format("# {}\n\n**Category:** {} · **Default severity:** {}\n\n{}\n", rule.name,
                  rules::categoryName(rule.category), severityName(rule.defaultSeverity), rule.summary),
      format);
}

template <typename T>
int print(OutputFormat format, const nlohmann::ordered_json& json, T&& text) {
  if (format == OutputFormat::Json)
    std::cout << json.dump(2) << "\n";
  else
    text(std::cout);
  return kExitClean;
}

}  // namespace

int runExplain(const Args& args) {
  auto options = parseOptions(args, "explain");
  if (!options) return kExitUsage;
  if (options->help) {
    fmt::print("{}", kHelp);
    return kExitClean;
  }
  if (options->inputs.empty()) {
    usageError(
        "explain what? give a rule id, an error code, an identity or a role, e.g. `trustc explain "
        "excess-permissions`");
    return kExitUsage;
  }
  std::string subject = options->inputs.front();
  std::vector<std::string> paths(options->inputs.begin() + 1, options->inputs.end());
  if (isErrorCode(subject)) return explainCode(subject, options->format);
  const rules::RuleInfo* rule = rules::findRule(subject);
  if (rule && paths.empty()) return explainRule(*rule, options->format);
  // Rules, codes and the standard library's names: what needs no project.
  std::vector<std::string> known;
  for (const rules::RuleInfo& r : rules::allRules()) known.emplace_back(r.name);
  for (const DiagKindInfo& k : allDiagKinds()) known.emplace_back(k.code);
  if (paths.empty()) {
    // A built-in role or a capability needs no project (give a PATH to look
    // in the project first).
    Options none = *options;
    none.inputs.clear();
    auto lib = compile(compileOptions(none));
    for (const std::string& e : lib->inputErrors) usageError(e);
    if (!lib->inputErrors.empty()) return kExitUsage;
    if (auto builtin = lib->stdlib.findRole(subject)) {
      RoleRef role{std::nullopt, builtin};
      return print(options->format, options->format == OutputFormat::Json ? roleJson(*lib, role) : nullptr,
                   [&](std::ostream& out) { printRole(out, *lib, role); });
    }
    if (const sema::Symbol* cap = lib->stdlib.find(sema::Namespace::Capabilities, subject);
        cap && cap->decl) {
      return print(options->format,
                   options->format == OutputFormat::Json ? capabilityJson(*lib, *cap->decl) : nullptr,
                   [&](std::ostream& out) { printCapability(out, *lib, *cap->decl); });
    }
    for (sema::Namespace ns : {sema::Namespace::Roles, sema::Namespace::Capabilities}) {
      for (std::string_view n : lib->stdlib.names(ns)) known.emplace_back(n);
    }
  }
  auto notFound = [&](std::string_view where, const std::vector<std::string>& more) {
    std::vector<std::string_view> candidates(known.begin(), known.end());
    candidates.insert(candidates.end(), more.begin(), more.end());
    std::string message = fmt::format(
        "`{}` is not a rule, an error code, a capability, a built-in role, or an identity or role {}",
        subject, where);
    if (auto m = closestMatch(subject, candidates)) message += fmt::format("; did you mean `{}`?", *m);
    usageError(message);
    return kExitUsage;
  };
  // An identity or a role: compile the project.
  Options project = *options;
  project.inputs = paths.empty() ? std::vector<std::string>{"."} : paths;
  auto c = compile(compileOptions(project));
  if (!c->inputErrors.empty()) {
    // Without PATH, the current folder need not be a project.
    if (paths.empty()) return notFound("(the current folder holds no project)", {});
    for (const std::string& e : c->inputErrors) usageError(e);
    return kExitUsage;
  }
  std::vector<std::string> names;
  for (const sema::Identity& id : c->model.identities) names.push_back(id.name);
  for (const sema::Role& r : c->model.roles) {
    if (!r.builtin) names.push_back(r.name);
  }
  const sema::Identity* identity = nullptr;
  for (const sema::Identity& id : c->model.identities) {
    if (id.name == subject) identity = &id;
  }
  RoleRef role;
  for (std::size_t i = 0; i < c->model.roles.size(); ++i) {
    const sema::Role& r = c->model.roles[i];
    if (!r.builtin && (r.name == subject || (!r.guid.empty() && sema::equalsNoCase(r.guid, subject)))) {
      role.modelRole = static_cast<sema::Index>(i);
    }
  }
  if (!identity && !role.modelRole) role.builtin = c->stdlib.findRole(subject);
  if (!identity && !role.modelRole && !role.builtin) {
    if (rule) return explainRule(*rule, options->format);
    return notFound(fmt::format("of the project in `{}`", fmt::join(project.inputs, " ")), names);
  }
  if (c->diagnostics.hasErrors()) {
    // What a project with errors grants is not known; its errors are `check`'s to list.
    std::size_t errors = c->diagnostics.errorCount();
    usageError(
        fmt::format("the project in `{}` has {} error{}; `trustc check {}` lists them: fix them to "
                    "explain `{}`",
                    fmt::join(project.inputs, " "), errors, errors == 1 ? "" : "s",
                    fmt::join(project.inputs, " "), subject));
    return kExitFindings;
  }
  if (identity) {
    return print(options->format,
                 options->format == OutputFormat::Json ? identityAccessJson(*c, *identity) : nullptr,
                 [&](std::ostream& out) { printIdentityAccess(out, *c, *identity); });
  }
  return print(options->format, options->format == OutputFormat::Json ? roleJson(*c, role) : nullptr,
               [&](std::ostream& out) { printRole(out, *c, role); });
}

}  // namespace trustc::driver
