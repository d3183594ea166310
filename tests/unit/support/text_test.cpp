#include <gtest/gtest.h>

#include "support/spelling.h"
#include "support/utf8.h"

namespace trustc {
namespace {

TEST(Spelling, EditDistanceCountsTranspositionsAsOne) {
  EXPECT_EQ(editDistance("identity", "identity"), 0u);
  EXPECT_EQ(editDistance("identiy", "identity"), 1u);
  EXPECT_EQ(editDistance("idnetity", "identity"), 1u);
  EXPECT_EQ(editDistance("Reader", "reader"), 0u);
}

TEST(Spelling, SuggestsOnlyPlausibleTypos) {
  std::vector<std::string_view> names = {"rg-ai-prod", "rg-ai-staging", "team-ai"};
  EXPECT_EQ(closestMatch("rg-ai-prd", names), "rg-ai-prod");
  EXPECT_EQ(closestMatch("team-ia", names), "team-ai");
  EXPECT_FALSE(closestMatch("billing", names));
}

TEST(Spelling, DoesNotSuggestAnotherWord) {
  // Six edits in sixteen characters is a different name, not a typo.
  std::vector<std::string_view> names = {"inference-api"};
  EXPECT_FALSE(closestMatch("inference-deploy", names));
  EXPECT_FALSE(closestMatch("a", std::vector<std::string_view>{"b"}));
  EXPECT_EQ(closestMatch("Storage Blob Data Reeder", std::vector<std::string_view>{"Storage Blob Data Reader"}),
            "Storage Blob Data Reader");
}

TEST(Spelling, ListsNamesForMessages) {
  EXPECT_EQ(quotedList({"a"}), "`a`");
  EXPECT_EQ(quotedList({"a", "b"}), "`a` or `b`");
  EXPECT_EQ(quotedList({"a", "b", "c"}), "`a`, `b` or `c`");
}

TEST(Utf8, FindsTheFirstInvalidByte) {
  EXPECT_FALSE(utf8::firstInvalidByte("plain ascii"));
  EXPECT_FALSE(utf8::firstInvalidByte("caf\xC3\xA9 \xF0\x9F\x94\x91"));
  EXPECT_EQ(utf8::firstInvalidByte("ab\xFFz"), 2u);
  EXPECT_EQ(utf8::firstInvalidByte("ab\xC0\xAF"), 2u);      // overlong
  EXPECT_EQ(utf8::firstInvalidByte("x\xED\xA0\x80"), 1u);   // surrogate
  EXPECT_EQ(utf8::firstInvalidByte("x\xF4\x90\x80\x80"), 1u);  // above U+10FFFF
  EXPECT_EQ(utf8::firstInvalidByte("x\xE2\x82"), 1u);       // truncated
}

TEST(Utf8, CountsCodePoints) {
  EXPECT_EQ(utf8::countCodePoints("caf\xC3\xA9"), 4u);
  EXPECT_EQ(utf8::offsetOfCodePoint("caf\xC3\xA9!", 4), 5u);
}

}  // namespace
}  // namespace trustc
