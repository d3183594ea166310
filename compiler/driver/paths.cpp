#include "driver/paths.h"

#include <optional>

#include "support/files.h"

namespace trustc::driver {

namespace fs = std::filesystem;

fs::path absolutePath(const fs::path& path) {
  std::error_code ec;
  return fs::absolute(path, ec).lexically_normal();
}

bool withinResolved(const fs::path& folder, const fs::path& path) {
  if (lexicallyWithin(folder, path)) return true;
  std::error_code ec1, ec2;
  fs::path realFolder = fs::canonical(folder, ec1);
  fs::path realPath = fs::canonical(path, ec2);
  return !ec1 && !ec2 && lexicallyWithin(realFolder, realPath);
}

namespace {

// The deepest folder that holds every input (a file's folder for a file).
fs::path commonFolder(const std::vector<std::string>& inputs) {
  std::optional<fs::path> common;
  for (const std::string& input : inputs) {
    std::error_code ec;
    fs::path p = absolutePath(input);
    if (!fs::is_directory(p, ec)) p = p.parent_path();
    if (!common) {
      common = p;
      continue;
    }
    fs::path shared;
    for (auto a = common->begin(), b = p.begin(); a != common->end() && b != p.end() && *a == *b; ++a, ++b)
      shared /= *a;
    common = shared;
  }
  return common ? *common : fs::path();
}

}  // namespace

fs::path repositoryRoot(const std::vector<std::string>& inputs) {
  std::error_code ec;
  fs::path cwd = fs::current_path(ec);
  fs::path from = commonFolder(inputs);
  if (from.empty()) from = cwd;
  for (fs::path p = from; !p.empty(); p = p.parent_path()) {
    if (fs::exists(p / ".git", ec)) return p;
    if (p == p.parent_path()) break;
  }
  return cwd;
}

}  // namespace trustc::driver
