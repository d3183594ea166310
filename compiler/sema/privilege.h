// What makes a role dangerous, for the least-privilege rules: the privileged
// administrator roles, writes that change access, and changes to resources.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "sema/access.h"

namespace trustc::sema {

inline constexpr std::string_view kRoleAssignmentsWrite = "Microsoft.Authorization/roleAssignments/write";
inline constexpr std::string_view kFederatedCredentialsWrite =
    "Microsoft.ManagedIdentity/userAssignedIdentities/federatedIdentityCredentials/write";
inline constexpr std::string_view kIdentityAssign =
    "Microsoft.ManagedIdentity/userAssignedIdentities/assign/action";

// Why a role is privileged (Owner, Contributor, User Access Administrator,
// Role Based Access Control Administrator, or actions that include `*`,
// `*/write` or writes under `Microsoft.Authorization`), or nullopt.
std::optional<std::string> privilegedBecause(const Access& access, Index role);

// Whether the role lets its holder write role assignments through a
// permission block without an ABAC condition.
bool writesRoleAssignmentsUnconditionally(const Access& access, Index role);

// What an operation does, by its last segment.
enum class Change { Read, Write, Delete, Action };
Change changeOf(std::string_view operation);

// Control-plane `/action` operations that only read or hand out a token for
// the caller's own data access; they do not change resources.
bool readOnlyAction(std::string_view operation);

// The catalogue operations of a plane that a role allows and `keep` accepts,
// in catalogue order.
std::vector<std::string_view> allowedOperations(const Access& access, Index role, Plane plane,
                                                bool (*keep)(std::string_view));

// The operations among `ops` that the identity does not declare among its needs.
std::vector<std::string_view> beyondNeeds(const Access& access, const Identity& identity, Plane plane,
                                          std::vector<std::string_view> ops);

// The first workload of a kind that the identity serves, or kNone.
Index workloadOfKind(const SemanticModel& model, const Identity& identity, WorkloadKind kind);

// The operation to show as an example of `ops` (not empty): a write before a
// delete or an action, and one of a provider whose resources lie within
// `scope` before one of another provider; then the shortest.
std::string_view exampleOperation(const SemanticModel& model, Index scope,
                                  const std::vector<std::string_view>& ops);

// "resource group `rg-ai-prod`".
std::string describeScope(const SemanticModel& model, Index scope);

}  // namespace trustc::sema
