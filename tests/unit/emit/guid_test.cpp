// ARM's guid(): UUID v5 in ARM's namespace over the arguments joined with `-`.
#include "emit/guid.h"

#include <gtest/gtest.h>

namespace trustc::emit {
namespace {

TEST(ArmGuid, MatchesTheArmEngine) {
  // The value Bicep's tests record from the ARM engine.
  EXPECT_EQ(armGuid({"foo", "bar", "baz"}), "2ed86837-7c7c-5eaa-9864-dd077fd19b0d");
  EXPECT_EQ(armGuid({"test"}), "d6a5baf1-8b9b-542a-8525-2982f1f98a0c");
  EXPECT_EQ(armGuid({""}), "e655a85f-3ab2-5e4a-9666-569aa72a5a10");
}

TEST(ArmGuid, RoleAssignmentTriple) {
  EXPECT_EQ(armGuid({"/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-ai",
                     "11111111-1111-1111-1111-111111111111",
                     "/subscriptions/00000000-0000-0000-0000-000000000000/providers/Microsoft.Authorization/"
                     "roleDefinitions/5e0bd9bd-7b93-4f28-af87-19fc36ad61bd"}),
            "57602eca-f24f-545b-875b-fc9890aeb947");
}

TEST(ArmGuid, JoinsWithHyphenAndIsCaseSensitive) {
  EXPECT_EQ(armGuid({"a", "b"}), armGuid({"a-b"}));
  EXPECT_NE(armGuid({"/SUBSCRIPTIONS/x"}), armGuid({"/subscriptions/x"}));
  std::string g = armGuid({"anything"});
  EXPECT_EQ(g.size(), 36u);
  EXPECT_EQ(g[14], '5');                                                      // version 5
  EXPECT_TRUE(g[19] == '8' || g[19] == '9' || g[19] == 'a' || g[19] == 'b');  // RFC 4122 variant
}

}  // namespace
}  // namespace trustc::emit
