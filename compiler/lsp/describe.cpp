#include "lsp/describe.h"

#include <fmt/format.h>

#include "rules/registry.h"

namespace trustc::lsp {

namespace {

constexpr std::size_t kMaxListed = 40;
constexpr std::uint32_t kMaxSourceLines = 15;

std::string codeList(const std::vector<std::string>& items) {
  std::string out;
  for (std::size_t i = 0; i < items.size() && i < kMaxListed; ++i)
    out += fmt::format("{}`{}`", i ? ", " : "", items[i]);
  if (items.size() > kMaxListed) out += fmt::format(" and {} more", items.size() - kMaxListed);
  return out;
}

// The declaration as written (its first lines), and where.
std::string source(const Compilation& c, const ast::Decl& d) {
  if (!d.location.valid()) return "";
  const SourceFile& f = c.sources.file(d.location.file);
  std::uint32_t first = d.location.range.begin.line;
  std::uint32_t last = std::min(d.location.range.end.line, first + kMaxSourceLines - 1);
  std::string out = "```trust\n";
  for (std::uint32_t l = first; l <= last; ++l) out += std::string(f.line(l)) + "\n";
  if (last < d.location.range.end.line) out += "...\n";
  out += "```\n";
  bool stdlib = f.path().rfind("<stdlib>", 0) == 0;
  out += stdlib ? "\nfrom the standard library" : fmt::format("\ndeclared in `{}`, line {}", f.path(), first);
  return out;
}

// "allows 2 of the 22,497 operations Azure defines: 0 control-plane, 2 data-plane"
std::string allowsSummary(const Compilation& c, sema::Index role) {
  const sema::OperationCatalogue& ops = c.access->operations();
  std::size_t control = 0, data = 0;
  for (std::uint32_t i : c.access->effectiveOf(role))
    ++(ops.plane(i) == sema::Plane::Control ? control : data);
  return fmt::format("allows {} of the {} operations Azure defines: {} control-plane, {} data-plane",
                     control + data, ops.size(), control, data);
}

const sema::Role* roleOf(const Compilation& c, const ast::Decl* d) {
  for (const sema::Role& r : c.model.roles) {
    if (r.decl == d) return &r;
  }
  return nullptr;
}

std::string describeRole(const Compilation& c, const sema::Role& r) {
  std::string out = fmt::format("**role** `{}` ({})", r.name, r.builtin ? "built-in" : "custom");
  if (!r.guid.empty()) out += fmt::format("\n\nid `{}`", r.guid);
  if (!r.description.empty()) out += "\n\n" + r.description;
  out += "\n\n**Effective permissions**";
  if (c.access) {
    auto index = static_cast<sema::Index>(&r - c.model.roles.data());
    out += "\n\n" + allowsSummary(c, index);
  }
  for (std::size_t i = 0; i < r.permissions.size(); ++i) {
    const sema::PermissionBlock& p = r.permissions[i];
    if (r.permissions.size() > 1) out += fmt::format("\n\nblock {}:", i + 1);
    auto line = [&](std::string_view what, const std::vector<std::string>& items,
                    const std::vector<std::string>& except) {
      if (items.empty()) return;
      out += fmt::format("\n\n- {}: {}", what, codeList(items));
      if (!except.empty()) out += fmt::format(", except {}", codeList(except));
    };
    line("actions", p.actions, p.notActions);
    line("data actions", p.dataActions, p.notDataActions);
    if (!p.condition.empty()) out += fmt::format("\n\n- condition: `{}`", p.condition);
  }
  if (r.permissions.empty()) out += ": none";
  return out;
}

std::string scopeName(const sema::SemanticModel& m, sema::Index i) {
  return i == sema::kNone ? "?" : m.scopes[static_cast<std::size_t>(i)].name;
}

std::string describeIdentity(const Compilation& c, const ast::Decl& d) {
  const sema::SemanticModel& m = c.model;
  const sema::Identity* id = nullptr;
  for (const sema::Identity& i : m.identities) {
    if (i.decl == &d) id = &i;
  }
  std::string out = source(c, d);
  if (!id) return out;
  std::string summary = fmt::format("**identity** `{}`", id->name);
  if (id->owner != sema::kNone)
    summary += fmt::format(", owned by `{}`", m.owners[static_cast<std::size_t>(id->owner)].name);
  for (sema::Index w : id->workloads)
    summary += fmt::format("\n\n- serves workload `{}`", m.workloads[static_cast<std::size_t>(w)].name);
  for (const sema::Grant& g : id->grants) {
    summary += fmt::format("\n\n- granted `{}` on `{}`", g.role, scopeName(m, g.scope));
    if (g.expires) summary += fmt::format(" until {}", g.expires->iso());
    if (c.access && g.customRole != sema::kNone) summary += ": " + allowsSummary(c, g.customRole);
  }
  for (const sema::Need* n : c.access ? c.access->needsOf(*id) : std::vector<const sema::Need*>{}) {
    summary += fmt::format("\n\n- needs `{}` on `{}`", n->permission, scopeName(m, n->scope));
    std::vector<sema::Operation> unmet = c.access->unmetOperations(*id, *n);
    summary += unmet.empty() ? std::string(": met")
                             : fmt::format(": {} operation{} no grant gives, e.g. `{}`", unmet.size(),
                                           unmet.size() == 1 ? "" : "s", unmet.front().name);
  }
  for (const sema::Trust& t : id->trusts) {
    summary += fmt::format("\n\n- trusts `{}`{}", t.issuer,
                           t.subject.empty() ? "" : fmt::format(" for `{}`", t.subject));
  }
  return summary + "\n\n" + out;
}

}  // namespace

std::string describe(const Compilation& c, const Site& site) {
  if (site.kind == Site::Kind::Rule) {
    const rules::RuleInfo* r = rules::findRule(site.text);
    if (!r) return fmt::format("unknown rule `{}`", site.text);
    return fmt::format("**rule** `{}` ({}, {} by default)\n\n{}", r->name, rules::categoryName(r->category),
                       severityName(r->defaultSeverity), r->summary);
  }
  if (site.kind == Site::Kind::Action) return fmt::format("**action** `{}`", site.text);
  if (!site.target) return "";
  const ast::Decl& d = *site.target;
  if (d.kind == ast::DeclKind::Role) {
    if (const sema::Role* r = roleOf(c, &d)) return describeRole(c, *r);
  }
  if (d.kind == ast::DeclKind::Identity) return describeIdentity(c, d);
  return source(c, d);
}

}  // namespace trustc::lsp
