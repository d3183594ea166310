// Secrets written in a manifest are masked wherever a renderer quotes the source.
#include <gtest/gtest.h>

#include "support/source.h"

namespace trustc {
namespace {

TEST(Redaction, MasksTheRangeKeepingColumns) {
  SourceFile f("a.trust", "secret k {\n  value = \"hunter2\"  expires = 2027-01-01\n}\n");
  f.redact(Range{{2, 11}, {2, 20}});
  EXPECT_EQ(f.displayLine(2), "  value = *********  expires = 2027-01-01");
  EXPECT_EQ(f.line(2), "  value = \"hunter2\"  expires = 2027-01-01") << "the text itself is unchanged";
  EXPECT_EQ(f.displayLine(1), "secret k {");
}

TEST(Redaction, CountsColumnsInCodePoints) {
  SourceFile f("a.trust", "d = \"é\" v = \"ünïcödé\"\n");
  f.redact(Range{{1, 13}, {1, 22}});
  EXPECT_EQ(f.displayLine(1), "d = \"é\" v = *********");
}

}  // namespace
}  // namespace trustc
