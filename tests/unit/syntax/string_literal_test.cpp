#include "syntax/string_literal.h"

#include <gtest/gtest.h>

namespace trustc {
namespace {

struct Decoded {
  std::string text;
  std::vector<std::pair<std::uint32_t, std::string>> errors;  // column, message
};

Decoded decode(std::string_view literal) {
  DiagnosticSink sink;
  Decoded out;
  out.text = decodeString(literal, 0, {1, 10}, sink);
  for (const Diagnostic& d : sink.diagnostics()) out.errors.emplace_back(d.location.range.begin.column, d.message);
  return out;
}

TEST(StringLiteral, DecodesEveryEscape) {
  Decoded d = decode(R"("q\" b\\ s\/ n\n r\r t\t e\u00e9 k\u{1F511}")");
  EXPECT_TRUE(d.errors.empty());
  EXPECT_EQ(d.text, "q\" b\\ s/ n\n r\r t\t e\xC3\xA9 k\xF0\x9F\x94\x91");
}

TEST(StringLiteral, ReportsBadEscapesAtTheirColumn) {
  // The opening quote is at column 10; `\d` starts at column 15.
  Decoded d = decode(R"("abcd\d \u12 \u{D800} \u{110000} \u0000")");
  ASSERT_EQ(d.errors.size(), 5u);
  EXPECT_EQ(d.errors[0], (std::pair<std::uint32_t, std::string>{15, "unknown escape `\\d` in a string"}));
  EXPECT_EQ(d.errors[1].first, 18u);
  EXPECT_EQ(d.errors[2].first, 23u);
  EXPECT_EQ(d.errors[3].first, 32u);
  EXPECT_EQ(d.errors[4].first, 43u);
}

TEST(StringLiteral, CountsColumnsInCodePoints) {
  Decoded d = decode("\"\xC3\xA9\xC3\xA9\\x\"");  // "éé\x"
  ASSERT_EQ(d.errors.size(), 1u);
  EXPECT_EQ(d.errors[0].first, 13u);
}

TEST(StringLiteral, ToleratesAMissingClosingQuote) {
  Decoded d = decode("\"open");
  EXPECT_EQ(d.text, "open");
  Decoded backslash = decode("\"ends with \\");
  ASSERT_EQ(backslash.errors.size(), 1u);
  EXPECT_EQ(backslash.errors[0].second, "a backslash at the end of a string");
}

}  // namespace
}  // namespace trustc
