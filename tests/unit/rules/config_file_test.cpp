// trustc.json: values are read, and every mistake points at the right place.
#include "rules/config_file.h"

#include <gtest/gtest.h>

namespace trustc::rules {
namespace {

struct Parsed {
  SourceManager sources;
  DiagnosticSink sink;
  Config config;
};

std::unique_ptr<Parsed> parse(std::string text) {
  auto p = std::make_unique<Parsed>();
  FileId id = p->sources.add("trustc.json", std::move(text));
  p->config = parseConfig(p->sources, id, p->sink);
  p->sink.sort(p->sources);
  return p;
}

TEST(ConfigFile, ReadsSeveritiesCategoriesAndOptions) {
  auto p = parse(R"({"rules": {"vague-reason": "off", "exemption-cluster": "error"},
                     "categories": {"exemptions": "info"},
                     "options": {"max-exemption-days": 30, "cluster-threshold": 5}})");
  EXPECT_TRUE(p->sink.diagnostics().empty());
  EXPECT_FALSE(p->config.enabled(RuleId::VagueReason));
  EXPECT_EQ(p->config.configured(RuleId::ExemptionCluster), Severity::Error);
  EXPECT_EQ(p->config.configured(RuleId::ExemptionExpired), Severity::Info);  // from the category
  EXPECT_EQ(p->config.configured(RuleId::UnusedSuppression), std::nullopt);
  EXPECT_EQ(p->config.options.maxExemptionDays, 30);
  EXPECT_EQ(p->config.options.clusterThreshold, 5);
  EXPECT_EQ(p->config.options.expiringSoonDays, 14);  // untouched
}

TEST(ConfigFile, PointsAtKeysAfterEscapedQuotesAndAtNumbers) {
  auto p = parse("{\"rules\": {\"a\\\"b\": \"off\"},\n \"options\": {\"max-exemption-days\":  0 }}");
  const auto& d = p->sink.diagnostics();
  ASSERT_EQ(d.size(), 2u);
  EXPECT_EQ(d[0].code, "E0500");
  EXPECT_EQ(d[0].location.range.begin.line, 1u);
  EXPECT_EQ(d[0].location.range.begin.column, 12u);  // the key's opening quote
  EXPECT_EQ(d[0].location.range.end.column, 18u);    // after its closing quote
  EXPECT_EQ(d[1].code, "E0503");
  EXPECT_EQ(d[1].location.range.begin.line, 2u);
  EXPECT_EQ(d[1].location.range.begin.column, 37u);  // the number 0
  EXPECT_EQ(d[1].location.range.end.column, 38u);
  EXPECT_EQ(p->config.options.maxExemptionDays, 90);  // a bad value is not applied
}

TEST(ConfigFile, InvalidJsonIsOneErrorAtTheByte) {
  auto p = parse("{\n  \"rules\": [1,, 2]\n}");
  ASSERT_EQ(p->sink.diagnostics().size(), 1u);
  EXPECT_EQ(p->sink.diagnostics()[0].code, "E0501");
  EXPECT_EQ(p->sink.diagnostics()[0].location.range.begin.line, 2u);
  EXPECT_EQ(p->sink.diagnostics()[0].location.range.begin.column, 15u);  // the second comma
}

TEST(ConfigFile, ANonObjectDocumentIsReported) {
  auto p = parse("[1, 2]");
  ASSERT_EQ(p->sink.diagnostics().size(), 1u);
  EXPECT_EQ(p->sink.diagnostics()[0].code, "E0503");
}

}  // namespace
}  // namespace trustc::rules
