#include <gtest/gtest.h>

#include "lsp/text.h"

namespace trustc::lsp {
namespace {

TEST(LspText, ColumnsAreUtf16UnitsAgainstCodePoints) {
  // `é` is one unit, `🔑` two (a surrogate pair), ASCII one.
  std::string_view line = "a\xC3\xA9\xF0\x9F\x94\x91z";
  EXPECT_EQ(utf16Column(line, 1), 0u);
  EXPECT_EQ(utf16Column(line, 3), 2u);
  EXPECT_EQ(utf16Column(line, 4), 4u);  // after the key
  EXPECT_EQ(utf16Column(line, 5), 5u);
  EXPECT_EQ(codePointColumn(line, 4), 4u);
  EXPECT_EQ(codePointColumn(line, 5), 5u);
  EXPECT_EQ(codePointColumn(line, 99), 5u);  // past the end: clamped
}

TEST(LspText, ConvertsPositionsOfAFile) {
  SourceFile f("x.trust", "ab\n\xF0\x9F\x94\x91=c\r\nend");
  EXPECT_EQ(toLsp(f, Position{2, 3}), (LspPosition{1, 3}));
  EXPECT_EQ(fromLsp(f, LspPosition{1, 3}), (Position{2, 3}));
  LspRange r = toLsp(f, Range{{2, 2}, {2, 4}});
  EXPECT_EQ(r.start, (LspPosition{1, 2}));
  EXPECT_EQ(r.end, (LspPosition{1, 4}));
  // An unknown position is the start of the file.
  EXPECT_EQ(toLsp(f, Position{}), (LspPosition{0, 0}));
}

TEST(LspText, OffsetsClampToLinesAndText) {
  std::string_view text = "ab\n\xF0\x9F\x94\x91x\r\nlast";
  EXPECT_EQ(offsetOf(text, {0, 1}), 1u);
  EXPECT_EQ(offsetOf(text, {0, 50}), 2u);      // past the line end: the line end
  EXPECT_EQ(offsetOf(text, {1, 2}), 7u);       // after the key (4 bytes)
  EXPECT_EQ(offsetOf(text, {1, 9}), 8u);       // before `\r\n`
  EXPECT_EQ(offsetOf(text, {2, 2}), 12u);
  EXPECT_EQ(offsetOf(text, {9, 0}), text.size());  // past the last line
  EXPECT_EQ(endOf(text), (LspPosition{2, 4}));
  EXPECT_EQ(endOf(""), (LspPosition{0, 0}));
  EXPECT_EQ(endOf("a\n"), (LspPosition{1, 0}));
}

TEST(LspText, FileUris) {
  EXPECT_EQ(uriToPath("file:///work/a%20b/c.trust"), "/work/a b/c.trust");
  EXPECT_EQ(uriToPath("file://localhost/x.trust"), "/x.trust");
  EXPECT_FALSE(uriToPath("untitled:Untitled-1"));
  EXPECT_EQ(pathToUri("/work/a b/é.trust"), "file:///work/a%20b/%C3%A9.trust");
  EXPECT_EQ(uriToPath(pathToUri("/tmp/x y#z.trust")), "/tmp/x y#z.trust");
}

}  // namespace
}  // namespace trustc::lsp
