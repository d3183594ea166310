// Command-line options shared by the verbs.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "driver/project_focus.h"
#include "rules/config.h"
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
  std::optional<std::string> configFile;  // --config: the trustc.json to use
  bool werror = false;
  bool quiet = false;
  // Text output prints at most this many diagnostics (0: all), then says how
  // many more there are; every other format gives them all.
  std::size_t maxDiagnostics = 500;
  // Findings below this severity are neither printed nor counted.
  Severity threshold = Severity::Info;
  // Compile this project folder; `inputs` are the files and folders of it
  // whose findings below error are shown (driver/project_focus.h).
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

// The arguments of `trustc import-*`: one input and an optional `-o OUT`.
struct ImportArgs {
  std::string input;
  std::string output;
  bool help = false;
};
// Parses them; on a usage error prints it and returns nullopt. `what` says
// what the input is, for the message when it is missing.
std::optional<ImportArgs> parseImportArgs(const std::vector<std::string>& args, std::string_view verb,
                                          std::string_view what);
// Writes an importer's output to `output` (atomically) or to standard output;
// returns the exit status.
int writeImportOutput(const std::string& text, const std::string& output);

// A compiled project with its configuration (trustc.json, see rules/config_file.h).
struct Project {
  std::unique_ptr<Compilation> compilation;
  rules::Config config;
  // Where findings below error are shown (everywhere without --project).
  Focus focus;
};
// Compiles the inputs (with --project, the project folder) and loads their
// configuration (with --project, the project folder's). Inputs or a
// configuration file that cannot be read, and --project paths that are not
// the project's, are printed as usage errors and give nullopt (exit status 2);
// compile and configuration errors are in the compilation's diagnostics.
std::optional<Project> compileProject(const Options& options);

// Prints `trustc: error: ...` for usage and I/O failures.
void usageError(std::string_view message);

}  // namespace trustc::driver
