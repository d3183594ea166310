// Documented input limits (docs/limits.md). Each is enforced before or while
// parsing with its own diagnostic, and tested at N and N+1.
#pragma once

#include <cstddef>

namespace trustc {

struct Limits {
  std::size_t maxFileBytes = 16u << 20;      // E0003
  std::size_t maxNesting = 64;               // E0004: `{` and `[` combined
  std::size_t maxErrorsPerFile = 100;        // E0005: more are not shown; after as many syntax errors parsing stops
  std::size_t maxNameLength = 256;           // E0006: names and keys
  std::size_t maxStringLength = 64u << 10;   // E0006: string literals, in bytes
};

}  // namespace trustc
