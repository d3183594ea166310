// Reading inputs and writing outputs whole: a file is written to a temporary
// name beside its destination and renamed, so it appears complete or not at all.
#pragma once

#include <filesystem>
#include <optional>
#include <string>

namespace trustc {

std::optional<std::string> readWholeFile(const std::string& path);

// Whether `path` is `folder` or lies beneath it, as written (both absolute or
// both relative, and normalized); symbolic links are not followed.
bool lexicallyWithin(const std::filesystem::path& folder, const std::filesystem::path& path);
// Returns an error message, or "" on success.
std::string writeFileAtomically(const std::string& path, const std::string& contents);

// The two steps of an atomic write, for writers of many files that first
// write them all (any failure then leaves every destination as it was) and
// then rename them all: a file written in full, and synced, under a
// temporary name beside its destination.
struct StagedFile {
  std::string temporary;
  std::string path;
};
// Returns an error message, or "" with `staged` set.
std::string stageFile(const std::string& path, const std::string& contents, StagedFile& staged);
// Renames the file into place; on failure removes it and returns the error.
std::string commitStaged(const StagedFile& staged);
// Removes a staged file that will not be committed.
void discardStaged(const StagedFile& staged);

}  // namespace trustc
