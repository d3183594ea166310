// Command-line options shared by the verbs.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "sema/compilation.h"

namespace trustc::driver {

enum class OutputFormat { Text, Json, Sarif, Github };
enum class Color { Auto, Always, Never };

struct Options {
  std::vector<std::string> inputs;
  OutputFormat format = OutputFormat::Text;
  Color color = Color::Auto;
  std::optional<Date> asOf;
  std::optional<std::string> stdlibDir;
  bool werror = false;
  bool quiet = false;
  // Findings below this severity are neither printed nor counted.
  Severity threshold = Severity::Info;
  // Compile this project folder; report only the diagnostics of `inputs`.
  std::optional<std::string> project;
  bool help = false;
};

// Exit statuses.
inline constexpr int kExitClean = 0;
inline constexpr int kExitFindings = 1;
inline constexpr int kExitUsage = 2;

// Parses `args` (after the verb). On a usage error, prints it to stderr and
// returns nullopt.
std::optional<Options> parseOptions(const std::vector<std::string>& args, std::string_view verb);

CompileOptions compileOptions(const Options& options);

// Prints `trustc: error: ...` for usage and I/O failures.
void usageError(std::string_view message);

}  // namespace trustc::driver
