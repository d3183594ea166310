// The configuration file, `trustc.json` (docs/configuration.md): severities
// per rule and per category, and rule options. It is found by walking up from
// the inputs, or given with `--config`.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "rules/config.h"
#include "sema/compilation.h"

namespace trustc::rules {

inline constexpr std::string_view kConfigFileName = "trustc.json";

// The trustc.json that applies to the inputs: the nearest one in the folder of
// each input or above it. `error` is set when inputs have different ones.
struct ConfigSearch {
  std::optional<std::string> path;
  std::string error;
};
ConfigSearch findConfigFile(const std::vector<std::string>& inputs);

// Reads the configuration text of file `file`. Mistakes (invalid JSON, unknown
// rules, categories, options or keys, bad values) are diagnostics in `sink`
// that point into the file; what is valid is kept.
Config parseConfig(const SourceManager& sources, FileId file, DiagnosticSink& sink);

// Finds (or takes `explicitPath`), reads and parses the configuration of a
// compilation, adding the file to its sources and its mistakes to its
// diagnostics. Returns nullopt with `ioError` set when the file cannot be read
// or the inputs disagree; the default configuration when there is no file.
std::optional<Config> loadConfig(Compilation& c, const std::optional<std::string>& explicitPath,
                                 const std::vector<std::string>& inputs, std::string& ioError);

// The option names of trustc.json, for documentation and "did you mean".
std::vector<std::string_view> optionNames();

}  // namespace trustc::rules
