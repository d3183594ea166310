// Positions and text edits in LSP terms: 0-based lines and UTF-16 code
// units (what LSP 3.17 clients use by default), against trustc's 1-based
// lines and code-point columns. Also file URIs.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "support/source.h"

namespace trustc::lsp {

struct LspPosition {
  std::uint32_t line = 0;       // 0-based
  std::uint32_t character = 0;  // UTF-16 code units from the line start
  friend auto operator<=>(const LspPosition&, const LspPosition&) = default;
};

struct LspRange {
  LspPosition start;
  LspPosition end;
};

// A line's UTF-16 length up to a code-point column (1-based), and back.
std::uint32_t utf16Column(std::string_view lineText, std::uint32_t codePointColumn);
std::uint32_t codePointColumn(std::string_view lineText, std::uint32_t utf16Column);

// Conversions against a file's text.
LspPosition toLsp(const SourceFile& file, Position p);
LspRange toLsp(const SourceFile& file, const Range& r);
Position fromLsp(const SourceFile& file, LspPosition p);

// The byte offset of an LSP position in text; positions past the end of a
// line or of the text are clamped to it (as LSP specifies).
std::size_t offsetOf(std::string_view text, LspPosition p);
// The position just past the end of the text.
LspPosition endOf(std::string_view text);

// `file:///a/b%20c.trust` <-> `/a/b c.trust`; nullopt for other schemes.
std::optional<std::string> uriToPath(std::string_view uri);
std::string pathToUri(std::string_view absolutePath);

}  // namespace trustc::lsp
