#include <gtest/gtest.h>

#include "format/format.h"

namespace trustc::format {
namespace {

std::string formatted(std::string_view text) {
  auto out = formatText("test.trust", text);
  EXPECT_TRUE(out) << text;
  if (!out) return "";
  // Idempotent: formatting the result changes nothing.
  EXPECT_EQ(formatText("test.trust", *out), out) << *out;
  return *out;
}

TEST(Format, OneMemberPerLineTwoSpaceIndentOneSpaceAroundEquals) {
  EXPECT_EQ(formatted("workload api {\n environment=prod  owner =team-ai\tkind= runtime }"),
            "workload api {\n  environment = prod\n  owner = team-ai\n  kind = runtime\n}\n");
  EXPECT_EQ(
      formatted(
          "management_group mg \"mg-corp\" {\n subscription s \"00000000-0000-0000-0000-000000000001\" {"
          "\n resource_group rg { } } }"),
      "management_group mg \"mg-corp\" {\n  subscription s \"00000000-0000-0000-0000-000000000001\" {\n"
      "    resource_group rg {}\n  }\n}\n");
}

TEST(Format, BlockWrittenOnOneLineStaysOnOneLineWithTwoSpacesBetweenMembers) {
  EXPECT_EQ(formatted("workload api { environment=prod  owner =team-ai\tkind= runtime }"),
            "workload api { environment = prod  owner = team-ai  kind = runtime }\n");
  EXPECT_EQ(formatted("environment production {production = true;}"),
            "environment production { production = true }\n");
  EXPECT_EQ(formatted("identity a {\n  review {every = 90d last = 2026-10-15}\n}"),
            "identity a {\n  review { every = 90d  last = 2026-10-15 }\n}\n");
}

TEST(Format, BlockWrittenOverSeveralLinesKeepsOneMemberPerLine) {
  // One line break anywhere between the braces is enough.
  EXPECT_EQ(formatted("owner a { contact = \"a@b.c\"\n}"), "owner a {\n  contact = \"a@b.c\"\n}\n");
  EXPECT_EQ(formatted("owner a {\ncontact = \"a@b.c\" }"), "owner a {\n  contact = \"a@b.c\"\n}\n");
  EXPECT_EQ(formatted("identity a { review { every = 90d\n last = 2026-10-15 } }"),
            "identity a {\n  review {\n    every = 90d\n    last = 2026-10-15\n  }\n}\n");
}

TEST(Format, BlockOnOneLineLongerThanOneHundredColumnsIsExpanded) {
  // `owner o { contact = "` and `" }` take 24 columns.
  std::string fits = "owner o { contact = \"" + std::string(76, 'x') + "\" }";
  ASSERT_EQ(fits.size(), 100u);
  EXPECT_EQ(formatted(fits), fits + "\n");
  std::string tooLong = "owner o { contact = \"" + std::string(77, 'x') + "\" }";
  EXPECT_EQ(formatted(tooLong), "owner o {\n  contact = \"" + std::string(77, 'x') + "\"\n}\n");
  // Columns are characters, not bytes: 76 two-byte characters fit.
  std::string wide;
  for (int i = 0; i < 76; ++i) wide += "\xc3\xa9";
  EXPECT_EQ(formatted("owner o { contact = \"" + wide + "\" }"), "owner o { contact = \"" + wide + "\" }\n");
  // The indentation and the header count: at the same length, a nested block
  // no longer fits.
  std::string nested = "identity a {\n  owner o { contact = \"" + std::string(76, 'x') + "\" }\n}\n";
  EXPECT_EQ(formatted(nested),
            "identity a {\n  owner o {\n    contact = \"" + std::string(76, 'x') + "\"\n  }\n}\n");
  // A comment after the `}` does not count.
  EXPECT_EQ(formatted(fits + " // " + std::string(20, 'c')), fits + " // " + std::string(20, 'c') + "\n");
}

TEST(Format, CommentInsideABlockOnOneLineExpandsIt) {
  EXPECT_EQ(formatted("identity a { review { every = 90d /* quarterly */ last = 2026-10-15 } }"),
            "identity a {\n  review {\n    every = 90d /* quarterly */\n    last = 2026-10-15\n  }\n}\n");
  EXPECT_EQ(formatted("environment prod { /* tier */ production = true }"),
            "environment prod { /* tier */\n  production = true\n}\n");
  // A comment after the block leaves it on one line.
  EXPECT_EQ(formatted("environment prod   { production = true }   # tier"),
            "environment prod { production = true } # tier\n");
}

TEST(Format, NestedBlocksOnOneLine) {
  EXPECT_EQ(
      formatted("identity a { owner = t  review {every = 90d} grant \"Reader\" on rg { because = \"x\" } }"),
      "identity a { owner = t  review { every = 90d }  grant \"Reader\" on rg { because = \"x\" } }\n");
  EXPECT_EQ(formatted("resource_group rg { resource a \"T/a\"; resource b \"T/b\" }"),
            "resource_group rg { resource a \"T/a\"  resource b \"T/b\" }\n");
  // Too long for one line: the outer block is expanded, the inner ones are
  // measured where they now start.
  std::string value(60, 'v');
  EXPECT_EQ(formatted("identity a { review { every = 90d  last = 2026-10-15 }  owner = \"" + value + "\" }"),
            "identity a {\n  review { every = 90d  last = 2026-10-15 }\n  owner = \"" + value + "\"\n}\n");
  // Thirty levels on one line, too long: each level is expanded until the
  // rest fits in 100 columns (in linear time: trying each level again inside
  // the try of the level around it took 2^30 steps).
  std::string deep = "owner a { ";
  for (int i = 0; i < 30; ++i) deep += "x { ";
  deep += "y = 1";
  for (int i = 0; i < 30; ++i) deep += " }";
  std::string out = formatted(deep + " }");
  EXPECT_NE(out.find("\n" + std::string(46, ' ') + "x { x { x { x { x { x { x { x { y = 1 } } } } } } } }\n"),
            std::string::npos)
      << out;
  for (std::size_t start = 0, end; (end = out.find('\n', start)) != std::string::npos; start = end + 1) {
    EXPECT_LE(end - start, 100u) << out;
  }
  // An object as a value follows the same rule.
  EXPECT_EQ(formatted("role r { a = { b = 1  c = 2 } }"), "role r { a = { b = 1  c = 2 } }\n");
}

TEST(Format, KeepsCommentsWhereTheyWere) {
  EXPECT_EQ(formatted("// lead\nowner a { # inside\n  contact = \"a@b.c\" // trailing\n\n\n  /* own line */\n}\n"
                      "/* last */"),
            "// lead\nowner a { # inside\n  contact = \"a@b.c\" // trailing\n\n  /* own line */\n}\n/* last */\n");
  // A block comment over several lines is kept as written.
  EXPECT_EQ(formatted("/*\n * a\n */\ntenant t \"11111111-2222-3333-4444-555555555555\""),
            "/*\n * a\n */\ntenant t \"11111111-2222-3333-4444-555555555555\"\n");
}

TEST(Format, KeepsOneBlankLineAndNoneAtBlockEdges) {
  EXPECT_EQ(formatted("\n\nowner a {\n\n  contact = \"a@b.c\"\n\n}\n\n\n\nowner b {}\n\n"),
            "owner a {\n  contact = \"a@b.c\"\n}\n\nowner b {}\n");
}

TEST(Format, ListsStayOnOneLineUnlessWrittenOverSeveral) {
  EXPECT_EQ(formatted("role r { permissions { actions = [ \"a\" ,\"b\", ] } }"),
            "role r { permissions { actions = [\"a\", \"b\"] } }\n");
  EXPECT_EQ(formatted("role r { permissions { actions = [ \"a\",\n \"b\" ] } }"),
            "role r {\n  permissions {\n    actions = [\n      \"a\",\n      \"b\"\n    ]\n  }\n}\n");
  EXPECT_EQ(formatted("role r { a = [\n] b = [[1,2],[3]] }"), "role r {\n  a = []\n  b = [[1, 2], [3]]\n}\n");
  // A list holding an object with members takes one item per line (and so
  // does the block around it); the object written on one line stays so.
  EXPECT_EQ(formatted("role r { a = [{ b = 1 }, {}] }"),
            "role r {\n  a = [\n    { b = 1 },\n    {}\n  ]\n}\n");
  EXPECT_EQ(formatted("role r {\n a = [{ b = 1\n}] }"),
            "role r {\n  a = [\n    {\n      b = 1\n    }\n  ]\n}\n");
}

TEST(Format, DropsSemicolonsOnlyWhereTheyAreNotNeeded) {
  EXPECT_EQ(formatted("owner a { contact = \"a@b.c\"; ; }"), "owner a { contact = \"a@b.c\" }\n");
  EXPECT_EQ(formatted("owner a {\n contact = \"a@b.c\"; ; }"), "owner a {\n  contact = \"a@b.c\"\n}\n");
  EXPECT_EQ(formatted("owner a { ; }"), "owner a {}\n");
  // Without the `;`, `because` would become a clause of the grant.
  EXPECT_EQ(formatted("identity a {\n grant \"Reader\" on b; because = \"x\" }"),
            "identity a {\n  grant \"Reader\" on b;\n  because = \"x\"\n}\n");
  EXPECT_EQ(formatted("identity a { grant \"Reader\" on b; because = \"x\" }"),
            "identity a { grant \"Reader\" on b;  because = \"x\" }\n");
  EXPECT_EQ(formatted("identity a {\n grant \"Reader\" on b; grant \"Owner\" on c }"),
            "identity a {\n  grant \"Reader\" on b\n  grant \"Owner\" on c\n}\n");
  EXPECT_EQ(formatted("identity a { grant \"Reader\" on b; grant \"Owner\" on c }"),
            "identity a { grant \"Reader\" on b  grant \"Owner\" on c }\n");
}

TEST(Format, DottedNamesAndHeaders) {
  EXPECT_EQ(formatted("identity  a:user_assigned   in rg{needs openai . inference on x}"),
            "identity a : user_assigned in rg { needs openai.inference on x }\n");
}

TEST(Format, EmptyAndCommentOnlyFiles) {
  EXPECT_EQ(formatted(""), "");
  EXPECT_EQ(formatted("  \n\n"), "");
  EXPECT_EQ(formatted("# only\n\n\n// comments   \n"), "# only\n\n// comments\n");
}

TEST(Format, LineEndingsBecomeLf) {
  EXPECT_EQ(formatted("owner a {\r\n  contact = \"a@b.c\"\r\n}\r\n/* x\r\n y */\r\n"),
            "owner a {\n  contact = \"a@b.c\"\n}\n/* x\n y */\n");
}

TEST(Format, RefusesFilesWithSyntaxErrors) {
  EXPECT_FALSE(formatText("bad.trust", "identity a { workload = = b }"));
  EXPECT_FALSE(formatText("bad.trust", "identiy a {}"));
  EXPECT_FALSE(formatText("bad.trust", "owner a { contact: \"x\" }"));  // `:` for `=` is reported while lowering
  EXPECT_FALSE(formatText("bad.trust", "/* open"));
  EXPECT_FALSE(formatText("bad.trust", "owner a { b = \"\xff\" }"));
}

TEST(Format, ReportsSyntaxErrorsToTheSink) {
  SourceManager sources;
  FileId id = sources.add("bad.trust", "identity a { workload = = b }");
  DiagnosticSink sink;
  Result r = formatFile(sources, id, sink);
  EXPECT_FALSE(r.text);
  EXPECT_TRUE(r.failure.empty());
  ASSERT_EQ(sink.diagnostics().size(), 1u);
  EXPECT_EQ(sink.diagnostics()[0].code, "E0100");
}

}  // namespace
}  // namespace trustc::format
