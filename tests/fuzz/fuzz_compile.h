// What fuzz_check and fuzz_build share: the input bytes compiled as a one-file
// project, the way `trustc check` compiles a manifest.
//
// The standard library is the embedded one, compiled at build time, so an
// execution spends its time on the input: a standard library folder
// (TRUSTC_FUZZ_STDLIB=DIR) is parsed and compiled again for every input,
// hundreds of times slower.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <memory>
#include <optional>
#include <string>

#include "sema/compilation.h"

namespace trustc::fuzz {

// The input is an in-memory file (an overlay); nothing is read from disk, and
// imports resolve beneath a folder that does not exist.
inline constexpr const char* kInputPath = "/nonexistent-trustc-fuzz/input.trust";

inline std::optional<std::string> stdlibFolder() {
  const char* env = std::getenv("TRUSTC_FUZZ_STDLIB");
  if (env == nullptr || *env == '\0') return std::nullopt;
  return std::string(env);
}

inline std::unique_ptr<Compilation> compileInput(const std::uint8_t* data, std::size_t size) {
  static const std::optional<std::string> stdlib = stdlibFolder();
  CompileOptions options;
  options.inputs = {kInputPath};
  options.overlays = {{kInputPath, std::string(reinterpret_cast<const char*>(data), size)}};
  options.asOf = parseDate("2026-11-22");
  options.stdlibDir = stdlib;
  std::unique_ptr<Compilation> c = compile(options);
  if (!c->inputErrors.empty()) __builtin_trap();  // the overlay is always readable
  return c;
}

}  // namespace trustc::fuzz
