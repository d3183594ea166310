// ARM's `guid()` function: an RFC 4122 name-based (version 5, SHA-1) UUID in
// the namespace 11fb06fb-712d-4ddd-98c7-e71bbd588830 over the arguments joined
// with `-`. Names that trustc derives this way agree with what ARM, Bicep and
// the portal compute from the same strings.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace trustc::emit {

// guid(parts[0], parts[1], ...), lower-case 8-4-4-4-12.
std::string armGuid(const std::vector<std::string_view>& parts);

}  // namespace trustc::emit
