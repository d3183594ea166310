// Shapes of literal values, shared by sema, rules and emitters.
#pragma once

#include <string_view>

namespace trustc::sema {

bool isGuid(std::string_view text);
bool isResourceType(std::string_view text);
bool isEmail(std::string_view text);

}  // namespace trustc::sema
