#include "support/utf8.h"

namespace trustc::utf8 {

std::optional<std::size_t> firstInvalidByte(std::string_view text) {
  const auto* s = reinterpret_cast<const unsigned char*>(text.data());
  const std::size_t n = text.size();
  std::size_t i = 0;
  while (i < n) {
    unsigned char c = s[i];
    if (c < 0x80) {
      ++i;
      continue;
    }
    std::size_t len;
    unsigned char lo = 0x80, hi = 0xBF;
    if (c >= 0xC2 && c <= 0xDF)
      len = 2;
    else if (c == 0xE0) {
      len = 3;
      lo = 0xA0;
    } else if (c >= 0xE1 && c <= 0xEC)
      len = 3;
    else if (c == 0xED) {
      len = 3;
      hi = 0x9F;
    } else if (c >= 0xEE && c <= 0xEF)
      len = 3;
    else if (c == 0xF0) {
      len = 4;
      lo = 0x90;
    } else if (c >= 0xF1 && c <= 0xF3)
      len = 4;
    else if (c == 0xF4) {
      len = 4;
      hi = 0x8F;
    } else
      return i;
    if (i + len > n) return i;
    if (s[i + 1] < lo || s[i + 1] > hi) return i;
    for (std::size_t k = 2; k < len; ++k) {
      if (s[i + k] < 0x80 || s[i + k] > 0xBF) return i;
    }
    i += len;
  }
  return std::nullopt;
}

std::string printable(std::string_view text, bool keepLineBreaks) {
  constexpr std::string_view kReplacement = "\xEF\xBF\xBD";
  std::string out;
  out.reserve(text.size());
  while (!text.empty()) {
    std::size_t valid = firstInvalidByte(text).value_or(text.size());
    for (std::size_t i = 0; i < valid; ++i) {
      auto c = static_cast<unsigned char>(text[i]);
      bool c1 = c == 0xC2 && i + 1 < valid && static_cast<unsigned char>(text[i + 1]) < 0xA0;
      if ((c < 0x20 && c != '\t' && !(keepLineBreaks && c == '\n')) || c == 0x7F) {
        out += kReplacement;
      } else if (c1) {
        out += kReplacement;
        ++i;
      } else {
        out += text[i];
      }
    }
    text.remove_prefix(valid);
    if (!text.empty()) {  // one invalid byte
      out += kReplacement;
      text.remove_prefix(1);
    }
  }
  return out;
}

std::size_t countCodePoints(std::string_view text) {
  std::size_t count = 0;
  for (char ch : text) {
    if ((static_cast<unsigned char>(ch) & 0xC0) != 0x80) ++count;
  }
  return count;
}

std::size_t offsetOfCodePoint(std::string_view text, std::size_t index) {
  std::size_t seen = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) {
      if (seen == index) return i;
      ++seen;
    }
  }
  return text.size();
}

}  // namespace trustc::utf8
