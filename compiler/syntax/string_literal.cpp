#include "syntax/string_literal.h"

#include <cctype>

namespace trustc {

namespace {

void appendUtf8(std::string& out, std::uint32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

bool isContinuation(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

}  // namespace

std::string decodeString(std::string_view literal, FileId file, Position at, DiagnosticSink& sink) {
  std::string_view body = literal.substr(1);
  if (!body.empty() && body.back() == '"') body.remove_suffix(1);
  std::string out;
  out.reserve(body.size());
  std::uint32_t column = at.column + 1;  // column of body[i]
  for (std::size_t i = 0; i < body.size(); ++i) {
    char c = body[i];
    if (c != '\\') {
      out += c;
      if (!isContinuation(c)) ++column;
      continue;
    }
    std::uint32_t escColumn = column;
    auto bad = [&](std::size_t length, std::string_view why) {
      sink.error(DiagKind::InvalidEscape,
                 {file, {{at.line, escColumn}, {at.line, escColumn + static_cast<std::uint32_t>(length)}}},
                 "{}", why)
          .notes.push_back({{}, "the escapes are \\\" \\\\ \\/ \\n \\r \\t \\uXXXX and \\u{X...}"});
    };
    if (i + 1 >= body.size()) {
      bad(1, "a backslash at the end of a string");
      break;
    }
    char e = body[++i];
    column += 2;
    switch (e) {
      case '"': out += '"'; break;
      case '\\': out += '\\'; break;
      case '/': out += '/'; break;
      case 'n': out += '\n'; break;
      case 'r': out += '\r'; break;
      case 't': out += '\t'; break;
      case 'u': {
        std::size_t start = i + 1;
        bool braced = start < body.size() && body[start] == '{';
        std::size_t digitsBegin = braced ? start + 1 : start;
        std::size_t j = digitsBegin;
        while (j < body.size() && std::isxdigit(static_cast<unsigned char>(body[j])) && j - digitsBegin < 6)
          ++j;
        std::size_t digits = j - digitsBegin;
        bool ok = braced ? (digits >= 1 && j < body.size() && body[j] == '}') : digits >= 4;
        if (!braced && ok) {
          j = digitsBegin + 4;
          digits = 4;
        }
        std::uint32_t cp = 0;
        if (ok)
          cp = static_cast<std::uint32_t>(
              std::stoul(std::string(body.substr(digitsBegin, digits)), nullptr, 16));
        if (!ok || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF) || cp == 0) {
          bad(2 + (j - start),
              "`\\u` must be followed by 4 hex digits or `{X...}` naming a Unicode scalar value");
          i = (braced && j < body.size() && body[j] == '}') ? j : j - 1;
          column += static_cast<std::uint32_t>(i + 1 - start);
          break;
        }
        appendUtf8(out, cp);
        i = braced ? j : j - 1;
        column += static_cast<std::uint32_t>(i + 1 - start);
        break;
      }
      default: {
        std::size_t len = 1;
        while (i + len < body.size() && isContinuation(body[i + len])) ++len;
        bad(2, "unknown escape `\\" + std::string(body.substr(i, len)) + "` in a string");
        out.append(body.substr(i, len));
        i += len - 1;
      }
    }
  }
  return out;
}

}  // namespace trustc
