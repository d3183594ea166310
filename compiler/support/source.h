// Source buffers and positions. A position is a 1-based line and a 1-based
// column counted in Unicode code points (what a reader counts on screen).
#pragma once

#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace trustc {

using FileId = std::uint32_t;
inline constexpr FileId kNoFile = ~FileId{0};

struct Position {
  std::uint32_t line = 0;    // 1-based; 0 means unknown
  std::uint32_t column = 0;  // 1-based, in code points
  friend auto operator<=>(const Position&, const Position&) = default;
};

struct Range {
  Position begin;
  Position end;  // exclusive
  friend bool operator==(const Range&, const Range&) = default;
};

struct Location {
  FileId file = kNoFile;
  Range range;
  bool valid() const { return file != kNoFile; }
  friend bool operator==(const Location&, const Location&) = default;
};

class SourceFile {
 public:
  SourceFile(std::string path, std::string text);
  // A file whose text and line table (byte offset of each line) live elsewhere
  // for as long as the file (the embedded standard library): nothing is copied.
  SourceFile(std::string path, std::string_view text, std::span<const std::uint32_t> lineStarts);
  SourceFile(const SourceFile&) = delete;
  SourceFile& operator=(const SourceFile&) = delete;

  const std::string& path() const { return path_; }
  std::string_view text() const { return text_; }
  std::uint32_t lineCount() const { return static_cast<std::uint32_t>(lineStarts_.size()); }
  // The text of a 1-based line, without its line terminator.
  std::string_view line(std::uint32_t line) const;
  // Position of a byte offset.
  Position positionOf(std::size_t offset) const;
  // Hides a range (on one line) from display: a secret written in the file.
  void redact(Range range) { redactions_.push_back(range); }
  // A line as renderers quote it: redacted characters shown as `*`.
  std::string displayLine(std::uint32_t line) const;

 private:
  std::string path_;
  std::string ownedText_;
  std::vector<std::uint32_t> ownedLineStarts_;
  std::string_view text_;
  std::span<const std::uint32_t> lineStarts_;
  std::vector<Range> redactions_;
};

// Owns every file of one compilation; FileIds index into it.
class SourceManager {
 public:
  FileId add(std::string path, std::string text);
  // Registers text that outlives the manager (see SourceFile).
  FileId addBorrowed(std::string path, std::string_view text, std::span<const std::uint32_t> lineStarts);
  const SourceFile& file(FileId id) const { return *files_[id]; }
  void redact(const Location& location) {
    if (location.valid()) files_[location.file]->redact(location.range);
  }
  std::size_t size() const { return files_.size(); }

 private:
  std::vector<std::unique_ptr<SourceFile>> files_;
};

}  // namespace trustc
