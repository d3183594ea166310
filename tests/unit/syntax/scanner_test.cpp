// The scanner against the lexer generated from grammar/TrustLexer.g4: the
// same tokens (type, channel, line, column, start, stop, text) on every
// manifest of the repository, on hand-picked edge cases, and on generated text.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>

#include "support/utf8.h"
#include "syntax/raw_tokens.h"

namespace trustc::syntax {
namespace {

namespace fs = std::filesystem;

std::string describe(const RawToken& t) {
  std::ostringstream out;
  out << "type " << t.type << " channel " << t.channel << " at " << t.line << ":" << t.column << " ["
      << t.start << ", " << t.stop << "] `" << t.text << "`";
  return out.str();
}

// The first token where the two differ, or "" when they agree.
std::string firstDifference(std::string_view text) {
  std::vector<RawToken> expected = lexRawTokensWithAntlr(text);
  std::vector<RawToken> actual = scanRawTokens(text);
  for (std::size_t i = 0; i < std::max(expected.size(), actual.size()); ++i) {
    if (i >= expected.size()) return "extra token " + describe(actual[i]);
    if (i >= actual.size()) return "missing token " + describe(expected[i]);
    if (!(expected[i] == actual[i])) {
      return "token " + std::to_string(i) + ": expected " + describe(expected[i]) + ", got " +
             describe(actual[i]);
    }
  }
  return "";
}

TEST(Scanner, AgreesWithTheGrammarOnEdgeCases) {
  const std::string_view cases[] = {
      "",
      "owner o { contact = \"a@b.c\" }",
      "owner-x ownerx owner_ resource resource_group resource_groupx policy_assignment policy",
      "acdd72a7-3385-48ef-bd42-f606fba81ae7 acdd72a7-3385-48ef-bd42-f606fba81ae7x",
      "acdd72a7-3385-48ef-bd42-f606fba81ae7-x",
      "4633458b-17de-408a-b874-0445c86b69e6 4633458b-17de-408a-b874-0445c86b69e 4633458b",
      "2026-11-22 2026-11- 2026-11 2026- 2026 90d 90days 1-2-3-4 12345678-1234-1234-1234-123456789012",
      "\"a\\\"b\" \"open\n\"esc\\\n\" \"tail\\",
      "'single' 'open\n`tick` `open\n'",
      "// line\r\n# hash\n/* block */ /**/ /*/ x */ /* open",
      "/ /x",
      "\t\f\r\n \xC2\xA0\xEF\xBB\xBF x",
      "caf\xC3\xA9 \"caf\xC3\xA9\" \xE2\x82\xAC \xF0\x9F\x98\x80 @ $ % ^ & * ( ) - + < > ? ! ~ | \\",
      "a.b.c x-y-z _a a-_ -a a- 1a-b",
      "{[,:;=.]}",
      "\"\\\xC3\xA9\" \"\\",
  };
  for (std::string_view c : cases) EXPECT_EQ(firstDifference(c), "") << "input: " << c;
}

TEST(Scanner, AgreesWithTheGrammarOnEveryManifest) {
  std::size_t files = 0;
  for (const char* folder : {"examples", "stdlib", "tests"}) {
    for (const auto& entry : fs::recursive_directory_iterator(fs::path(TRUSTC_SOURCE_DIR) / folder)) {
      if (!entry.is_regular_file() || entry.path().extension() != ".trust") continue;
      if (entry.file_size() > (1u << 20)) continue;
      std::ifstream in(entry.path(), std::ios::binary);
      std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
      if (utf8::firstInvalidByte(text)) continue;  // never lexed: the prescan rejects it
      ++files;
      EXPECT_EQ(firstDifference(text), "") << entry.path();
    }
  }
  EXPECT_GT(files, 300u);
}

TEST(Scanner, AgreesWithTheGrammarOnGeneratedText) {
  const std::vector<std::string> pieces = {"owner",
                                           "resource",
                                           "_group",
                                           "policy",
                                           "_assignment",
                                           "-",
                                           "a",
                                           "f",
                                           "0",
                                           "9",
                                           "12345678",
                                           "1234",
                                           "2026",
                                           "d",
                                           "\"",
                                           "\\",
                                           "'",
                                           "`",
                                           "/",
                                           "*",
                                           "#",
                                           "\n",
                                           "\r",
                                           " ",
                                           "\t",
                                           "{",
                                           "}",
                                           "=",
                                           ".",
                                           ":",
                                           "\xC3\xA9",
                                           "\xC2\xA0",
                                           "\xEF\xBB\xBF",
                                           "@",
                                           "x_y",
                                           "acdd72a7",
                                           "-3385",
                                           "-48ef-bd42-f606fba81ae7"};
  std::mt19937 random(20261122);
  for (int round = 0; round < 20000; ++round) {
    std::string text;
    std::size_t n = random() % 24;
    for (std::size_t i = 0; i < n; ++i) text += pieces[random() % pieces.size()];
    ASSERT_EQ(firstDifference(text), "") << "input: " << text;
  }
}

}  // namespace
}  // namespace trustc::syntax
