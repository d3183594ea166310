// libFuzzer target: raw bytes as a one-file project through `trustc check`'s
// path: compile (parse, declare, resolve, model) against a standard library,
// the rules when it compiles cleanly, then both diagnostic renderers.
//
// The standard library is the embedded one, compiled at build time, so an
// execution spends its time on the input: a standard library folder
// (TRUSTC_FUZZ_STDLIB=DIR) is parsed and compiled again for every input,
// hundreds of times slower.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <optional>
#include <sstream>
#include <string>

#include "diagnostics/render.h"
#include "fuzz_invariants.h"
#include "rules/runner.h"
#include "sema/compilation.h"

namespace {

// The input is an in-memory file (an overlay); nothing is read from disk, and
// imports resolve beneath a folder that does not exist.
constexpr const char* kInputPath = "/nonexistent-trustc-fuzz/input.trust";

std::optional<std::string> stdlibFolder() {
  const char* env = std::getenv("TRUSTC_FUZZ_STDLIB");
  if (env == nullptr || *env == '\0') return std::nullopt;
  return std::string(env);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const std::optional<std::string> stdlib = stdlibFolder();
  trustc::CompileOptions options;
  options.inputs = {kInputPath};
  options.overlays = {{kInputPath, std::string(reinterpret_cast<const char*>(data), size)}};
  options.asOf = trustc::parseDate("2026-11-22");
  options.stdlibDir = stdlib;
  std::unique_ptr<trustc::Compilation> c = trustc::compile(options);
  if (!c->inputErrors.empty()) __builtin_trap();  // the overlay is always readable
  if (!c->diagnostics.hasErrors()) trustc::rules::runRules(*c, trustc::rules::Config{});
  c->diagnostics.sort(c->sources);
  trustc::fuzz::requireWellFormed(c->sources, c->diagnostics.diagnostics());
  std::ostringstream out;
  trustc::renderText(out, c->sources, c->diagnostics.diagnostics(), {false, true});
  trustc::renderJson(out, c->sources, c->diagnostics.diagnostics());
  return 0;
}
