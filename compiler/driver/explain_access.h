// What `trustc explain` prints for an identity (its effective permissions per
// scope, which grant gives each, and how they meet its needs) and for a role
// (what it allows), as text or JSON.
#pragma once

#include <nlohmann/json.hpp>
#include <optional>
#include <ostream>

#include "sema/compilation.h"

namespace trustc::driver {

void printIdentityAccess(std::ostream& out, const Compilation& c, const sema::Identity& identity);
nlohmann::ordered_json identityAccessJson(const Compilation& c, const sema::Identity& identity);

// A role: one of the project's (`modelRole`), or a built-in role of the stdlib.
struct RoleRef {
  std::optional<sema::Index> modelRole;
  std::optional<std::size_t> builtin;
};
void printRole(std::ostream& out, const Compilation& c, RoleRef role);
nlohmann::ordered_json roleJson(const Compilation& c, RoleRef role);

}  // namespace trustc::driver
