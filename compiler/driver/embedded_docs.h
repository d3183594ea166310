// The documentation pages embedded in the executable (docs/CMakeLists.txt):
// docs/rules/<rule-id>.md and docs/errors/E####.md, by path under docs/.
#pragma once

#include <optional>
#include <span>
#include <string_view>

namespace trustc::driver {

struct EmbeddedFile {
  std::string_view path;  // e.g. "rules/broad-scope.md"
  std::string_view text;
};

std::span<const EmbeddedFile> embeddedDocs();

inline std::optional<std::string_view> findDoc(std::string_view path) {
  for (const EmbeddedFile& f : embeddedDocs()) {
    if (f.path == path) return f.text;
  }
  return std::nullopt;
}

}  // namespace trustc::driver
