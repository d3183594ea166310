// For unit tests of the analysis: one in-memory manifest compiled against the
// embedded standard library, and scopes looked up by name.
#pragma once

#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <string_view>

#include "sema/compilation.h"

namespace trustc::sema::testing {

inline std::unique_ptr<Compilation> compileText(std::string_view text) {
  CompileOptions options;
  options.inputs = {"/virtual/main.trust"};
  options.overlays = {{"/virtual/main.trust", std::string(text)}};
  options.asOf = Date{2026, 11, 22};
  return compile(options);
}

inline Index scopeNamed(const SemanticModel& m, std::string_view name) {
  for (std::size_t i = 0; i < m.scopes.size(); ++i) {
    if (m.scopes[i].name == name) return static_cast<Index>(i);
  }
  ADD_FAILURE() << "no scope " << name;
  return kNone;
}

}  // namespace trustc::sema::testing
