// What `trustc explain CAPABILITY` prints for a named capability of the
// standard library (`blob.read`): what it is for, the actions it stands for,
// how many catalogue operations they cover, and the narrowest built-in role
// that gives them all; as text or JSON.
#pragma once

#include <nlohmann/json.hpp>
#include <ostream>

#include "sema/compilation.h"

namespace trustc::driver {

void printCapability(std::ostream& out, const Compilation& c, const ast::Decl& capability);
nlohmann::ordered_json capabilityJson(const Compilation& c, const ast::Decl& capability);

}  // namespace trustc::driver
