// Azure's name and length limits, at N and N+1, and ARM string escaping.
#include <gtest/gtest.h>

#include "emit/azure.h"
#include "emit/limits.h"

namespace trustc::emit {
namespace {

TEST(ArmStrings, LeadingBracketIsEscaped) {
  EXPECT_EQ(armLiteral("[parameters('x')]"), "[[parameters('x')]");
  EXPECT_EQ(armLiteral("tags['env']"), "tags['env']");
  EXPECT_EQ(armLiteral(""), "");
  EXPECT_EQ(armQuoted("it's"), "'it''s'");
  EXPECT_EQ(lower("Microsoft.Storage/RG"), "microsoft.storage/rg");
}

TEST(AzureLimits, LengthIsCountedInCharactersAtTheLimit) {
  DiagnosticSink diags;
  EXPECT_TRUE(checkLength(diags, {}, "the name", std::string(24, 'a'), 24, DiagKind::AzureNameTooLong));
  EXPECT_FALSE(checkLength(diags, {}, "the name", std::string(25, 'a'), 24, DiagKind::AzureNameTooLong));
  ASSERT_EQ(diags.diagnostics().size(), 1u);
  EXPECT_EQ(diags.diagnostics()[0].code, "E0900");
  // Three two-byte characters are three characters.
  EXPECT_TRUE(checkLength(diags, {}, "the name", "\xC3\xA9\xC3\xA9\xC3\xA9", 3, DiagKind::AzureNameTooLong));
  EXPECT_EQ(textLength("caf\xC3\xA9"), 4u);
}

TEST(AzureLimits, PolicyNamesRejectReservedCharacters) {
  DiagnosticSink diags;
  EXPECT_TRUE(checkPolicyName(diags, {}, "the name", "ai-keys-off", 24));
  EXPECT_FALSE(checkPolicyName(diags, {}, "the name", "ai.keys", 24));
  EXPECT_FALSE(checkPolicyName(diags, {}, "the name", "ai keys ", 24));
  EXPECT_FALSE(checkPolicyName(diags, {}, "the name", "a/b", 24));
  EXPECT_EQ(diags.diagnostics().size(), 3u);
  for (const Diagnostic& d : diags.diagnostics()) EXPECT_EQ(d.code, "E0901");
}

TEST(AzureLimits, IdentifierNamesAtTheirEdges) {
  DiagnosticSink diags;
  EXPECT_TRUE(checkIdentifierName(diags, {}, "the name", "abc", 120));
  EXPECT_FALSE(checkIdentifierName(diags, {}, "the name", "ab", 120));
  EXPECT_FALSE(checkIdentifierName(diags, {}, "the name", "-abc", 120));
  EXPECT_FALSE(checkIdentifierName(diags, {}, "the name", "a.bc", 120));
  EXPECT_TRUE(checkIdentifierName(diags, {}, "the name", std::string(120, 'x'), 120));
  EXPECT_FALSE(checkIdentifierName(diags, {}, "the name", std::string(121, 'x'), 120));
}

TEST(AzureLimits, LongValuesAreQuotedBriefly) {
  EXPECT_EQ(excerpt("short"), "short");
  std::string quoted = excerpt(std::string(100, 'y'));
  EXPECT_EQ(quoted, std::string(40, 'y') + "\xE2\x80\xA6");
}

}  // namespace
}  // namespace trustc::emit
