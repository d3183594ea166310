#include "lsp/text.h"

#include <fmt/format.h>

#include "support/utf8.h"

namespace trustc::lsp {

namespace {

std::string_view lineAt(std::string_view text, std::size_t start) {
  std::size_t end = text.find('\n', start);
  std::string_view line =
      text.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start);
  if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
  return line;
}

}  // namespace

std::uint32_t utf16Column(std::string_view line, std::uint32_t column) {
  std::uint32_t units = 0;
  std::uint32_t points = 1;
  for (std::size_t i = 0; i < line.size() && points < column; ++points) {
    std::size_t n = utf8::sequenceLength(line[i]);
    units += n == 4 ? 2 : 1;
    i += n;
  }
  return units;
}

std::uint32_t codePointColumn(std::string_view line, std::uint32_t utf16) {
  std::uint32_t units = 0;
  std::uint32_t column = 1;
  for (std::size_t i = 0; i < line.size() && units < utf16; ++column) {
    std::size_t n = utf8::sequenceLength(line[i]);
    units += n == 4 ? 2 : 1;
    i += n;
  }
  return column;
}

LspPosition toLsp(const SourceFile& file, Position p) {
  if (p.line == 0) return {};
  return {p.line - 1, utf16Column(file.line(p.line), p.column)};
}

LspRange toLsp(const SourceFile& file, const Range& r) {
  LspRange out{toLsp(file, r.begin), toLsp(file, r.end)};
  if (r.end.line == 0 || out.end < out.start) out.end = out.start;
  return out;
}

Position fromLsp(const SourceFile& file, LspPosition p) {
  return {p.line + 1, codePointColumn(file.line(p.line + 1), p.character)};
}

std::size_t offsetOf(std::string_view text, LspPosition p) {
  std::size_t start = 0;
  for (std::uint32_t line = 0; line < p.line; ++line) {
    std::size_t nl = text.find('\n', start);
    if (nl == std::string_view::npos) return text.size();
    start = nl + 1;
  }
  std::string_view line = lineAt(text, start);
  std::size_t i = 0;
  for (std::uint32_t units = 0; i < line.size() && units < p.character;) {
    std::size_t n = utf8::sequenceLength(line[i]);
    units += n == 4 ? 2 : 1;
    i = std::min(i + n, line.size());
  }
  return start + i;
}

LspPosition endOf(std::string_view text) {
  std::uint32_t line = 0;
  std::size_t start = 0;
  for (std::size_t nl; (nl = text.find('\n', start)) != std::string_view::npos; start = nl + 1) ++line;
  std::string_view last = text.substr(start);
  return {line, utf16Column(last, static_cast<std::uint32_t>(last.size()) + 1)};
}

std::optional<std::string> uriToPath(std::string_view uri) {
  constexpr std::string_view kScheme = "file://";
  if (uri.substr(0, kScheme.size()) != kScheme) return std::nullopt;
  std::string_view rest = uri.substr(kScheme.size());
  std::size_t slash = rest.find('/');
  if (slash == std::string_view::npos) return std::nullopt;
  rest = rest.substr(slash);  // drop an authority such as `localhost`
  std::string path;
  for (std::size_t i = 0; i < rest.size(); ++i) {
    if (rest[i] == '%' && i + 2 < rest.size() && std::isxdigit(static_cast<unsigned char>(rest[i + 1])) &&
        std::isxdigit(static_cast<unsigned char>(rest[i + 2]))) {
      path += static_cast<char>(std::stoi(std::string(rest.substr(i + 1, 2)), nullptr, 16));
      i += 2;
    } else {
      path += rest[i];
    }
  }
  return path;
}

std::string pathToUri(std::string_view path) {
  std::string uri = "file://";
  for (char c : path) {
    auto u = static_cast<unsigned char>(c);
    if (std::isalnum(u) || c == '/' || c == '-' || c == '.' || c == '_' || c == '~')
      uri += c;
    else
      uri += fmt::format("%{:02X}", u);
  }
  return uri;
}

}  // namespace trustc::lsp
