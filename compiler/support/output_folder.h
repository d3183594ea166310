// Writing a build's files into an output folder so that a reader never sees a
// half-written file: every changed file is first written in full to a
// temporary name beside it (a failure then leaves the previous output
// whole), then all are renamed, in the order given (the last one can mark a
// complete output: a build kill between two renames mixes old and new files
// only for that instant).
// The folder keeps a manifest of the files trustc wrote; a file that an
// earlier build wrote and this one does not is removed, and no other file is
// ever touched. The manifest is widened before anything is written, so a
// build killed half-way still lets the next one clean up.
#pragma once

#include <string>
#include <vector>

namespace trustc {

struct OutputWrite {
  std::string path;  // relative, `/`-separated, no `..`
  std::string contents;
};

struct OutputFolderResult {
  std::string error;  // empty on success
  int written = 0, unchanged = 0, removed = 0;
};

inline constexpr const char* kOutputManifest = ".trustc-outputs";

OutputFolderResult writeOutputFolder(const std::string& folder, const std::vector<OutputWrite>& files);

}  // namespace trustc
