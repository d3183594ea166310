// The two renderers of the Diagnostic struct: compiler-style text and JSON.
#include "diagnostics/render.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <sstream>

namespace trustc {
namespace {

struct Fixture {
  SourceManager sources;
  std::vector<Diagnostic> diagnostics;

  FileId add(std::string text) { return sources.add("dir/m.trust", std::move(text)); }
  Diagnostic& error(FileId f, Position begin, Position end, std::string message, std::string code = "E0200") {
    Diagnostic d;
    d.code = std::move(code);
    d.location = {f, {begin, end}};
    d.message = std::move(message);
    diagnostics.push_back(std::move(d));
    return diagnostics.back();
  }
  std::string text(bool color = false) const {
    std::ostringstream out;
    renderText(out, sources, diagnostics, {color, true});
    return out.str();
  }
  nlohmann::json json() const {
    std::ostringstream out;
    renderJson(out, sources, diagnostics);
    return nlohmann::json::parse(out.str());
  }
};

TEST(TextRenderer, UnderlinesTheRangeWithACaretAndTildes) {
  Fixture f;
  FileId id = f.add("owner o {\n  contact = prod\n}\n");
  f.error(id, {2, 13}, {2, 17}, "unknown name `prod`");
  EXPECT_EQ(f.text(),
            "dir/m.trust:2:13: error: unknown name `prod` [E0200]\n"
            "    2 |   contact = prod\n"
            "      |             ^~~~\n");
}

TEST(TextRenderer, KeepsTabsSoTheCaretLinesUp) {
  Fixture f;
  FileId id = f.add("\t\tcontact = x\n");
  f.error(id, {1, 13}, {1, 14}, "m");
  EXPECT_EQ(f.text(), "dir/m.trust:1:13: error: m [E0200]\n    1 | \t\tcontact = x\n      | \t\t          ^\n");
}

TEST(TextRenderer, CountsNonAsciiCharactersAsOneColumn) {
  Fixture f;
  FileId id = f.add("d = \"\xC3\xA9t\xC3\xA9\" x\n");  // d = "été" x
  f.error(id, {1, 11}, {1, 12}, "m");
  EXPECT_EQ(f.text(), "dir/m.trust:1:11: error: m [E0200]\n    1 | d = \"\xC3\xA9t\xC3\xA9\" x\n      |           ^\n");
}

TEST(TextRenderer, MarksToTheEndOfTheLineForMultiLineRanges) {
  Fixture f;
  FileId id = f.add("owner o {\n  x\n}\n");
  f.error(id, {1, 9}, {3, 2}, "m");
  EXPECT_EQ(f.text(), "dir/m.trust:1:9: error: m [E0200]\n    1 | owner o {\n      |         ^\n");
}

TEST(TextRenderer, ShowsAWindowOfVeryLongLines) {
  Fixture f;
  std::string line = std::string(300, 'a') + "BAD" + std::string(300, 'b');
  FileId id = f.add(line + "\n");
  f.error(id, {1, 301}, {1, 304}, "m");
  std::string out = f.text();
  std::string shown = out.substr(out.find('\n') + 1);
  shown = shown.substr(0, shown.find('\n'));
  EXPECT_LT(shown.size(), 140u);
  EXPECT_EQ(shown.substr(0, 11), "    1 | ...");
  EXPECT_NE(shown.find("aaaaBADbbbb"), std::string::npos);
  EXPECT_EQ(shown.substr(shown.size() - 3), "...");
  // The caret is still under `BAD`.
  std::string marks = out.substr(out.find('\n', out.find('\n') + 1) + 1);
  EXPECT_EQ(marks.find('^') - std::string("      | ").size(), shown.find("BAD") - std::string("    1 | ").size());
}

TEST(TextRenderer, NeverPrintsInvalidBytesOrControlCharacters) {
  Fixture f;
  FileId id = f.add(std::string("a\xFF\x01z\x1B[31m", 9));
  f.error(id, {1, 1}, {1, 2}, "m", "E0001");
  std::string out = f.text();
  EXPECT_EQ(out.find('\xFF'), std::string::npos);
  EXPECT_EQ(out.find('\x01'), std::string::npos);
  EXPECT_EQ(out.find('\x1B'), std::string::npos);
  EXPECT_NE(out.find("a\xEF\xBF\xBD\xEF\xBF\xBDz"), std::string::npos);
}

TEST(TextRenderer, PrintsNotesAndHelpAndSkipsSuppressedFindings) {
  Fixture f;
  FileId id = f.add("owner o { }\nowner o { }\n");
  Diagnostic& d = f.error(id, {2, 7}, {2, 8}, "the name `o` is already declared", "E0201");
  d.notes.push_back({{id, {{1, 7}, {1, 8}}}, "an owner `o` is declared here"});
  d.notes.push_back({{}, "names are unique in a project"});
  d.fix = Fix{"rename it", {}};
  Diagnostic& s = f.error(id, {1, 1}, {1, 6}, "suppressed finding", "some-rule");
  s.suppressed = true;
  EXPECT_EQ(f.text(),
            "dir/m.trust:2:7: error: the name `o` is already declared [E0201]\n"
            "    2 | owner o { }\n"
            "      |       ^\n"
            "dir/m.trust:1:7: note: an owner `o` is declared here\n"
            "    1 | owner o { }\n"
            "      |       ^\n"
            "dir/m.trust:2:7: note: names are unique in a project\n"
            "dir/m.trust:2:7: help: rename it\n");
}

TEST(TextRenderer, ColoursOnlyWhenAsked) {
  Fixture f;
  FileId id = f.add("x\n");
  f.error(id, {1, 1}, {1, 2}, "m");
  EXPECT_EQ(f.text(false).find('\x1B'), std::string::npos);
  EXPECT_NE(f.text(true).find("\x1B[1;31merror: "), std::string::npos);
}

TEST(JsonRenderer, HasExactlyTheDocumentedKeys) {
  Fixture f;
  FileId id = f.add("owner o { }\nowner o { }\n");
  Diagnostic& d = f.error(id, {2, 7}, {2, 8}, "dup `o`", "E0201");
  d.notes.push_back({{id, {{1, 7}, {1, 8}}}, "declared here"});
  d.notes.push_back({{}, "no place"});
  Diagnostic& w = f.error(id, {1, 1}, {1, 6}, "a warning", "some-rule");
  w.severity = Severity::Warning;
  nlohmann::json j = f.json();
  ASSERT_TRUE(j.is_object());
  EXPECT_EQ(j.size(), 2u);
  EXPECT_EQ(j["summary"], (nlohmann::json{{"errors", 1}, {"warnings", 1}}));
  ASSERT_EQ(j["diagnostics"].size(), 2u);
  const nlohmann::json& e = j["diagnostics"][0];
  EXPECT_EQ(e, (nlohmann::json{{"code", "E0201"}, {"severity", "error"}, {"message", "dup `o`"},
                               {"file", "dir/m.trust"}, {"line", 2}, {"column", 7}, {"end_line", 2},
                               {"end_column", 8},
                               {"notes",
                                {{{"message", "declared here"}, {"file", "dir/m.trust"}, {"line", 1}, {"column", 7},
                                  {"end_line", 1}, {"end_column", 8}},
                                 {{"message", "no place"}, {"file", nullptr}, {"line", nullptr}, {"column", nullptr},
                                  {"end_line", nullptr}, {"end_column", nullptr}}}}}));
  EXPECT_EQ(j["diagnostics"][1]["severity"], "warning");
}

TEST(JsonRenderer, AddsFixesAndSuppressions) {
  Fixture f;
  FileId id = f.add("owner o { }\n");
  Diagnostic& d = f.error(id, {1, 7}, {1, 8}, "m");
  d.fix = Fix{"replace with `p`", {{{id, {{1, 7}, {1, 8}}}, "p"}}};
  Diagnostic& s = f.error(id, {1, 1}, {1, 6}, "finding", "some-rule");
  s.severity = Severity::Warning;
  s.suppressed = true;
  s.suppressionReason = "accepted until the migration";
  nlohmann::json j = f.json();
  EXPECT_EQ(j["diagnostics"][0]["fix"]["description"], "replace with `p`");
  EXPECT_EQ(j["diagnostics"][0]["fix"]["edits"][0]["replacement"], "p");
  EXPECT_EQ(j["diagnostics"][1]["suppressed"], true);
  EXPECT_EQ(j["diagnostics"][1]["justification"], "accepted until the migration");
  // A suppressed finding is listed but not counted.
  EXPECT_EQ(j["summary"], (nlohmann::json{{"errors", 1}, {"warnings", 0}}));
}

}  // namespace
}  // namespace trustc
