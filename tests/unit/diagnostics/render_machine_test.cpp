// SARIF and GitHub renderers on hand-made diagnostics: suppressions,
// notes, escaping.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <filesystem>
#include <sstream>

#include "diagnostics/render.h"

namespace trustc {
namespace {

struct Fixture {
  SourceManager sources;
  FileId file = sources.add("infra/app.trust", "identity api : user_assigned in rg {\n}\n");
  Diagnostic finding(std::string code, Severity severity, std::string message) {
    Diagnostic d;
    d.code = std::move(code);
    d.severity = severity;
    d.location = {file, {{1, 10}, {1, 13}}};
    d.message = std::move(message);
    return d;
  }
};

TEST(SarifRenderer, CarriesSuppressionsWithJustificationAndExpiry) {
  Fixture f;
  Diagnostic d = f.finding("broad-scope", Severity::Warning, "grant at subscription scope");
  d.suppressed = true;
  d.suppressionReason = "platform deployer, reviewed by the CCoE";
  d.suppressionExpiry = "2027-03-01";
  std::ostringstream out;
  renderSarif(out, f.sources, {d}, {{"broad-scope", "short", "full", Severity::Warning, "https://x/broad-scope"}},
              {"1.2.3", "https://x", ""});
  auto log = nlohmann::json::parse(out.str());
  const auto& run = log["runs"][0];
  EXPECT_EQ(run["tool"]["driver"]["rules"][0]["helpUri"], "https://x/broad-scope");
  EXPECT_EQ(run["tool"]["driver"]["rules"][0]["defaultConfiguration"]["level"], "warning");
  const auto& result = run["results"][0];
  EXPECT_EQ(result["ruleIndex"], 0);
  EXPECT_EQ(result["level"], "warning");
  EXPECT_EQ(result["suppressions"][0]["kind"], "inSource");
  EXPECT_EQ(result["suppressions"][0]["justification"], "platform deployer, reviewed by the CCoE");
  EXPECT_EQ(result["suppressions"][0]["properties"]["expiry"], "2027-03-01");
  // No source root: the artifact is an absolute file URI.
  std::string uri = result["locations"][0]["physicalLocation"]["artifactLocation"]["uri"];
  EXPECT_EQ(uri.rfind("file:///", 0), 0u) << uri;
  EXPECT_EQ(uri.substr(uri.size() - 15), "infra/app.trust");
}

TEST(SarifRenderer, RelativePathsUnderTheSourceRootAndRelatedLocations) {
  Fixture f;
  Diagnostic d = f.finding("E0201", Severity::Error, "the name `api` is already declared");
  d.notes.push_back({{f.file, {{2, 1}, {2, 2}}}, "first declared here"});
  d.notes.push_back({{}, "rename one of them"});
  std::ostringstream out;
  std::string root = std::filesystem::current_path().string();
  renderSarif(out, f.sources, {d}, {}, {"1.2.3", "", root});
  auto log = nlohmann::json::parse(out.str());
  const auto& result = log["runs"][0]["results"][0];
  EXPECT_EQ(result["locations"][0]["physicalLocation"]["artifactLocation"]["uri"], "infra/app.trust");
  EXPECT_EQ(result["locations"][0]["physicalLocation"]["artifactLocation"]["uriBaseId"], "%SRCROOT%");
  EXPECT_EQ(result["locations"][0]["physicalLocation"]["region"]["startColumn"], 10);
  EXPECT_EQ(result["relatedLocations"][0]["message"]["text"], "first declared here");
  EXPECT_EQ(result["message"]["text"], "the name `api` is already declared\nrename one of them");
  EXPECT_FALSE(result.contains("ruleIndex"));
}

TEST(GithubRenderer, EscapesPropertiesAndMessages) {
  Fixture f;
  Diagnostic d = f.finding("vague-reason", Severity::Info, "reason \"tbd\": 100%\nnext");
  std::ostringstream out;
  renderGithub(out, f.sources, {d});
  EXPECT_EQ(out.str(),
            "::notice file=infra/app.trust,line=1,col=10,endLine=1,endColumn=13,title=trustc vague-reason::"
            "reason \"tbd\": 100%25%0Anext [vague-reason]\n");
}

TEST(GithubRenderer, SkipsSuppressedFindings) {
  Fixture f;
  Diagnostic d = f.finding("broad-scope", Severity::Warning, "x");
  d.suppressed = true;
  std::ostringstream out;
  renderGithub(out, f.sources, {d});
  EXPECT_EQ(out.str(), "");
}

}  // namespace
}  // namespace trustc
