// Meta-tests of the diagnostic registry: stable, unique, well-formed codes,
// each with a documentation page and a golden test.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <regex>
#include <set>
#include <sstream>

#include "diagnostics/diagnostic.h"

namespace trustc {
namespace {

namespace fs = std::filesystem;

std::string readAll(const fs::path& p) {
  std::ifstream in(p);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

TEST(DiagnosticRegistry, CodesAreUniqueAndSorted) {
  std::set<std::string_view> seen;
  std::string_view previous;
  for (const DiagKindInfo& k : allDiagKinds()) {
    EXPECT_TRUE(std::regex_match(std::string(k.code), std::regex("E[0-9]{4}"))) << k.code;
    EXPECT_TRUE(seen.insert(k.code).second) << "duplicate code " << k.code;
    EXPECT_LT(previous, k.code) << "codes must be listed in order";
    previous = k.code;
    EXPECT_FALSE(k.summary.empty());
    EXPECT_TRUE(std::islower(static_cast<unsigned char>(k.summary[0])) || k.summary[0] == '`') << k.code;
    EXPECT_NE(k.summary.back(), '.') << k.code;
  }
}

TEST(DiagnosticRegistry, EveryCodeHasADocumentationPage) {
  fs::path docs = fs::path(TRUSTC_SOURCE_DIR) / "docs" / "errors";
  for (const DiagKindInfo& k : allDiagKinds()) {
    fs::path page = docs / (std::string(k.code) + ".md");
    EXPECT_TRUE(fs::exists(page)) << "missing " << page;
  }
  for (const auto& entry : fs::directory_iterator(docs)) {
    std::string stem = entry.path().stem().string();
    if (stem == "README") continue;
    bool known = false;
    for (const DiagKindInfo& k : allDiagKinds()) known |= k.code == stem;
    EXPECT_TRUE(known) << "page without a code: " << entry.path();
  }
}

TEST(DiagnosticRegistry, EveryCodeAppearsInAGoldenTest) {
  std::string all;
  for (const auto& entry : fs::recursive_directory_iterator(fs::path(TRUSTC_SOURCE_DIR) / "tests" / "lit")) {
    if (entry.is_regular_file()) all += readAll(entry.path());
  }
  for (const DiagKindInfo& k : allDiagKinds()) {
    if (k.kind == DiagKind::InternalParserFailure) continue;  // unreachable by design
    EXPECT_NE(all.find("[" + std::string(k.code) + "]"), std::string::npos)
        << k.code << " is not checked by any golden test";
  }
}

}  // namespace
}  // namespace trustc
