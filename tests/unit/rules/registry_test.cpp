// Meta-tests of the rule registry: kebab-case ids, one source file, one
// documentation page, and pass and fail golden tests per rule.
#include "rules/registry.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <regex>
#include <set>

namespace trustc::rules {
namespace {

namespace fs = std::filesystem;
const fs::path kRoot(TRUSTC_SOURCE_DIR);

TEST(RuleRegistry, IdsAreKebabCaseUniqueAndSortedWithinCategory) {
  std::set<std::string_view> seen;
  const RuleInfo* previous = nullptr;
  for (const RuleInfo& r : allRules()) {
    EXPECT_TRUE(std::regex_match(std::string(r.name), std::regex("[a-z]+(-[a-z]+)*"))) << r.name;
    EXPECT_TRUE(seen.insert(r.name).second) << "duplicate rule " << r.name;
    if (previous && previous->category == r.category) {
      EXPECT_LT(previous->name, r.name) << "keep rules sorted";
    }
    previous = &r;
    EXPECT_FALSE(r.summary.empty());
    EXPECT_NE(r.summary.back(), '.') << r.name;
    EXPECT_NE(r.defaultSeverity, Severity::Off) << r.name;
  }
}

TEST(RuleRegistry, EveryRuleHasSourceDocsAndGoldenTests) {
  for (const RuleInfo& r : allRules()) {
    std::string id(r.name);
    EXPECT_TRUE(fs::exists(kRoot / "compiler" / "rules" / (id + ".cpp"))) << id << ": no source file";
    EXPECT_TRUE(fs::exists(kRoot / "docs" / "rules" / (id + ".md"))) << id << ": no documentation page";
    fs::path tests = kRoot / "tests" / "lit" / "rules" / id;
    EXPECT_TRUE(fs::exists(tests / "pass.trust")) << id << ": no pass test";
    bool fail = false;
    if (fs::exists(tests)) {
      for (const auto& e : fs::directory_iterator(tests)) fail |= e.path().filename().string().rfind("fail_", 0) == 0;
    }
    EXPECT_TRUE(fail) << id << ": no fail_ test";
  }
}

TEST(RuleRegistry, EveryDocumentationPageHasARule) {
  for (const auto& e : fs::directory_iterator(kRoot / "docs" / "rules")) {
    std::string stem = e.path().stem().string();
    if (stem == "README") continue;
    EXPECT_NE(findRule(stem), nullptr) << "page without a rule: " << e.path();
  }
}

}  // namespace
}  // namespace trustc::rules
