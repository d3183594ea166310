// UTF-8 validation and counting. The ANTLR 4.9 runtime throws on invalid
// UTF-8, so every buffer is validated here before the lexer sees it.
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>

namespace trustc::utf8 {

// Byte offset of the first byte that is not part of well-formed UTF-8
// (overlongs, surrogates and code points above U+10FFFF are invalid), or
// nullopt when the whole buffer is valid.
std::optional<std::size_t> firstInvalidByte(std::string_view text);

// Number of code points in valid UTF-8 (continuation bytes are not counted).
std::size_t countCodePoints(std::string_view text);

// Byte offset of the code point with the given 0-based index, clamped to size.
std::size_t offsetOfCodePoint(std::string_view text, std::size_t index);

}  // namespace trustc::utf8
