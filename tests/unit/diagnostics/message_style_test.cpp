// The message style guide, checked on every diagnostic the golden tests
// produce: messages and notes start in lower case (or with a quoted name),
// have no trailing period, put names in backticks rather than quotes, and
// never use the parser generator's vocabulary.
#include <gtest/gtest.h>

#include <filesystem>
#include <regex>

#include "sema/compilation.h"

namespace trustc {
namespace {

namespace fs = std::filesystem;

void checkStyle(const std::string& text, const std::string& where) {
  ASSERT_FALSE(text.empty()) << where;
  unsigned char first = static_cast<unsigned char>(text[0]);
  EXPECT_FALSE(std::isupper(first) && text.rfind("SOURCE_DATE_EPOCH", 0) != 0) << where << ": " << text;
  EXPECT_NE(text.back(), '.') << where << ": " << text;
  EXPECT_FALSE(std::isspace(static_cast<unsigned char>(text.back()))) << where << ": " << text;
  static const std::regex antlr(R"(mismatched input|extraneous input|no viable alternative|<EOF>|token recognition)");
  EXPECT_FALSE(std::regex_search(text, antlr)) << where << ": " << text;
}

TEST(MessageStyle, EveryGoldenDiagnosticFollowsTheGuide) {
  CompileOptions options;
  options.asOf = parseDate("2026-11-22");
  for (const char* folder : {"syntax", "sema", "input"}) {
    for (const auto& entry : fs::recursive_directory_iterator(fs::path(TRUSTC_SOURCE_DIR) / "tests" / "lit" / folder)) {
      if (entry.path().extension() == ".trust") options.inputs.push_back(entry.path().string());
    }
  }
  ASSERT_GT(options.inputs.size(), 20u);
  auto c = compile(options);
  ASSERT_GT(c->diagnostics.diagnostics().size(), 100u);
  for (const Diagnostic& d : c->diagnostics.diagnostics()) {
    std::string where = d.code + " at " + (d.location.valid() ? c->sources.file(d.location.file).path() : "?") + ":" +
                        std::to_string(d.location.range.begin.line);
    checkStyle(d.message, where);
    for (const Note& n : d.notes) checkStyle(n.message, where + " (note)");
    if (d.fix) checkStyle(d.fix->description, where + " (fix)");
  }
}

}  // namespace
}  // namespace trustc
