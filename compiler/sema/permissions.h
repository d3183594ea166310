// Effective permissions with Azure's semantics.
//
// A role has one or more permission blocks. Within a block, the role allows an
// operation when one of the block's `actions` (control plane) or
// `data_actions` (data plane) matches it and none of the same block's
// `not_actions` / `not_data_actions` does; the role allows what any of its
// blocks allows. `not_*` lists subtract, they never deny: another block or
// another grant may still allow the operation.
//
// Permission strings match case-insensitively. `*` matches any run of
// characters, `/` included (`Microsoft.Storage/*`, `*/read`,
// `Microsoft.Authorization/*/Write`); a `*` that is a whole segment may also
// stand for no segment at all, so `userAssignedIdentities/*/assign/action`
// matches `userAssignedIdentities/assign/action`, as Azure applies it.
//
// A grant applies to its scope and every scope beneath it (sema/access.h).
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

#include "sema/model.h"
#include "sema/operations.h"

namespace trustc::sema {

bool isWildcard(std::string_view permission);
// Whether a permission string matches an operation name (itself without `*`).
bool matchesPermission(std::string_view permission, std::string_view operation);
// The text before the first `*`: every operation the permission matches starts with it.
std::string_view literalPrefix(std::string_view permission);

// A role declaration's permission blocks: its `permissions { ... }` sections,
// and the lists written directly in the role as one more block.
std::vector<PermissionBlock> permissionBlocksOf(const ast::Decl& role);

// One permission block, as views into strings that outlive it.
struct PermissionBlockView {
  std::vector<std::string_view> actions, notActions, dataActions, notDataActions;
  std::string_view condition;  // an ABAC condition on the block, or empty
};

// The permissions of one role.
class PermissionSet {
 public:
  PermissionSet() = default;
  explicit PermissionSet(const Role& role);
  void add(PermissionBlockView block) { blocks_.push_back(std::move(block)); }
  const std::vector<PermissionBlockView>& blocks() const { return blocks_; }

  // The first block that allows the operation, or -1.
  int allowingBlock(std::string_view operation, Plane plane) const;
  bool allows(std::string_view operation, Plane plane) const { return allowingBlock(operation, plane) >= 0; }
  // Whether any block lists data actions it does not take back entirely.
  bool grantsDataActions(const OperationCatalogue& operations) const;

  // Every catalogue operation the set allows, as a mark per operation.
  std::vector<bool> effective(const OperationCatalogue& operations) const;
  // How many catalogue operations it allows: what "fewest permissions" counts.
  std::size_t countEffective(const OperationCatalogue& operations) const;

 private:
  std::vector<PermissionBlockView> blocks_;
};

}  // namespace trustc::sema
