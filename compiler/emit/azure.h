// What Azure calls things: deployment levels and their `$schema`, the
// apiVersions trustc emits, resource ids of the scope tree, and ARM string
// escaping. Sources: shared/design/azure-formats.md §1–§7.
#pragma once

#include <nlohmann/json.hpp>

#include <string>
#include <string_view>

#include "sema/model.h"

namespace trustc::emit {

using Json = nlohmann::ordered_json;
using sema::Index;
using sema::kNone;

// Where a deployment runs.
enum class Level { Tenant, ManagementGroup, Subscription, ResourceGroup };

std::string_view schemaOf(Level level);
std::string_view levelName(Level level);  // "resourceGroup", "subscription", ...

inline constexpr std::string_view kRoleApi = "2022-04-01";              // roleAssignments, roleDefinitions
inline constexpr std::string_view kIdentityApi = "2024-11-30";          // userAssignedIdentities, FICs
inline constexpr std::string_view kPolicyAssignmentApi = "2025-03-01";  // policyAssignments
inline constexpr std::string_view kExemptionApi =
    "2022-07-01-preview";                                         // policyExemptions (no stable version)
inline constexpr std::string_view kDeploymentApi = "2025-04-01";  // nested deployments
inline constexpr std::string_view kContentVersion = "1.0.0.0";
inline constexpr std::string_view kUamiType = "Microsoft.ManagedIdentity/userAssignedIdentities";

// A string as a literal in an ARM template: a leading `[` would start an
// expression, so it is doubled.
std::string armLiteral(std::string_view text);
// 'text' inside an ARM expression.
std::string armQuoted(std::string_view text);
std::string lower(std::string_view text);

// Resource ids of the declared scope tree (azure-formats.md §1.4).
class ScopeIds {
 public:
  explicit ScopeIds(const sema::SemanticModel& model) : m_(model) {}

  // The full id: /providers/Microsoft.Management/managementGroups/{id},
  // /subscriptions/{id}, .../resourceGroups/{name}, .../providers/{ns}/{type}/{name}.
  std::string id(Index scope) const;
  // `Namespace/type/name` (child types interleaved), the `scope` of an
  // extension resource on a resource in the template's resource group.
  std::string relativeResource(Index resource) const;
  // True when a resource's name has one `/`-separated segment per type segment.
  bool resourceNameFits(Index resource) const;

  Index ancestor(Index scope, sema::ScopeKind kind) const;  // itself when of that kind
  // The deployment that owns a scope: a resource's resource group, else itself.
  Index deploymentScope(Index scope) const;
  static Level levelOf(sema::ScopeKind kind);

 private:
  const sema::SemanticModel& m_;
};

}  // namespace trustc::emit
