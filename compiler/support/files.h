// Reading inputs and writing outputs whole: a file is written to a temporary
// name beside its destination and renamed, so it appears complete or not at all.
#pragma once

#include <optional>
#include <string>

namespace trustc {

std::optional<std::string> readWholeFile(const std::string& path);
// Returns an error message, or "" on success.
std::string writeFileAtomically(const std::string& path, const std::string& contents);

}  // namespace trustc
