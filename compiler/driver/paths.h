// Paths of the command line's inputs: their absolute form, whether one lies
// in a folder, and the repository they belong to.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace trustc::driver {

// `path` made absolute (against the working directory) and normalized.
std::filesystem::path absolutePath(const std::filesystem::path& path);

// Whether `path` is `folder` or lies in it (both absolute and normalized),
// as written (support/files.h: lexicallyWithin) or once symbolic links are
// resolved.
bool withinResolved(const std::filesystem::path& folder, const std::filesystem::path& path);

// The repository root of the inputs: the nearest folder at or above the
// deepest folder holding them all that has a `.git` entry (a folder, or a
// file in a worktree or submodule); else the working directory.
std::filesystem::path repositoryRoot(const std::vector<std::string>& inputs);

}  // namespace trustc::driver
