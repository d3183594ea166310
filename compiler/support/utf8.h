// UTF-8 validation and counting. The ANTLR 4.9 runtime throws on invalid
// UTF-8, so every buffer is validated here before the lexer sees it.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace trustc::utf8 {

// Byte offset of the first byte that is not part of well-formed UTF-8
// (overlongs, surrogates and code points above U+10FFFF are invalid), or
// nullopt when the whole buffer is valid.
std::optional<std::size_t> firstInvalidByte(std::string_view text);

// Length in bytes of the UTF-8 sequence that starts with `lead`; a byte that
// cannot start one (a stray continuation or an invalid lead) counts as one.
constexpr std::size_t sequenceLength(char lead) {
  auto b = static_cast<unsigned char>(lead);
  if (b < 0x80) return 1;
  if ((b >> 5) == 0x6) return 2;
  if ((b >> 4) == 0xE) return 3;
  if ((b >> 3) == 0x1E) return 4;
  return 1;
}

// The text with every control character but tab (C0, DEL and C1) and every
// byte that is not well-formed UTF-8 replaced by U+FFFD: safe to print on a
// terminal or into a CI log, which would act on an escape sequence. With
// `keepLineBreaks`, `\n` stays (for a format that escapes it).
std::string printable(std::string_view text, bool keepLineBreaks = false);

// Number of code points in valid UTF-8 (continuation bytes are not counted).
std::size_t countCodePoints(std::string_view text);

// Byte offset of the code point with the given 0-based index, clamped to size.
std::size_t offsetOfCodePoint(std::string_view text, std::size_t index);

}  // namespace trustc::utf8
