// libFuzzer target: raw bytes as a one-file project through `trustc check`'s
// path: compile (parse, declare, resolve, model) against the standard library,
// the rules when it compiles cleanly, then both diagnostic renderers.
#include <cstddef>
#include <cstdint>
#include <sstream>

#include "diagnostics/render.h"
#include "fuzz_compile.h"
#include "fuzz_invariants.h"
#include "rules/runner.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::unique_ptr<trustc::Compilation> c = trustc::fuzz::compileInput(data, size);
  if (!c->diagnostics.hasErrors()) trustc::rules::runRules(*c, trustc::rules::Config{});
  c->diagnostics.sort(c->sources);
  trustc::fuzz::requireWellFormed(c->sources, c->diagnostics.diagnostics());
  std::ostringstream out;
  trustc::renderText(out, c->sources, c->diagnostics.diagnostics(), {false, true});
  trustc::renderJson(out, c->sources, c->diagnostics.diagnostics());
  return 0;
}
