// `check --project DIR PATH...`: the whole project folder is compiled, and the
// PATHs (for a pre-commit hook, the changed files) say where findings below
// error are shown. Errors are shown wherever they are: a change can break
// files it did not touch, so a change that leaves errors anywhere fails.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace trustc::driver {

struct Options;

struct Focus {
  // Absolute, normalized files and folders; empty means the whole project.
  std::vector<std::filesystem::path> paths;
  // Whether findings below error in `file` (as the source manager names it) are shown.
  bool contains(const std::string& file) const;
};

// Checks the PATHs given with --project: each must exist and lie in the
// project folder, and be a folder, a `.trust` file or a `trustc.json`; the
// project's configuration file (`configFile`, which may lie above the folder)
// or a `trustc.json` in the folder puts the whole project in focus, since it
// changes what every file reports. Prints usage errors and returns nullopt on
// a mistake. Without --project, the focus is everything.
std::optional<Focus> projectFocus(const Options& options, const std::optional<std::string>& configFile);

}  // namespace trustc::driver
