#include "driver/project_focus.h"

#include <fmt/format.h>

#include "driver/options.h"
#include "driver/paths.h"
#include "rules/config_file.h"
#include "support/files.h"

namespace trustc::driver {

namespace {

namespace fs = std::filesystem;

bool sameFile(const fs::path& a, const fs::path& b) {
  std::error_code ec;
  return a == b || fs::equivalent(a, b, ec);
}

}  // namespace

bool Focus::contains(const std::string& file) const {
  if (paths.empty()) return true;
  fs::path abs = absolutePath(file);
  for (const fs::path& p : paths) {
    if (lexicallyWithin(p, abs)) return true;
  }
  return false;
}

std::optional<Focus> projectFocus(const Options& options, const std::optional<std::string>& configFile) {
  Focus focus;
  if (!options.project) return focus;
  const std::string& dir = *options.project;
  std::error_code ec;
  fs::path project = absolutePath(dir);
  if (!fs::exists(project, ec)) {
    usageError(fmt::format("cannot read '{}': no such file or folder", dir));
    return std::nullopt;
  }
  if (!fs::is_directory(project, ec)) {
    usageError(fmt::format(
        "`--project {}` is not a folder: give the folder that holds the project's manifests", dir));
    return std::nullopt;
  }
  bool whole = false;
  for (const std::string& input : options.inputs) {
    fs::path abs = absolutePath(input);
    if (!fs::exists(abs, ec)) {
      usageError(fmt::format("cannot read '{}': no such file or folder", input));
      return std::nullopt;
    }
    bool isConfig = abs.filename() == rules::kConfigFileName;
    if (isConfig && configFile && sameFile(abs, absolutePath(*configFile))) {
      whole = true;
      continue;
    }
    if (!withinResolved(project, abs)) {
      usageError(
          fmt::format("'{}' is outside the project folder '{}': check it on its own, or give "
                      "a --project folder that holds it",
                      input, dir));
      return std::nullopt;
    }
    if (isConfig) {
      whole = true;
    } else if (fs::is_directory(abs, ec) || abs.extension() == ".trust") {
      focus.paths.push_back(abs);
    } else {
      usageError(
          fmt::format("'{}' is not a manifest: with --project, give the project's `.trust` files, "
                      "folders or `{}`",
                      input, rules::kConfigFileName));
      return std::nullopt;
    }
  }
  if (whole) focus.paths.clear();
  return focus;
}

}  // namespace trustc::driver
