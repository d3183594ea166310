// Effective permissions with Azure's semantics, against hand-checked cases.
#include "sema/permissions.h"

#include <gtest/gtest.h>

#include "sema/stdlib.h"
#include "support/source.h"

namespace trustc::sema {
namespace {

TEST(Permissions, MatchingIgnoresCase) {
  EXPECT_TRUE(
      matchesPermission("Microsoft.Storage/storageAccounts/read", "microsoft.storage/STORAGEACCOUNTS/Read"));
  EXPECT_FALSE(
      matchesPermission("Microsoft.Storage/storageAccounts/read", "Microsoft.Storage/storageAccounts/write"));
  EXPECT_FALSE(
      matchesPermission("Microsoft.Storage/storageAccounts/read", "Microsoft.Storage/storageAccounts/readX"));
}

TEST(Permissions, StarMatchesAnyRunOfCharacters) {
  EXPECT_TRUE(matchesPermission("*", "Microsoft.Compute/virtualMachines/write"));
  EXPECT_TRUE(matchesPermission("*/read", "Microsoft.Compute/virtualMachines/read"));
  EXPECT_TRUE(matchesPermission("*/read", "Microsoft.Compute/virtualMachines/extensions/READ"));
  EXPECT_FALSE(matchesPermission("*/read", "Microsoft.Compute/virtualMachines/write"));
  // As a suffix: everything under a provider or a resource type.
  EXPECT_TRUE(matchesPermission("Microsoft.Storage/*", "Microsoft.Storage/storageAccounts/listKeys/action"));
  EXPECT_FALSE(matchesPermission("Microsoft.Storage/*", "Microsoft.StorageSync/storageSyncServices/read"));
  // Inside a segment.
  EXPECT_TRUE(matchesPermission("Microsoft.Insights/alertRules*", "Microsoft.Insights/alertRules/write"));
  // Per segment, and across segments.
  EXPECT_TRUE(
      matchesPermission("Microsoft.Authorization/*/Write", "Microsoft.Authorization/roleAssignments/write"));
  EXPECT_TRUE(matchesPermission("Microsoft.Authorization/*/Write",
                                "Microsoft.Authorization/policyAssignments/privateLinkAssociations/write"));
  EXPECT_FALSE(
      matchesPermission("Microsoft.Authorization/*/Write", "Microsoft.Authorization/roleAssignments/read"));
  EXPECT_FALSE(matchesPermission("Microsoft.Authorization/*/Write", "Microsoft.AuthorizationX/locks/write"));
}

TEST(Permissions, AWholeSegmentStarMayStandForNoSegment) {
  // Managed Identity Operator's `userAssignedIdentities/*/assign/action`.
  std::string_view p = "Microsoft.ManagedIdentity/userAssignedIdentities/*/assign/action";
  EXPECT_TRUE(matchesPermission(p, "Microsoft.ManagedIdentity/userAssignedIdentities/assign/action"));
  EXPECT_TRUE(matchesPermission(p, "Microsoft.ManagedIdentity/userAssignedIdentities/x/assign/action"));
  EXPECT_FALSE(matchesPermission(p, "Microsoft.ManagedIdentity/userAssignedIdentities/read"));
  // A star inside a segment is not a whole segment.
  EXPECT_FALSE(
      matchesPermission("Microsoft.Web/sites/config*/list/action", "Microsoft.Web/sites/list/action"));
}

TEST(Permissions, ManyStarsStayFast) {
  std::string pattern;
  for (int i = 0; i < 40; ++i) pattern += "*a";
  std::string text(4000, 'a');
  text += "b";
  EXPECT_FALSE(matchesPermission(pattern, text));
}

class BuiltinRoles : public ::testing::Test {
 protected:
  void SetUp() override { lib.useEmbedded(sources); }
  PermissionSet role(std::string_view name) {
    auto i = lib.findRole(name);
    EXPECT_TRUE(i) << name;
    return i ? lib.role(*i).permissions : PermissionSet();
  }
  SourceManager sources;
  Stdlib lib;
};

TEST_F(BuiltinRoles, ContributorWritesEverythingButAccess) {
  PermissionSet c = role("Contributor");
  EXPECT_TRUE(c.allows("Microsoft.Compute/virtualMachines/write", Plane::Control));
  EXPECT_TRUE(c.allows("Microsoft.Storage/storageAccounts/listKeys/action", Plane::Control));
  EXPECT_TRUE(c.allows("Microsoft.Authorization/roleAssignments/read", Plane::Control));
  // Its not_actions carve out `Microsoft.Authorization/*/Write` and `/*/Delete`.
  EXPECT_FALSE(c.allows("Microsoft.Authorization/roleAssignments/write", Plane::Control));
  EXPECT_FALSE(c.allows("Microsoft.Authorization/roleAssignments/delete", Plane::Control));
  EXPECT_FALSE(c.allows("Microsoft.Authorization/policyExemptions/write", Plane::Control));
  EXPECT_FALSE(c.allows("Microsoft.Authorization/elevateAccess/action", Plane::Control));
  // `actions = ["*"]` is the control plane only.
  EXPECT_FALSE(c.allows("Microsoft.Storage/storageAccounts/blobServices/containers/blobs/read", Plane::Data));
  EXPECT_FALSE(c.grantsDataActions(lib.operations()));
}

TEST_F(BuiltinRoles, OwnerAndUserAccessAdministratorWriteRoleAssignments) {
  EXPECT_TRUE(role("Owner").allows("Microsoft.Authorization/roleAssignments/write", Plane::Control));
  PermissionSet uaa = role("User Access Administrator");
  EXPECT_TRUE(uaa.allows("Microsoft.Authorization/roleAssignments/write", Plane::Control));
  EXPECT_TRUE(uaa.allows("Microsoft.Compute/virtualMachines/read", Plane::Control));
  EXPECT_FALSE(uaa.allows("Microsoft.Compute/virtualMachines/write", Plane::Control));
}

TEST_F(BuiltinRoles, DataRolesAllowTheirPlaneOnly) {
  PermissionSet reader = role("Storage Blob Data Reader");
  EXPECT_TRUE(
      reader.allows("Microsoft.Storage/storageAccounts/blobServices/containers/blobs/read", Plane::Data));
  EXPECT_FALSE(
      reader.allows("Microsoft.Storage/storageAccounts/blobServices/containers/blobs/write", Plane::Data));
  EXPECT_TRUE(
      reader.allows("Microsoft.Storage/storageAccounts/blobServices/containers/read", Plane::Control));
  // The same name in the other plane is another permission.
  EXPECT_FALSE(
      reader.allows("Microsoft.Storage/storageAccounts/blobServices/containers/blobs/read", Plane::Control));
  EXPECT_TRUE(reader.grantsDataActions(lib.operations()));
}

TEST_F(BuiltinRoles, NotDataActionsTakeBackWhatAWildcardGave) {
  PermissionSet user = role("Cognitive Services OpenAI User");
  EXPECT_TRUE(user.allows("Microsoft.CognitiveServices/accounts/OpenAI/deployments/chat/completions/action",
                          Plane::Data));
  EXPECT_TRUE(user.allows("Microsoft.CognitiveServices/accounts/OpenAI/deployments/read", Plane::Data));
  EXPECT_FALSE(
      user.allows("Microsoft.CognitiveServices/accounts/OpenAI/stored-completions/read", Plane::Data));
  EXPECT_FALSE(user.allows("Microsoft.CognitiveServices/accounts/write", Plane::Control));
}

TEST_F(BuiltinRoles, ManagedIdentityOperatorAssignsIdentities) {
  PermissionSet op = role("Managed Identity Operator");
  EXPECT_TRUE(op.allows("Microsoft.ManagedIdentity/userAssignedIdentities/assign/action", Plane::Control));
  EXPECT_FALSE(op.allows("Microsoft.ManagedIdentity/userAssignedIdentities/write", Plane::Control));
}

TEST(PermissionSets, NotActionsSubtractOnlyWithinTheirBlock) {
  PermissionSet set;
  set.add({{"Contoso.Widgets/*"}, {"Contoso.Widgets/widgets/write"}, {}, {}, {}});
  EXPECT_TRUE(set.allows("Contoso.Widgets/widgets/read", Plane::Control));
  EXPECT_FALSE(set.allows("Contoso.Widgets/widgets/write", Plane::Control));
  // A second block that allows it gives it back: not_actions never deny.
  set.add({{"Contoso.Widgets/widgets/write"}, {}, {}, {}, {}});
  EXPECT_TRUE(set.allows("Contoso.Widgets/widgets/write", Plane::Control));
  EXPECT_EQ(set.allowingBlock("Contoso.Widgets/widgets/write", Plane::Control), 1);
}

TEST(PermissionSets, EffectiveOperationsOverACatalogue) {
  auto ops = OperationCatalogue::fromNames({{"Contoso.Widgets/widgets/read", Plane::Control},
                                            {"Contoso.Widgets/widgets/write", Plane::Control},
                                            {"Contoso.Widgets/widgets/delete", Plane::Control},
                                            {"Contoso.Widgets/widgets/parts/read", Plane::Data},
                                            {"Contoso.Widgets/widgets/parts/write", Plane::Data},
                                            {"Contoso.Gadgets/gadgets/read", Plane::Control}});
  PermissionSet set;
  set.add({{"Contoso.Widgets/*"}, {"*/delete"}, {"Contoso.Widgets/widgets/parts/*"}, {"*/write"}, {}});
  // read and write (control), parts/read (data): 3 of 6.
  EXPECT_EQ(set.countEffective(ops), 3u);
  std::vector<bool> marks = set.effective(ops);
  std::vector<std::string_view> allowed;
  for (std::size_t i = 0; i < ops.size(); ++i) {
    if (marks[i]) allowed.push_back(ops.name(i));
  }
  EXPECT_EQ(allowed,
            (std::vector<std::string_view>{"Contoso.Widgets/widgets/parts/read",
                                           "Contoso.Widgets/widgets/read", "Contoso.Widgets/widgets/write"}));
  PermissionSet reader;
  reader.add({{"*/read"}, {}, {}, {}, {}});
  EXPECT_EQ(reader.countEffective(ops), 2u);  // the data-plane read is not an action
}

}  // namespace
}  // namespace trustc::sema
