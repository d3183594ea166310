#include "sema/privilege.h"

#include <fmt/format.h>

#include <algorithm>
#include <array>

namespace trustc::sema {

namespace {

// Azure's privileged administrator roles, by role definition id.
constexpr std::array<std::string_view, 4> kAdministratorRoles = {
    "8e3af657-a8ff-443c-a75c-2fe8c4bcb635",  // Owner
    "b24988ac-6180-42a0-ab88-20f7382dd24c",  // Contributor
    "18d7d88d-d35e-4fb5-a5c3-7773c20a72d9",  // User Access Administrator
    "f58310d9-a9f6-439a-9e8d-f62e7b41a168",  // Role Based Access Control Administrator
};

std::string_view lastSegment(std::string_view op) {
  std::size_t slash = op.rfind('/');
  return slash == std::string_view::npos ? op : op.substr(slash + 1);
}

}  // namespace

Change changeOf(std::string_view operation) {
  std::string_view last = lastSegment(operation);
  if (equalsNoCase(last, "write")) return Change::Write;
  if (equalsNoCase(last, "delete")) return Change::Delete;
  if (equalsNoCase(last, "action")) return Change::Action;
  return Change::Read;
}

bool readOnlyAction(std::string_view operation) {
  // Keys and credentials are not on this list: handing them out is access.
  static constexpr std::array<std::string_view, 6> kSuffixes = {
      "/generateUserDelegationKey/action",  // a delegation key for the caller's own Entra access to blobs
      "/query/action",                      // Log Analytics and Resource Graph queries
      "/search/action",
      "/score/action",  // Machine Learning online endpoint inference
      "/read/action",
      "/checkNameAvailability/action",
  };
  for (std::string_view s : kSuffixes) {
    if (operation.size() >= s.size() && equalsNoCase(operation.substr(operation.size() - s.size()), s))
      return true;
  }
  return false;
}

std::optional<std::string> privilegedBecause(const Access& access, Index role) {
  const Role& r = access.model().roles[role];
  for (std::string_view id : kAdministratorRoles) {
    if (r.builtin && equalsNoCase(r.guid, id)) {
      return fmt::format("`{}` is one of Azure's privileged administrator roles", r.name);
    }
  }
  for (const PermissionBlockView& b : access.permissionsOf(role).blocks()) {
    for (std::string_view a : b.actions) {
      if (a == "*") return std::string("its actions include `*`, every control-plane operation");
      if (equalsNoCase(a, "*/write")) return std::string("its actions include `*/write`, every write");
    }
  }
  // Writes under Microsoft.Authorization: a few hundred catalogue names to test.
  const OperationCatalogue& ops = access.operations();
  const PermissionSet& p = access.permissionsOf(role);
  auto [first, last] = ops.prefixRange("Microsoft.Authorization/");
  for (std::size_t i = first; i < last; ++i) {
    if (ops.plane(i) == Plane::Control && changeOf(ops.name(i)) == Change::Write &&
        p.allows(ops.name(i), Plane::Control)) {
      return fmt::format("it can write access and guardrails under `Microsoft.Authorization`, e.g. `{}`",
                         ops.name(i));
    }
  }
  return std::nullopt;
}

bool writesRoleAssignmentsUnconditionally(const Access& access, Index role) {
  const PermissionSet& p = access.permissionsOf(role);
  for (std::size_t i = 0; i < p.blocks().size(); ++i) {
    if (!p.blocks()[i].condition.empty()) continue;
    PermissionSet only;
    only.add(p.blocks()[i]);
    if (only.allows(kRoleAssignmentsWrite, Plane::Control)) return true;
  }
  return false;
}

std::vector<std::string_view> allowedOperations(const Access& access, Index role, Plane plane,
                                                bool (*keep)(std::string_view)) {
  std::vector<std::string_view> out;
  const OperationCatalogue& ops = access.operations();
  for (std::uint32_t i : access.effectiveOf(role)) {
    if (ops.plane(i) == plane && keep(ops.name(i))) out.push_back(ops.name(i));
  }
  return out;
}

std::vector<std::string_view> beyondNeeds(const Access& access, const Identity& identity, Plane plane,
                                          std::vector<std::string_view> ops) {
  std::vector<Operation> declared;
  for (const Need* need : access.needsOf(identity)) {
    for (const Operation& op : access.operationsOf(*need)) declared.push_back(op);
  }
  std::erase_if(ops, [&](std::string_view op) {
    return std::find(declared.begin(), declared.end(), Operation{op, plane, true}) != declared.end();
  });
  return ops;
}

Index workloadOfKind(const SemanticModel& model, const Identity& identity, WorkloadKind kind) {
  for (Index w : identity.workloads) {
    if (model.workloads[w].kind == kind) return w;
  }
  return kNone;
}

std::string_view exampleOperation(const SemanticModel& model, Index scope,
                                  const std::vector<std::string_view>& ops) {
  std::vector<std::string_view> providers;
  for (std::size_t i = 0; i < model.scopes.size(); ++i) {
    const Scope& s = model.scopes[i];
    if (s.kind != ScopeKind::Resource || !model.scopeWithin(static_cast<Index>(i), scope)) continue;
    std::string_view type = s.resourceType;
    providers.push_back(type.substr(0, std::min(type.find('/'), type.size())));
  }
  auto rank = [&](std::string_view op) {
    std::string_view ns = op.substr(0, std::min(op.find('/'), op.size()));
    bool near = std::any_of(providers.begin(), providers.end(),
                            [&](std::string_view p) { return equalsNoCase(p, ns); });
    Change c = changeOf(op);
    return (near ? 0 : 3) + (c == Change::Write ? 0 : c == Change::Delete ? 1 : 2);
  };
  std::string_view best = ops.front();
  for (std::string_view op : ops) {
    if (rank(op) < rank(best) || (rank(op) == rank(best) && op.size() < best.size())) best = op;
  }
  return best;
}

std::string describeScope(const SemanticModel& model, Index scope) {
  if (scope == kNone) return "an unknown scope";
  const Scope& s = model.scopes[scope];
  std::string_view kind = s.kind == ScopeKind::ManagementGroup ? "management group"
                          : s.kind == ScopeKind::Subscription  ? "subscription"
                          : s.kind == ScopeKind::ResourceGroup ? "resource group"
                                                               : "resource";
  return fmt::format("{} `{}`", kind, s.name);
}

}  // namespace trustc::sema
