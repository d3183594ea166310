// Who can do what where: what each granted role really allows, what each need
// asks for, which grants meet which needs, and the narrowest built-in role and
// scope for a set of operations. Built over the SemanticModel and the standard
// library (Compilation::access); the least-privilege rules and `trustc explain`
// read it. Results are computed on first use and kept, like the stdlib's
// declarations, so a compilation is used by one thread at a time.
#pragma once

#include <cstddef>
#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <span>
#include <string_view>
#include <utility>
#include <vector>

#include "sema/model.h"
#include "sema/operations.h"
#include "sema/permissions.h"

namespace trustc::sema {

class Stdlib;

// One operation a need asks for.
struct Operation {
  std::string_view name;  // the catalogue's spelling, or the permission as written when unknown
  Plane plane = Plane::Control;
  bool known = true;  // false: no operation Azure defines matches it (the unknown-action rule says so)
  friend bool operator==(const Operation&, const Operation&) = default;
};

class Access {
 public:
  Access(const SemanticModel& model, const Stdlib& stdlib);
  ~Access();

  const SemanticModel& model() const { return model_; }
  const OperationCatalogue& operations() const { return operations_; }

  // What a role of the model allows.
  const PermissionSet& permissionsOf(Index role) const;
  // The catalogue operations it allows, as indices in catalogue order.
  const std::vector<std::uint32_t>& effectiveOf(Index role) const;
  // How many catalogue operations a role of the model allows.
  std::size_t effectiveCountOf(Index role) const;
  // The model role's index in the stdlib's built-in roles, if it is one.
  std::optional<std::size_t> builtinIndexOf(Index role) const;

  // Every operation a need asks for: a capability's actions and data actions,
  // or an action pattern, each wildcard expanded over the catalogue. An entry
  // that matches nothing is kept as written, with `known` false.
  const std::vector<Operation>& operationsOf(const Need& need) const;
  // The needs that apply to an identity: its own, then its workloads'.
  std::vector<const Need*> needsOf(const Identity& identity) const;
  // The identities that serve a workload, in declaration order.
  const std::vector<const Identity*>& identitiesOf(Index workload) const;
  // The user-assigned identities placed at or beneath a scope, in declaration order.
  std::vector<const Identity*> userAssignedWithin(Index scope) const;

  // Whether a grant gives an operation at a scope: the scope lies within the
  // grant's scope (a grant covers everything beneath it) and its role allows
  // the operation.
  bool grantAllows(const Grant& grant, Index scope, const Operation& op) const;
  // The known operations of a need that none of the identity's grants gives.
  std::vector<Operation> unmetOperations(const Identity& identity, const Need& need) const;
  // The needs of an identity that a grant serves, each with the operations of
  // it that the grant gives.
  struct Served {
    const Need* need = nullptr;
    std::vector<Operation> operations;
  };
  std::vector<Served> servedBy(const Identity& identity, const Grant& grant) const;

  // The built-in role with the fewest effective operations that allows every
  // given operation (ties: by name), never a deprecated role, one whose
  // permissions carry an ABAC condition, or a service role (stdlib_image.h);
  // an index into the stdlib's roles. Only roles with at most `atMost`
  // effective operations are considered, and only roles that stay within the
  // operations' resource providers (besides the common ones every role
  // carries: Authorization, Resources, Insights, Support, ResourceHealth), so
  // a suggestion never adds powers over another service; never a role that
  // lists account keys unless an operation asks for them. With `within` (a
  // role of the model), only roles that allow nothing it does not allow.
  std::optional<std::size_t> narrowestBuiltinRole(std::span<const Operation> ops,
                                                  std::size_t atMost = SIZE_MAX, Index within = kNone) const;
  // The narrowest scope that contains every given scope: their nearest common
  // ancestor, or kNone when they share none.
  Index commonScope(std::span<const Index> scopes) const;

 private:
  const PermissionSet& builtinPermissions(std::size_t i) const;
  // Whether built-in role `i` has a permission of the operation's plane whose
  // literal prefix the operation starts with (a role without one cannot allow it).
  bool builtinMayAllow(std::size_t i, const Operation& op) const;
  // Whether every action and data action of built-in role `i` names one of
  // `providers` (lower-case) or a common provider.
  bool builtinStaysWithin(std::size_t i, std::span<const std::string> providers) const;
  // The catalogue operations built-in role `i` allows, as indices in catalogue order.
  const std::vector<std::uint32_t>& builtinEffective(std::size_t i) const;
  // Whether built-in role `i` allows listing account keys or SAS tokens.
  bool builtinListsKeys(std::size_t i) const;
  // Whether built-in role `i` allows only operations that model role `role` allows.
  bool builtinAllowsOnlyWhat(std::size_t i, Index role) const;

  const SemanticModel& model_;
  const Stdlib& stdlib_;
  const OperationCatalogue& operations_;
  mutable std::map<Index, PermissionSet> rolePermissions_;
  mutable std::map<Index, std::size_t> roleCounts_;
  mutable std::map<Index, std::vector<std::uint32_t>> roleEffective_;
  mutable std::map<const Need*, std::vector<Operation>> needOperations_;
  mutable std::vector<std::unique_ptr<PermissionSet>> builtin_;  // by stdlib role index, built on demand
  mutable std::map<std::size_t, std::vector<std::uint32_t>> builtinEffective_;  // by stdlib role index
  mutable std::vector<std::size_t> bySize_;  // stdlib role indices, by effective count, then name
  mutable std::vector<std::vector<const Identity*>> workloadIdentities_;  // by workload, built on demand
  // Placed user-assigned identities by their placement's depth-first number
  // (SemanticModel::numberScopes), built on demand.
  mutable std::vector<std::pair<std::uint32_t, const Identity*>> placed_;
  mutable bool placedBuilt_ = false;
};

}  // namespace trustc::sema
