// The parser through its public API (no ANTLR type is visible here): error
// recovery, messages in the language's words, and the input limits at N and
// N+1 with small limits.
#include "syntax/parse.h"

#include <gtest/gtest.h>

#include <random>
#include <regex>
#include <string>

#include "ast/dump.h"

namespace trustc {
namespace {

struct Parsed {
  SourceManager sources;
  DiagnosticSink sink;
  std::unique_ptr<ast::File> file;

  std::vector<std::string> codes() const {
    std::vector<std::string> out;
    for (const Diagnostic& d : sink.diagnostics()) out.push_back(d.code);
    return out;
  }
  std::string messages() const {
    std::string out;
    for (const Diagnostic& d : sink.diagnostics()) {
      out += std::to_string(d.location.range.begin.line) + ":" + std::to_string(d.location.range.begin.column) +
             " " + d.code + " " + d.message + "\n";
    }
    return out;
  }
};

std::unique_ptr<Parsed> parse(std::string text, const Limits& limits = {}) {
  auto p = std::make_unique<Parsed>();
  FileId id = p->sources.add("test.trust", std::move(text));
  p->file = parseFile(p->sources, id, p->sink, limits);
  return p;
}

TEST(Parser, ReportsEverySyntaxErrorAndKeepsTheRest) {
  auto p = parse(
      "owner a {\n"
      "  contact = \n"
      "}\n"
      "owner b { contact \"b@contoso.com\" }\n"
      "owner c { contact: \"c@contoso.com\" }\n"
      "owner d { contact = \"d@contoso.com\" } }\n"
      "owner e { contact = \"e@contoso.com\" }\n");
  EXPECT_EQ(p->codes(), (std::vector<std::string>{"E0100", "E0100", "E0105", "E0100"})) << p->messages();
  // Every declaration survives recovery, with the properties that were readable.
  ASSERT_EQ(p->file->decls.size(), 5u);
  EXPECT_EQ(p->file->decls[1]->properties.size(), 1u);  // `contact "..."` with `=` forgotten
  EXPECT_EQ(p->file->decls[2]->properties.size(), 1u);  // `contact:` still counts
  EXPECT_EQ(p->file->decls[4]->nameText(), "e");
  EXPECT_TRUE(p->file->decls[0]->incomplete);
  EXPECT_FALSE(p->file->decls[4]->incomplete);
}

TEST(Parser, AnErrorBetweenDeclarationsDoesNotSwallowTheRest) {
  // The parser runs one item at a time; recovery must stop at the next
  // declaration, not at the end of the file, and the next error is reported.
  auto p = parse(
      "owner a = { contact = \"a@contoso.com\" }\n"
      "owner b { \"contact\": \"b@contoso.com\" }\n"
      "; = in\n"
      "owner c { contact = \"c@contoso.com\" }\n");
  EXPECT_EQ(p->codes(), (std::vector<std::string>{"E0100", "E0100", "E0100"})) << p->messages();
  ASSERT_EQ(p->file->decls.size(), 3u);
  EXPECT_EQ(p->file->decls[2]->nameText(), "c");
  EXPECT_EQ(p->file->decls[2]->properties.size(), 1u);
}

TEST(Parser, SpeaksTheLanguagesWordsNotAntlrs) {
  const char* inputs[] = {
      "owner o { contact = }",
      "owner o { contact = \"x\" ",
      "identity i : user_assigned in { }",
      "identity i : service_principal { grant \"Reader\" on rg because }",
      "owner o { = }",
      "owner o { contact = [\"a\" \"b\"] }",
      "workload w { environment = a, }",
      "} owner o { }",
      "owner { }",
      "42 owner o { }",
      "owner o { contact = \"x\" } ; ; =",
      "role r { permissions { actions = [ } }",
  };
  // ANTLR's own vocabulary must never reach a user.
  std::regex antlr(R"(mismatched|extraneous|no viable|<EOF>|\bID\b|\bSTRING\b|LBRACE|RBRACE|'\{'|token recognition)");
  for (const char* input : inputs) {
    auto p = parse(input);
    EXPECT_FALSE(p->sink.diagnostics().empty()) << input;
    for (const Diagnostic& d : p->sink.diagnostics()) {
      EXPECT_FALSE(std::regex_search(d.message, antlr)) << input << "\n  " << d.message;
      EXPECT_TRUE(d.location.valid() && d.location.range.begin.line >= 1) << input;
    }
  }
}

TEST(Parser, NamesWhatIsMissing) {
  EXPECT_EQ(parse("owner o { contact = }")->messages(), "1:21 E0100 expected a value for `contact`, found `}`\n");
  EXPECT_EQ(parse("owner o {\n  contact = \"x\"\n")->messages(),
            "3:1 E0100 unexpected end of file; expected a property, a declaration or `}`\n");
  EXPECT_EQ(parse("identity i : user_assigned in { }")->messages(),
            "1:31 E0100 expected the name of a scope after `in`, found `{`\n");
  EXPECT_EQ(parse("identiy i : user_assigned in rg { }")->messages(),
            "1:1 E0100 expected a declaration such as `identity` or `workload`, found name `identiy`\n");
}

TEST(Parser, AnUnclosedBlockPointsAtItsBrace) {
  auto p = parse("owner o {\n  contact = \"x\"\n");
  ASSERT_EQ(p->sink.diagnostics().size(), 1u);
  const Diagnostic& d = p->sink.diagnostics()[0];
  ASSERT_EQ(d.notes.size(), 1u);
  EXPECT_EQ(d.notes[0].message, "the block opened here is not closed");
  EXPECT_EQ(d.notes[0].location.range.begin.line, 1u);
  EXPECT_EQ(d.notes[0].location.range.begin.column, 9u);
}

TEST(Parser, NeverThrowsOnRandomTokenSoup) {
  // A short, deterministic fuzz over the language's own pieces: whatever the
  // order, parsing returns diagnostics, never an exception or an internal error.
  const std::vector<std::string> pieces = {
      "owner", "identity", "grant", "trust", "needs", "suppress", "in", "on", "as", "because", "until", "{",
      "}",     "[",        "]",     "=",     ":",     ",",        ";",  "x",  "a.b", "\"s\"",   "\"open",  "'q'",
      "90d",   "2027-02-30", "0000-", "00000000-0000-0000-0000-000000000000", "42", "true", "@", "/*", "*/",
      "//",    "\n",        "import", "builtin", "role", "\\u{"};
  std::mt19937 rng(20261122);
  for (int round = 0; round < 2000; ++round) {
    std::string text;
    int n = static_cast<int>(rng() % 40);
    for (int i = 0; i < n; ++i) text += pieces[rng() % pieces.size()] + " ";
    std::unique_ptr<Parsed> p;
    ASSERT_NO_THROW(p = parse(text)) << text;
    for (const Diagnostic& d : p->sink.diagnostics()) {
      ASSERT_NE(d.code, "E0999") << text << "\n" << d.message;
      ASSERT_TRUE(d.location.valid()) << text;
    }
  }
}

TEST(Limits, FileSizeAtNAndNPlusOne) {
  Limits limits;
  limits.maxFileBytes = 40;
  std::string n = "owner o { contact = \"o@contoso.com\" }   ";
  ASSERT_EQ(n.size(), 40u);
  EXPECT_TRUE(parse(n, limits)->sink.diagnostics().empty());
  EXPECT_EQ(parse(n + " ", limits)->codes(), std::vector<std::string>{"E0003"});
}

TEST(Limits, NestingAtNAndNPlusOne) {
  Limits limits;
  limits.maxNesting = 3;
  EXPECT_TRUE(parse("policy p { rule = { a = [ ] } }", limits)->sink.diagnostics().empty());
  auto p = parse("policy p { rule = { a = [ [ ] ] } }", limits);
  EXPECT_EQ(p->codes(), std::vector<std::string>{"E0004"});
  EXPECT_EQ(p->sink.diagnostics()[0].location.range.begin.column, 27u);  // the fourth bracket
  EXPECT_TRUE(p->file->decls.empty());  // refused before parsing
  // Brackets in strings and comments do not count.
  EXPECT_TRUE(parse("owner o { description = \"[[[[\" } // {{{{\n/* [[[[ */", limits)->sink.diagnostics().empty());
}

TEST(Limits, ErrorsPerFileAtNAndNPlusOne) {
  Limits limits;
  limits.maxErrorsPerFile = 3;
  EXPECT_EQ(parse("@ @ @", limits)->codes(), (std::vector<std::string>{"E0103", "E0103", "E0103"}));
  EXPECT_EQ(parse("@ @ @ @ @", limits)->codes(), (std::vector<std::string>{"E0103", "E0103", "E0103", "E0005"}));
}

TEST(Limits, NameAndStringLengthAtNAndNPlusOne) {
  Limits limits;
  limits.maxNameLength = 7;  // `contact` is a name too
  limits.maxStringLength = 4;
  EXPECT_TRUE(parse("owner abcdefg { contact = \"abcd\" }", limits)->sink.diagnostics().empty());
  EXPECT_EQ(parse("owner abcdefgh { contact = \"abcd\" }", limits)->codes(), std::vector<std::string>{"E0006"});
  EXPECT_EQ(parse("owner abcdefg { contact = \"abcde\" }", limits)->codes(), std::vector<std::string>{"E0006"});
}

TEST(Input, InvalidBytesNeverReachTheLexer) {
  auto utf8 = parse("owner o {\n  contact = \"a\xC3\x28\"\n}");
  EXPECT_EQ(utf8->codes(), std::vector<std::string>{"E0001"});
  EXPECT_EQ(utf8->sink.diagnostics()[0].location.range.begin.line, 2u);
  EXPECT_EQ(utf8->sink.diagnostics()[0].location.range.begin.column, 15u);
  auto nul = parse(std::string("owner o {\0}", 11));
  EXPECT_EQ(nul->codes(), std::vector<std::string>{"E0002"});
}

TEST(Input, ColumnsCountCodePoints) {
  auto p = parse("owner o { description = \"\xE2\x80\x9C\xE2\x80\x9D\" @ }");
  ASSERT_FALSE(p->sink.diagnostics().empty());
  // `@` is the 30th character on the line although it is the 34th byte.
  EXPECT_EQ(p->sink.diagnostics()[0].location.range.begin.column, 30u) << p->messages();
}

TEST(Tree, LowersEveryHeaderPart) {
  auto p = parse(
      "identity api-mi : user_assigned in rg { grant \"Reader\" on rg because \"r\" until 2027-01-31 when \"c\" }\n"
      "builtin role \"Reader\" \"acdd72a7-3385-48ef-bd42-f606fba81ae7\"\n"
      "identity x : service_principal { trust github as gh { } certificate { } }\n");
  ASSERT_TRUE(p->sink.diagnostics().empty()) << p->messages();
  ASSERT_EQ(p->file->decls.size(), 3u);
  const ast::Decl& id = *p->file->decls[0];
  EXPECT_EQ(id.kind, ast::DeclKind::Identity);
  EXPECT_EQ(id.nameText(), "api-mi");
  ASSERT_TRUE(id.type && id.target);
  EXPECT_EQ(id.type->text, "user_assigned");
  EXPECT_FALSE(id.targetIsOn);
  ASSERT_EQ(id.members.size(), 1u);
  const ast::Decl& grant = *id.members[0];
  EXPECT_EQ(grant.kind, ast::DeclKind::Grant);
  EXPECT_EQ(grant.name->kind, ast::Value::Kind::String);
  EXPECT_TRUE(grant.targetIsOn);
  ASSERT_EQ(grant.clauses.size(), 3u);
  EXPECT_EQ(grant.clauses[1].value.kind, ast::Value::Kind::Date);
  const ast::Decl& role = *p->file->decls[1];
  EXPECT_TRUE(role.builtin);
  ASSERT_TRUE(role.label);
  const ast::Decl& sp = *p->file->decls[2];
  ASSERT_EQ(sp.members.size(), 2u);
  EXPECT_EQ(sp.members[0]->alias->text, "gh");
  EXPECT_EQ(sp.members[1]->kind, ast::DeclKind::Certificate);  // `certificate { }`: no name
  EXPECT_FALSE(sp.members[1]->name);
}

}  // namespace
}  // namespace trustc
