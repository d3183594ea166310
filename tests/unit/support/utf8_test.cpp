// UTF-8 helpers (validation is in text_test.cpp): sequence lengths and the
// printable form of text that a terminal or a CI log receives.
#include "support/utf8.h"

#include <gtest/gtest.h>

namespace trustc::utf8 {
namespace {

constexpr std::string_view kReplacement = "\xEF\xBF\xBD";

TEST(Utf8, SequenceLength) {
  EXPECT_EQ(sequenceLength('a'), 1u);
  EXPECT_EQ(sequenceLength('\xC3'), 2u);
  EXPECT_EQ(sequenceLength('\xE2'), 3u);
  EXPECT_EQ(sequenceLength('\xF0'), 4u);
  EXPECT_EQ(sequenceLength('\x80'), 1u) << "a stray continuation byte counts as one";
}

TEST(Utf8, PrintableKeepsTextAndTabs) {
  EXPECT_EQ(printable("unknown role `Reader`"), "unknown role `Reader`");
  EXPECT_EQ(printable("caf\xC3\xA9\tx \xF0\x9F\x94\x91"), "caf\xC3\xA9\tx \xF0\x9F\x94\x91");
  EXPECT_EQ(printable(""), "");
}

TEST(Utf8, PrintableReplacesControlsAndInvalidBytes) {
  std::string r(kReplacement);
  EXPECT_EQ(printable("Rea\x1B[31mder"), "Rea" + r + "[31mder") << "an escape sequence";
  EXPECT_EQ(printable("a\x01"
                      "b\x7F"
                      "c\nd\re"),
            "a" + r + "b" + r + "c" + r + "d" + r + "e");
  EXPECT_EQ(printable("x\xC2\x9B"
                      "y"),
            "x" + r + "y")
      << "a C1 control (CSI)";
  EXPECT_EQ(printable("x\xC2\xA0y"), "x\xC2\xA0y") << "no-break space is printable";
  EXPECT_EQ(printable("x\xFFy\xC3"), "x" + r + "y" + r) << "invalid and truncated bytes";
  EXPECT_EQ(printable("a\nb\x1B", true), "a\nb" + r) << "line breaks kept on request";
}

}  // namespace
}  // namespace trustc::utf8
