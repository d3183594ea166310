// Benchmark (not a test): how long loading the embedded standard library and
// finding roles takes, against parsing the stdlib sources (what a run did
// before the stdlib was compiled at build time).
//
//   trustc_bench_stdlib [STDLIB-DIR [PROJECT]]
// With PROJECT, also how long compiling it and running the rules take, in
// process (the second compilation, after ANTLR has warmed up).
#include <fmt/format.h>

#include <chrono>
#include <string>

#include "rules/runner.h"
#include "sema/compilation.h"
#include "sema/stdlib.h"

namespace {

using Clock = std::chrono::steady_clock;

double microseconds(Clock::duration d) { return std::chrono::duration<double, std::micro>(d).count(); }

}  // namespace

int main(int argc, char** argv) {
  using namespace trustc;
  constexpr int kRuns = 2000;
  const char* names[] = {"Owner", "Storage Blob Data Reader", "cognitive services openai user",
                         "4633458b-17de-408a-b874-0445c86b69e6"};
  // Load + four lookups by name or GUID (each rebuilds one declaration).
  Clock::time_point start = Clock::now();
  std::size_t found = 0;
  for (int i = 0; i < kRuns; ++i) {
    SourceManager sources;
    sema::Stdlib lib;
    lib.useEmbedded(sources);
    for (const char* n : names) found += lib.find(sema::Namespace::Roles, n) ? 1 : 0;
  }
  double load = microseconds(Clock::now() - start) / kRuns;
  fmt::print("embedded stdlib: load and 4 role lookups  {:8.2f} us  ({} found)\n", load, found / kRuns);

  start = Clock::now();
  CompileOptions options;
  auto c = compile(options);
  fmt::print("compile an empty project (embedded)       {:8.2f} us\n", microseconds(Clock::now() - start));
  if (argc > 1) {
    start = Clock::now();
    options.stdlibDir = argv[1];
    auto parsed = compile(options);
    fmt::print("compile an empty project (--stdlib {})  {:8.2f} us\n", argv[1],
               microseconds(Clock::now() - start));
  }
  if (argc > 2) {
    CompileOptions project;
    project.inputs = {argv[2]};
    for (int round = 0; round < 2; ++round) {
      start = Clock::now();
      auto p = compile(project);
      Clock::time_point compiled = Clock::now();
      if (!p->diagnostics.hasErrors()) rules::runRules(*p, rules::Config{});
      fmt::print("{} compile {}  {:8.2f} us, rules {:8.2f} us\n", round ? "warm" : "cold", argv[2],
                 microseconds(compiled - start), microseconds(Clock::now() - compiled));
    }
  }
  return found == 4u * kRuns ? 0 : 1;
}
