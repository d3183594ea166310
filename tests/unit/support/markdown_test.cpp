#include "support/markdown.h"

#include <gtest/gtest.h>

namespace trustc::markdown {
namespace {

constexpr std::string_view kPage = R"(# broad-scope

**Category:** least-privilege

## What it finds

A grant on a management group
or a subscription.

More detail here.

## Why it matters

- first point
- second point

## Example

```
grant "Reader" on sub
```
)";

TEST(Markdown, LeadParagraphJoinsTheLinesOfTheFirstParagraph) {
  EXPECT_EQ(leadParagraph(kPage, "What it finds"), "A grant on a management group or a subscription.");
}

TEST(Markdown, LeadParagraphTakesAListAsOneParagraph) {
  EXPECT_EQ(leadParagraph(kPage, "Why it matters"), "- first point - second point");
}

TEST(Markdown, LeadParagraphStopsAtACodeBlock) { EXPECT_EQ(leadParagraph(kPage, "Example"), ""); }

TEST(Markdown, LeadParagraphOfAMissingHeadingIsEmpty) {
  EXPECT_EQ(leadParagraph(kPage, "Options"), "");
  EXPECT_EQ(leadParagraph(kPage, "What it"), "");
  EXPECT_EQ(leadParagraph("", "What it finds"), "");
}

TEST(Markdown, LeadParagraphReadsCrlfPages) {
  EXPECT_EQ(leadParagraph("## What it means\r\n\r\nThe file\r\nis empty.\r\n", "What it means"),
            "The file is empty.");
}

}  // namespace
}  // namespace trustc::markdown
