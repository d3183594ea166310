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
  EXPECT_EQ(formatted("workload api { environment=prod  owner =team-ai\tkind= runtime }"),
            "workload api {\n  environment = prod\n  owner = team-ai\n  kind = runtime\n}\n");
  EXPECT_EQ(formatted("management_group mg \"mg-corp\" { subscription s \"00000000-0000-0000-0000-000000000001\" {"
                      " resource_group rg { } } }"),
            "management_group mg \"mg-corp\" {\n  subscription s \"00000000-0000-0000-0000-000000000001\" {\n"
            "    resource_group rg {}\n  }\n}\n");
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
            "role r {\n  permissions {\n    actions = [\"a\", \"b\"]\n  }\n}\n");
  EXPECT_EQ(formatted("role r { permissions { actions = [ \"a\",\n \"b\" ] } }"),
            "role r {\n  permissions {\n    actions = [\n      \"a\",\n      \"b\"\n    ]\n  }\n}\n");
  EXPECT_EQ(formatted("role r { a = [\n] b = [[1,2],[3]] }"), "role r {\n  a = []\n  b = [[1, 2], [3]]\n}\n");
  // An object in a list takes several lines, so the list does too.
  EXPECT_EQ(formatted("role r { a = [{ b = 1 }, {}] }"),
            "role r {\n  a = [\n    {\n      b = 1\n    },\n    {}\n  ]\n}\n");
}

TEST(Format, DropsSemicolonsOnlyWhereTheyAreNotNeeded) {
  EXPECT_EQ(formatted("owner a { contact = \"a@b.c\"; ; }"), "owner a {\n  contact = \"a@b.c\"\n}\n");
  // Without the `;`, `because` would become a clause of the grant.
  EXPECT_EQ(formatted("identity a { grant \"Reader\" on b; because = \"x\" }"),
            "identity a {\n  grant \"Reader\" on b;\n  because = \"x\"\n}\n");
  EXPECT_EQ(formatted("identity a { grant \"Reader\" on b; grant \"Owner\" on c }"),
            "identity a {\n  grant \"Reader\" on b\n  grant \"Owner\" on c\n}\n");
}

TEST(Format, DottedNamesAndHeaders) {
  EXPECT_EQ(formatted("identity  a:user_assigned   in rg{needs openai . inference on x}"),
            "identity a : user_assigned in rg {\n  needs openai.inference on x\n}\n");
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
