#include "driver/explain_access.h"

#include <fmt/format.h>

#include <algorithm>
#include <set>

#include "sema/privilege.h"
#include "sema/stdlib.h"

namespace trustc::driver {

namespace {

using nlohmann::ordered_json;
using sema::Index;

// 17980 -> "17,980".
std::string grouped(std::size_t n) {
  std::string digits = std::to_string(n), out;
  for (std::size_t i = 0; i < digits.size(); ++i) {
    if (i && (digits.size() - i) % 3 == 0) out += ',';
    out += digits[i];
  }
  return out;
}

std::string where(const Compilation& c, const Location& loc) {
  if (!loc.valid()) return "";
  return fmt::format("{}:{}:{}", c.sources.file(loc.file).path(), loc.range.begin.line,
                     loc.range.begin.column);
}

// What explain says about a role.
struct RoleFacts {
  std::string name, guid, description;
  bool builtin = false;
  Location declared;
  sema::PermissionSet permissions;
  std::size_t control = 0, data = 0;
};

RoleFacts factsOf(const Compilation& c, RoleRef ref) {
  RoleFacts f;
  const sema::OperationCatalogue& ops = c.stdlib.operations();
  if (ref.modelRole) {
    const sema::Role& r = c.model.roles[*ref.modelRole];
    f.name = r.name;
    f.guid = r.guid;
    f.description = r.description;
    f.builtin = r.builtin;
    f.declared = r.decl && r.decl->name ? r.decl->name->location : Location{};
    f.permissions = c.access->permissionsOf(*ref.modelRole);
    for (std::uint32_t i : c.access->effectiveOf(*ref.modelRole)) {
      ++(ops.plane(i) == sema::Plane::Control ? f.control : f.data);
    }
    return f;
  }
  sema::BuiltinRole r = c.stdlib.role(*ref.builtin);
  f.name = r.name;
  f.guid = r.guid;
  f.builtin = true;
  const ast::Decl& d = c.stdlib.decl(r.decl);
  for (const ast::Property& p : d.properties) {
    if (p.key.text == "description") f.description = p.value.text;
  }
  f.declared = d.name ? d.name->location : Location{};
  f.permissions = r.permissions;
  std::vector<bool> marks = r.permissions.effective(ops);
  for (std::size_t i = 0; i < marks.size(); ++i) {
    if (marks[i]) ++(ops.plane(i) == sema::Plane::Control ? f.control : f.data);
  }
  return f;
}

void printList(std::ostream& out, std::string_view indent, std::string_view label,
               const std::vector<std::string_view>& items) {
  for (std::size_t i = 0; i < items.size(); ++i) {
    out << fmt::format("{}{:<17}{}\n", indent, i ? "" : label, items[i]);
  }
}

void printPermissions(std::ostream& out, std::string_view indent, const sema::PermissionSet& p) {
  const auto& blocks = p.blocks();
  for (std::size_t b = 0; b < blocks.size(); ++b) {
    std::string inner(indent);
    if (blocks.size() > 1 || !blocks[b].condition.empty()) {
      out << fmt::format("{}permission block {}{}\n", indent, b + 1,
                         blocks[b].condition.empty() ? "" : fmt::format(", when {}", blocks[b].condition));
      inner += "  ";
    }
    printList(out, inner, "actions", blocks[b].actions);
    printList(out, inner, "not actions", blocks[b].notActions);
    printList(out, inner, "data actions", blocks[b].dataActions);
    printList(out, inner, "not data actions", blocks[b].notDataActions);
  }
  if (blocks.empty()) out << indent << "(no permissions)\n";
}

ordered_json permissionsJson(const sema::PermissionSet& p) {
  ordered_json blocks = ordered_json::array();
  for (const sema::PermissionBlockView& b : p.blocks()) {
    ordered_json j{{"actions", b.actions},
                   {"notActions", b.notActions},
                   {"dataActions", b.dataActions},
                   {"notDataActions", b.notDataActions}};
    if (!b.condition.empty()) j["condition"] = b.condition;
    blocks.push_back(std::move(j));
  }
  return blocks;
}

std::string countLine(const RoleFacts& f, const sema::OperationCatalogue& ops) {
  return fmt::format("{} of the {} operations Azure defines: {} control-plane, {} data-plane",
                     grouped(f.control + f.data), grouped(ops.size()), grouped(f.control), grouped(f.data));
}

// The scopes an identity's access concerns, in the order of the scope tree:
// where it is granted and where it needs something.
std::vector<Index> scopesOf(const Compilation& c, const sema::Identity& id) {
  const sema::SemanticModel& m = c.model;
  std::set<Index> wanted;
  for (const sema::Grant& g : id.grants) {
    if (g.scope != sema::kNone) wanted.insert(g.scope);
  }
  for (const sema::Need* n : c.access->needsOf(id)) {
    if (n->scope != sema::kNone) wanted.insert(n->scope);
  }
  std::vector<Index> out, stack;
  for (std::size_t i = m.scopes.size(); i-- > 0;) {
    if (m.scopes[i].parent == sema::kNone) stack.push_back(static_cast<Index>(i));
  }
  while (!stack.empty()) {
    Index s = stack.back();
    stack.pop_back();
    if (wanted.count(s)) out.push_back(s);
    const auto& children = m.scopes[s].children;
    for (auto it = children.rbegin(); it != children.rend(); ++it) stack.push_back(*it);
  }
  return out;
}

// The grants that apply at a scope: on it, or on a scope above it.
std::vector<std::size_t> grantsAt(const sema::SemanticModel& m, const sema::Identity& id, Index scope) {
  std::vector<std::size_t> out;
  for (std::size_t i = 0; i < id.grants.size(); ++i) {
    if (id.grants[i].scope != sema::kNone && m.scopeWithin(scope, id.grants[i].scope)) out.push_back(i);
  }
  return out;
}

std::vector<std::size_t> grantsGiving(const Compilation& c, const sema::Identity& id, const sema::Need& need,
                                      const sema::Operation& op) {
  std::vector<std::size_t> out;
  for (std::size_t i = 0; i < id.grants.size(); ++i) {
    if (op.known && c.access->grantAllows(id.grants[i], need.scope, op)) out.push_back(i);
  }
  return out;
}

std::string grantNumbers(const std::vector<std::size_t>& grants) {
  std::vector<std::string> parts;
  for (std::size_t g : grants) parts.push_back(fmt::format("#{}", g + 1));
  return fmt::format("{}", fmt::join(parts, ", "));
}

}  // namespace

void printIdentityAccess(std::ostream& out, const Compilation& c, const sema::Identity& id) {
  const sema::SemanticModel& m = c.model;
  const sema::OperationCatalogue& ops = c.stdlib.operations();
  out << fmt::format("identity `{}` ({}{})\n", id.name, sema::identityTypeName(id.type),
                     id.placement == sema::kNone ? "" : ", in " + sema::describeScope(m, id.placement));
  for (Index w : id.workloads) {
    const sema::Workload& wl = m.workloads[w];
    out << fmt::format(
        "  serves workload `{}`: {}{}{}\n", wl.name, sema::workloadKindName(wl.kind),
        wl.environment == sema::kNone ? "" : ", environment " + m.environments[wl.environment].name,
        wl.owner == sema::kNone ? "" : ", owner " + m.owners[wl.owner].name);
  }
  out << "\ngrants\n";
  if (id.grants.empty()) out << "  none\n";
  for (std::size_t i = 0; i < id.grants.size(); ++i) {
    const sema::Grant& g = id.grants[i];
    out << fmt::format("  #{} \"{}\" on {}{}  ({})\n", i + 1, g.role, sema::describeScope(m, g.scope),
                       g.condition.empty() ? "" : " with a condition", where(c, g.decl->keywordLocation));
  }

  out << "\neffective permissions, by scope\n";
  std::vector<Index> scopes = scopesOf(c, id);
  if (scopes.empty()) out << "  none\n";
  for (Index s : scopes) {
    const sema::Scope& scope = m.scopes[s];
    out << fmt::format("  {}{}\n", sema::describeScope(m, s),
                       scope.resourceType.empty() ? "" : fmt::format(" ({})", scope.resourceType));
    std::vector<std::size_t> applying = grantsAt(m, id, s);
    if (applying.empty()) out << "    nothing: no grant applies here\n";
    for (std::size_t gi : applying) {
      const sema::Grant& g = id.grants[gi];
      if (g.customRole == sema::kNone) continue;
      if (g.scope != s) {
        out << fmt::format("    from #{} \"{}\", granted on {} above\n", gi + 1, g.role,
                           sema::describeScope(m, g.scope));
        continue;
      }
      RoleFacts f = factsOf(c, {g.customRole, std::nullopt});
      out << fmt::format("    from #{} \"{}\": {}\n", gi + 1, g.role, countLine(f, ops));
      printPermissions(out, "      ", f.permissions);
      if (!g.condition.empty()) out << fmt::format("      {:<17}{}\n", "grant condition", g.condition);
    }
  }

  auto needs = c.access->needsOf(id);
  out << "\nneeds\n";
  if (needs.empty()) out << "  none declared: trustc cannot tell what this identity's grants are for\n";
  for (const sema::Need* need : needs) {
    std::size_t unmet = 0;
    for (const sema::Operation& op : c.access->operationsOf(*need)) {
      if (op.known && grantsGiving(c, id, *need, op).empty()) ++unmet;
    }
    out << fmt::format("  {} on {}: {}\n", need->permission, sema::describeScope(m, need->scope),
                       unmet ? fmt::format("NOT MET ({} operation{} not given)", unmet, unmet == 1 ? "" : "s")
                             : std::string("met"));
    for (const sema::Operation& op : c.access->operationsOf(*need)) {
      std::string by;
      if (!op.known)
        by = "no such operation (unknown-action)";
      else if (auto gs = grantsGiving(c, id, *need, op); !gs.empty())
        by = "by " + grantNumbers(gs);
      else
        by = "not given";
      out << fmt::format("    {:<12} {}  {}\n", op.plane == sema::Plane::Control ? "action" : "data action",
                         op.name, by);
    }
  }
}

ordered_json identityAccessJson(const Compilation& c, const sema::Identity& id) {
  const sema::SemanticModel& m = c.model;
  ordered_json j;
  j["identity"] = id.name;
  j["type"] = sema::identityTypeName(id.type);
  j["placement"] = id.placement == sema::kNone ? ordered_json() : ordered_json(m.scopes[id.placement].name);
  j["workloads"] = ordered_json::array();
  for (Index w : id.workloads) {
    const sema::Workload& wl = m.workloads[w];
    j["workloads"].push_back(
        {{"name", wl.name},
         {"kind", sema::workloadKindName(wl.kind)},
         {"environment", wl.environment == sema::kNone ? ordered_json()
                                                       : ordered_json(m.environments[wl.environment].name)}});
  }
  j["grants"] = ordered_json::array();
  for (std::size_t i = 0; i < id.grants.size(); ++i) {
    const sema::Grant& g = id.grants[i];
    ordered_json gj{{"grant", i + 1},
                    {"role", g.role},
                    {"scope", g.scope == sema::kNone ? ordered_json() : ordered_json(m.scopes[g.scope].name)},
                    {"scopeKind", g.scope == sema::kNone ? "" : sema::scopeKindKeyword(m.scopes[g.scope].kind)},
                    {"location", where(c, g.decl->keywordLocation)}};
    if (!g.condition.empty()) gj["condition"] = g.condition;
    if (g.customRole != sema::kNone) {
      RoleFacts f = factsOf(c, {g.customRole, std::nullopt});
      gj["roleId"] = f.guid;
      gj["builtin"] = f.builtin;
      gj["effectiveOperations"] = {{"controlPlane", f.control}, {"dataPlane", f.data}};
      gj["permissions"] = permissionsJson(f.permissions);
    }
    j["grants"].push_back(std::move(gj));
  }
  j["scopes"] = ordered_json::array();
  for (Index s : scopesOf(c, id)) {
    ordered_json from = ordered_json::array();
    for (std::size_t gi : grantsAt(m, id, s)) {
      ordered_json fj{{"grant", gi + 1}};
      if (id.grants[gi].scope != s) fj["inheritedFrom"] = m.scopes[id.grants[gi].scope].name;
      from.push_back(std::move(fj));
    }
    j["scopes"].push_back(
        {{"scope", m.scopes[s].name}, {"kind", sema::scopeKindKeyword(m.scopes[s].kind)}, {"grants", from}});
  }
  j["needs"] = ordered_json::array();
  for (const sema::Need* need : c.access->needsOf(id)) {
    ordered_json opsJson = ordered_json::array();
    bool met = true;
    for (const sema::Operation& op : c.access->operationsOf(*need)) {
      std::vector<std::size_t> gs = grantsGiving(c, id, *need, op);
      if (op.known && gs.empty()) met = false;
      ordered_json numbers = ordered_json::array();
      for (std::size_t g : gs) numbers.push_back(g + 1);
      opsJson.push_back({{"operation", op.name},
                         {"plane", op.plane == sema::Plane::Control ? "control" : "data"},
                         {"known", op.known},
                         {"grants", numbers}});
    }
    j["needs"].push_back(
        {{"need", need->permission},
         {"scope", need->scope == sema::kNone ? ordered_json() : ordered_json(m.scopes[need->scope].name)},
         {"met", met},
         {"operations", opsJson}});
  }
  return j;
}

void printRole(std::ostream& out, const Compilation& c, RoleRef ref) {
  RoleFacts f = factsOf(c, ref);
  out << fmt::format("role \"{}\" ({}{})\n", f.name, f.builtin ? "built-in" : "custom",
                     f.guid.empty() ? "" : ", " + f.guid);
  if (!f.description.empty()) out << "  " << f.description << "\n";
  if (f.declared.valid()) out << "  declared at " << where(c, f.declared) << "\n";
  out << "  allows " << countLine(f, c.stdlib.operations()) << "\n\npermissions\n";
  printPermissions(out, "  ", f.permissions);
}

ordered_json roleJson(const Compilation& c, RoleRef ref) {
  RoleFacts f = factsOf(c, ref);
  return {{"role", f.name},
          {"roleId", f.guid},
          {"builtin", f.builtin},
          {"description", f.description},
          {"effectiveOperations", {{"controlPlane", f.control}, {"dataPlane", f.data}}},
          {"permissions", permissionsJson(f.permissions)}};
}

}  // namespace trustc::driver
