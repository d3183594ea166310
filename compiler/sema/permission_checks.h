// Checks of the permission strings a project writes: the lists of its custom
// roles and capabilities, and the action patterns of its needs. A string
// must be shaped like an Azure operation name (E0604) and sit in the list of
// its plane (E0605); a custom role must be granted where it is assignable
// (E0606) and, with data actions, not be assignable at a management group
// (E0607). Strings that are well formed but name no operation Azure defines
// are the `unknown-action` rule's (rules/unknown-action.cpp).
#pragma once

#include <functional>

#include "sema/compilation.h"

namespace trustc::sema {

// One permission string written in a role or capability declaration.
struct PermissionString {
  const ast::Value* value = nullptr;
  Plane plane = Plane::Control;
  bool exclusion = false;  // in `not_actions` / `not_data_actions`
};

// Every permission string of a role or capability declaration, in source order.
std::vector<PermissionString> permissionStringsOf(const ast::Decl& d);

// Whether a string is shaped like an operation name or a wildcard over them.
bool wellFormedPermission(std::string_view text);

void checkPermissions(Compilation& c);

}  // namespace trustc::sema
