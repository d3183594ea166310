#include "support/source.h"

#include "support/utf8.h"

namespace trustc {

SourceFile::SourceFile(std::string path, std::string text)
    : path_(std::move(path)), ownedText_(std::move(text)) {
  text_ = ownedText_;
  ownedLineStarts_.push_back(0);
  for (std::size_t i = 0; i < text_.size(); ++i) {
    if (text_[i] == '\n') ownedLineStarts_.push_back(static_cast<std::uint32_t>(i + 1));
  }
  lineStarts_ = ownedLineStarts_;
}

SourceFile::SourceFile(std::string path, std::string_view text, std::span<const std::uint32_t> lineStarts)
    : path_(std::move(path)), text_(text), lineStarts_(lineStarts) {}

std::string_view SourceFile::line(std::uint32_t line) const {
  if (line == 0 || line > lineStarts_.size()) return {};
  std::size_t begin = lineStarts_[line - 1];
  std::size_t end = line < lineStarts_.size() ? lineStarts_[line] : text_.size();
  std::string_view view(text_.data() + begin, end - begin);
  while (!view.empty() && (view.back() == '\n' || view.back() == '\r')) view.remove_suffix(1);
  return view;
}

std::string SourceFile::displayLine(std::uint32_t number) const {
  std::string_view text = line(number);
  std::string out;
  std::uint32_t column = 1;
  for (std::size_t i = 0; i < text.size(); ++column) {
    std::size_t next = utf8::offsetOfCodePoint(text.substr(i), 1) + i;
    bool hidden = false;
    for (const Range& r : redactions_) {
      hidden |= r.begin.line == number && r.begin.column <= column &&
                (r.end.line > number || column < r.end.column);
    }
    if (hidden)
      out += '*';
    else
      out.append(text.substr(i, next - i));
    i = next;
  }
  return out;
}

Position SourceFile::positionOf(std::size_t offset) const {
  if (offset > text_.size()) offset = text_.size();
  std::size_t lo = 0, hi = lineStarts_.size();
  while (hi - lo > 1) {
    std::size_t mid = (lo + hi) / 2;
    if (lineStarts_[mid] <= offset)
      lo = mid;
    else
      hi = mid;
  }
  std::string_view prefix(text_.data() + lineStarts_[lo], offset - lineStarts_[lo]);
  return {static_cast<std::uint32_t>(lo + 1), static_cast<std::uint32_t>(utf8::countCodePoints(prefix) + 1)};
}

FileId SourceManager::addBorrowed(std::string path, std::string_view text,
                                  std::span<const std::uint32_t> lineStarts) {
  files_.push_back(std::make_unique<SourceFile>(std::move(path), text, lineStarts));
  return static_cast<FileId>(files_.size() - 1);
}

FileId SourceManager::add(std::string path, std::string text) {
  files_.push_back(std::make_unique<SourceFile>(std::move(path), std::move(text)));
  return static_cast<FileId>(files_.size() - 1);
}

}  // namespace trustc
