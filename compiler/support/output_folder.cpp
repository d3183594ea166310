#include "support/output_folder.h"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <set>
#include <sstream>

#include "support/files.h"

namespace trustc {

namespace fs = std::filesystem;

namespace {

// A manifest line trustc may act on: relative, inside the folder.
bool safeRelative(const std::string& path) {
  if (path.empty() || path[0] == '/' || path.find('\\') != std::string::npos) return false;
  for (const auto& part : fs::path(path)) {
    if (part == ".." || part == "." || part.empty()) return false;
  }
  return true;
}

std::set<std::string> readManifest(const fs::path& folder) {
  std::set<std::string> paths;
  auto text = readWholeFile((folder / kOutputManifest).string());
  if (!text) return paths;
  std::istringstream in(*text);
  for (std::string line; std::getline(in, line);) {
    if (!line.empty() && line[0] != '#' && safeRelative(line)) paths.insert(line);
  }
  return paths;
}

std::string manifestText(const std::set<std::string>& paths) {
  std::string out =
      "# Files written by trustc build; trustc removes them when a later build no longer writes them.\n";
  for (const std::string& p : paths) out += p + "\n";
  return out;
}

// Removes temporary files that a killed run left beside `target`.
void removeLeftoverTemporaries(const fs::path& target) {
  std::error_code ec;
  std::string prefix = "." + target.filename().string() + ".tmp-";
  for (const auto& entry : fs::directory_iterator(target.parent_path(), ec)) {
    std::string name = entry.path().filename().string();
    if (name.size() == prefix.size() + 6 && name.rfind(prefix, 0) == 0) fs::remove(entry.path(), ec);
  }
}

std::string probeWritable(const fs::path& folder) {
  std::string probe = (folder / ".trustc-probe-XXXXXX").string();
  int fd = mkstemp(probe.data());
  if (fd < 0) return std::strerror(errno);
  ::close(fd);
  ::unlink(probe.c_str());
  return "";
}

}  // namespace

OutputFolderResult writeOutputFolder(const std::string& folderName, const std::vector<OutputWrite>& files) {
  OutputFolderResult result;
  fs::path folder = fs::path(folderName).lexically_normal();
  if (!folder.has_filename() && folder.has_parent_path()) folder = folder.parent_path();  // "out/" → "out"
  std::error_code ec;
  if (fs::exists(folder, ec) && !fs::is_directory(folder, ec)) {
    result.error = "the output folder '" + folderName + "' is a file; give a folder";
    return result;
  }
  fs::create_directories(folder, ec);
  if (ec) {
    result.error = "cannot create the output folder '" + folderName + "': " + ec.message();
    return result;
  }
  if (std::string why = probeWritable(folder); !why.empty()) {
    result.error = "cannot write in the output folder '" + folderName + "': " + why;
    return result;
  }
  std::set<std::string> previous = readManifest(folder), current;
  for (const OutputWrite& f : files) current.insert(f.path);
  std::set<std::string> both = previous;
  both.insert(current.begin(), current.end());
  if (std::string e = writeFileAtomically((folder / kOutputManifest).string(), manifestText(both));
      !e.empty()) {
    result.error = e;
    return result;
  }
  // Every changed file is written under a temporary name first: a failure
  // (a full disk, a folder in the way) leaves the previous output whole. Then
  // all are renamed at once, in the order given.
  std::vector<StagedFile> staged;
  auto discardAll = [&] {
    for (const StagedFile& s : staged) discardStaged(s);
  };
  for (const OutputWrite& f : files) {
    fs::path target = folder / f.path;
    fs::create_directories(target.parent_path(), ec);
    if (ec) {
      discardAll();
      result.error = "cannot create the folder '" + target.parent_path().string() + "': " + ec.message();
      return result;
    }
    removeLeftoverTemporaries(target);
    if (auto existing = readWholeFile(target.string()); existing && *existing == f.contents) {
      ++result.unchanged;
      continue;
    }
    if (fs::is_directory(target, ec)) {
      discardAll();
      result.error = "cannot write '" + target.string() + "': a folder has that name";
      return result;
    }
    StagedFile s;
    if (std::string e = stageFile(target.string(), f.contents, s); !e.empty()) {
      discardAll();
      result.error = e;
      return result;
    }
    staged.push_back(std::move(s));
  }
  for (std::size_t i = 0; i < staged.size(); ++i) {
    if (std::string e = commitStaged(staged[i]); !e.empty()) {
      for (std::size_t j = i + 1; j < staged.size(); ++j) discardStaged(staged[j]);
      result.error = e;
      return result;
    }
    ++result.written;
  }
  if (std::string e = writeFileAtomically((folder / kOutputManifest).string(), manifestText(current));
      !e.empty()) {
    result.error = e;
    return result;
  }
  for (const std::string& stale : previous) {
    if (current.count(stale)) continue;
    fs::path target = folder / stale;
    if (!fs::is_regular_file(fs::symlink_status(target, ec))) continue;
    if (fs::remove(target, ec)) ++result.removed;
    // Folders that only held what trustc wrote go too.
    for (fs::path dir = target.parent_path(); !dir.empty() && dir != folder && fs::is_empty(dir, ec) && !ec;
         dir = dir.parent_path()) {
      fs::remove(dir, ec);
    }
  }
  return result;
}

}  // namespace trustc
