#include "support/files.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace trustc {

std::optional<std::string> readWholeFile(const std::string& path) {
  std::error_code ec;
  if (std::filesystem::is_directory(path, ec)) return std::nullopt;
  std::ifstream in(path, std::ios::binary);
  if (!in) return std::nullopt;
  std::stringstream ss;
  ss << in.rdbuf();
  if (in.bad()) return std::nullopt;
  return ss.str();
}

bool lexicallyWithin(const std::filesystem::path& folder, const std::filesystem::path& path) {
  std::filesystem::path rel = path.lexically_relative(folder);
  return !rel.empty() && *rel.begin() != ".." && !rel.is_absolute();
}

std::string stageFile(const std::string& path, const std::string& contents, StagedFile& staged) {
  namespace fs = std::filesystem;
  fs::path target(path);
  fs::path dir = target.parent_path().empty() ? fs::path(".") : target.parent_path();
  std::string tmpl = (dir / ("." + target.filename().string() + ".tmp-XXXXXX")).string();
  int fd = mkstemp(tmpl.data());
  if (fd < 0) return "cannot write '" + path + "': " + std::strerror(errno);
  std::size_t written = 0;
  while (written < contents.size()) {
    ssize_t n = ::write(fd, contents.data() + written, contents.size() - written);
    if (n < 0) {
      if (errno == EINTR) continue;
      std::string err = std::strerror(errno);
      ::close(fd);
      ::unlink(tmpl.c_str());
      return "cannot write '" + path + "': " + err;
    }
    written += static_cast<std::size_t>(n);
  }
  if (::fsync(fd) != 0 || ::close(fd) != 0) {
    std::string err = std::strerror(errno);
    ::unlink(tmpl.c_str());
    return "cannot write '" + path + "': " + err;
  }
  ::chmod(tmpl.c_str(), 0644);
  staged = {tmpl, path};
  return "";
}

std::string commitStaged(const StagedFile& staged) {
  if (::rename(staged.temporary.c_str(), staged.path.c_str()) != 0) {
    std::string err = std::strerror(errno);
    ::unlink(staged.temporary.c_str());
    return "cannot write '" + staged.path + "': " + err;
  }
  return "";
}

void discardStaged(const StagedFile& staged) { ::unlink(staged.temporary.c_str()); }

std::string writeFileAtomically(const std::string& path, const std::string& contents) {
  StagedFile staged;
  if (std::string e = stageFile(path, contents, staged); !e.empty()) return e;
  return commitStaged(staged);
}

}  // namespace trustc
