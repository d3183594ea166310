// What grants allow where, against hand-checked cases: inheritance down the
// scope tree, needs expanded over the catalogue, narrowest role and scope.
#include "sema/access.h"

#include <gtest/gtest.h>

#include "compile_text.h"
#include "sema/compilation.h"
#include "sema/stdlib.h"

namespace trustc::sema {
namespace {

constexpr std::string_view kProject = R"(
owner team { contact = "team@contoso.com" }
environment prod { production = true }
subscription sub "00000000-0000-0000-0000-000000000001" {
  environment = prod
  resource_group rg {
    resource st "Microsoft.Storage/storageAccounts"
    resource kv "Microsoft.KeyVault/vaults"
  }
  resource_group other { resource st2 "Microsoft.Storage/storageAccounts" }
}
workload app { environment = prod  owner = team  kind = runtime  needs keyvault.secret.read on kv }
identity app-mi : user_assigned in rg {
  workload = app
  needs blob.read on st
  needs "Microsoft.Storage/storageAccounts/blobServices/containers/blobs/*" on st
  grant "Storage Blob Data Reader" on rg
  grant "Key Vault Secrets User" on kv
}
)";

class AccessTest : public ::testing::Test {
 protected:
  void SetUp() override {
    c = testing::compileText(kProject);
    ASSERT_FALSE(c->diagnostics.hasErrors());
    ASSERT_EQ(c->model.identities.size(), 1u);
  }
  Index scope(std::string_view name) const { return testing::scopeNamed(c->model, name); }
  std::unique_ptr<Compilation> c;
};

TEST_F(AccessTest, AGrantCoversItsScopeAndEverythingBeneath) {
  const Identity& id = c->model.identities[0];
  const Grant& blobReader = id.grants[0];
  Operation read{"Microsoft.Storage/storageAccounts/blobServices/containers/blobs/read", Plane::Data, true};
  EXPECT_TRUE(c->access->grantAllows(blobReader, scope("rg"), read));
  EXPECT_TRUE(c->access->grantAllows(blobReader, scope("st"), read));
  EXPECT_FALSE(c->access->grantAllows(blobReader, scope("st2"), read)) << "another resource group";
  EXPECT_FALSE(c->access->grantAllows(blobReader, scope("sub"), read)) << "not upwards";
  Operation write{"Microsoft.Storage/storageAccounts/blobServices/containers/blobs/write", Plane::Data, true};
  EXPECT_FALSE(c->access->grantAllows(blobReader, scope("st"), write));
}

TEST_F(AccessTest, NeedsExpandOverTheCatalogue) {
  const Identity& id = c->model.identities[0];
  auto needs = c->access->needsOf(id);
  ASSERT_EQ(needs.size(), 3u) << "its own two and its workload's";
  const auto& capability = c->access->operationsOf(*needs[0]);
  ASSERT_EQ(capability.size(), 1u);
  EXPECT_EQ(capability[0].name, "Microsoft.Storage/storageAccounts/blobServices/containers/blobs/read");
  EXPECT_EQ(capability[0].plane, Plane::Data);
  const auto& wildcard = c->access->operationsOf(*needs[1]);
  EXPECT_GT(wildcard.size(), 10u) << "every data action on blobs";
  // Blob Data Reader gives only the read of the wildcard's operations.
  auto unmet = c->access->unmetOperations(id, *needs[1]);
  EXPECT_EQ(unmet.size(), wildcard.size() - 1);
  EXPECT_TRUE(c->access->unmetOperations(id, *needs[0]).empty());
  EXPECT_TRUE(c->access->unmetOperations(id, *needs[2]).empty()) << "the workload's need, met through kv";
}

TEST_F(AccessTest, NarrowestRoleAndScope) {
  const Identity& id = c->model.identities[0];
  auto served = c->access->servedBy(id, id.grants[0]);
  ASSERT_EQ(served.size(), 2u);
  std::vector<Operation> ops = served[0].operations;
  auto best = c->access->narrowestBuiltinRole(ops);
  ASSERT_TRUE(best);
  EXPECT_EQ(c->stdlib.role(*best).name, "Storage Blob Data Reader");
  std::vector<Index> scopes{scope("st"), scope("kv")};
  EXPECT_EQ(c->access->commonScope(scopes), scope("rg"));
  std::vector<Index> apart{scope("st"), scope("st2")};
  EXPECT_EQ(c->access->commonScope(apart), scope("sub"));
  // Effective counts: built-in from the catalogue, the same as computing them.
  Index role = id.grants[1].customRole;
  EXPECT_EQ(c->access->effectiveCountOf(role), 2u);
  EXPECT_EQ(c->access->permissionsOf(role).countEffective(c->stdlib.operations()), 2u);
}

}  // namespace
}  // namespace trustc::sema
