#include <fmt/format.h>

#include "support/utf8.h"
#include "syntax/parse.h"

namespace trustc {

namespace {

Location pointAt(const SourceFile& file, FileId id, std::size_t offset) {
  Position p = file.positionOf(offset);
  return {id, {p, {p.line, p.column + 1}}};
}

// Skips strings and comments so brackets inside them do not count.
bool checkNesting(const SourceFile& file, FileId id, DiagnosticSink& sink, const Limits& limits) {
  std::string_view t = file.text();
  std::size_t depth = 0;
  for (std::size_t i = 0; i < t.size(); ++i) {
    char c = t[i];
    if (c == '"') {
      for (++i; i < t.size() && t[i] != '"' && t[i] != '\n'; ++i) {
        if (t[i] == '\\' && i + 1 < t.size() && t[i + 1] != '\n') ++i;
      }
    } else if (c == '#' || (c == '/' && i + 1 < t.size() && t[i + 1] == '/')) {
      while (i < t.size() && t[i] != '\n') ++i;
    } else if (c == '/' && i + 1 < t.size() && t[i + 1] == '*') {
      std::size_t end = t.find("*/", i + 2);
      if (end == std::string::npos) return true;  // reported by the lexer
      i = end + 1;
    } else if (c == '{' || c == '[') {
      if (++depth > limits.maxNesting) {
        sink.error(DiagKind::NestingTooDeep, pointAt(file, id, i), "brackets are nested more than {} deep",
                   limits.maxNesting)
            .notes.push_back({{},
                              "declarations never need this depth; flatten the structure "
                              "or split it into separate declarations"});
        return false;
      }
    } else if ((c == '}' || c == ']') && depth > 0) {
      --depth;
    }
  }
  return true;
}

}  // namespace

bool prescan(const SourceManager& sources, FileId id, DiagnosticSink& sink, const Limits& limits) {
  const SourceFile& file = sources.file(id);
  std::string_view text = file.text();
  Location start{id, {{1, 1}, {1, 2}}};
  if (text.size() > limits.maxFileBytes) {
    sink.error(DiagKind::FileTooLarge, start, "the file is larger than the limit of {} bytes",
               limits.maxFileBytes)
        .notes.push_back({{}, "split the project into several files in one folder"});
    return false;
  }
  if (std::size_t nul = text.find('\0'); nul != std::string::npos) {
    sink.error(DiagKind::BinaryInput, pointAt(file, id, nul),
               "the file contains a NUL byte; it looks binary, not a manifest");
    return false;
  }
  if (auto bad = utf8::firstInvalidByte(text)) {
    sink.error(DiagKind::InvalidUtf8, pointAt(file, id, *bad),
               "invalid UTF-8: byte 0x{:02X} cannot appear here; save the file as UTF-8",
               static_cast<unsigned char>(text[*bad]));
    return false;
  }
  return checkNesting(file, id, sink, limits);
}

}  // namespace trustc
