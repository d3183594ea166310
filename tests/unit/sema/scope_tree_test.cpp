// The scope tree's depth-first numbering (SemanticModel::numberScopes) gives
// the same answers as walking up the parents, for every pair of scopes, when
// scopes are declared nested, placed with `in` before their parents exist, or
// in several trees; and the identities placed beneath a scope come out in
// declaration order.
#include <gtest/gtest.h>

#include "compile_text.h"
#include "sema/access.h"
#include "sema/compilation.h"

namespace trustc::sema {
namespace {

constexpr std::string_view kProject = R"(
owner team { contact = "team@contoso.com" }
environment prod { production = true }
resource_group late-rg in sub-b { resource late-st "Microsoft.Storage/storageAccounts" }
management_group root "mg-root" {
  management_group child "mg-child" {
    subscription sub-a "00000000-0000-0000-0000-000000000001" {
      environment = prod
      resource_group rg-a1 {
        resource st-a1 "Microsoft.Storage/storageAccounts"
        resource kv-a1 "Microsoft.KeyVault/vaults"
      }
      resource_group rg-a2 { resource st-a2 "Microsoft.Storage/storageAccounts" }
    }
  }
  subscription sub-b "00000000-0000-0000-0000-000000000002" { environment = prod }
}
management_group other-root "mg-other" {
  subscription sub-c "00000000-0000-0000-0000-000000000003" {
    environment = prod
    resource_group rg-c {}
  }
}
workload app { environment = prod  owner = team  kind = runtime }
identity late-mi : user_assigned in late-rg { workload = app }
identity a2-mi : user_assigned in rg-a2 { workload = app }
identity a1-mi : user_assigned in rg-a1 { workload = app }
identity c-mi : user_assigned in rg-c { workload = app }
identity sp : service_principal { workload = app }
)";

class ScopeTreeTest : public ::testing::Test {
 protected:
  void SetUp() override {
    c = testing::compileText(kProject);
    ASSERT_FALSE(c->diagnostics.hasErrors()) << c->diagnostics.diagnostics().front().message;
  }
  Index scope(std::string_view name) const { return testing::scopeNamed(c->model, name); }
  std::vector<std::string> placedWithin(std::string_view name) const {
    std::vector<std::string> out;
    for (const Identity* id : c->access->userAssignedWithin(scope(name))) out.push_back(id->name);
    return out;
  }
  std::unique_ptr<Compilation> c;
};

TEST_F(ScopeTreeTest, NumberingAgreesWithTheParentsForEveryPair) {
  const SemanticModel& numbered = c->model;
  ASSERT_EQ(numbered.scopeFirst.size(), numbered.scopes.size());
  SemanticModel walked = numbered;  // the same tree, answered by walking up
  walked.scopeFirst.clear();
  walked.scopeLast.clear();
  std::size_t within = 0;
  for (std::size_t i = 0; i < numbered.scopes.size(); ++i) {
    for (std::size_t j = 0; j < numbered.scopes.size(); ++j) {
      auto inner = static_cast<Index>(i), outer = static_cast<Index>(j);
      EXPECT_EQ(numbered.scopeWithin(inner, outer), walked.scopeWithin(inner, outer))
          << numbered.scopes[i].name << " within " << numbered.scopes[j].name;
      within += walked.scopeWithin(inner, outer) ? 1 : 0;
    }
  }
  EXPECT_GT(within, numbered.scopes.size()) << "the tree has depth";
}

TEST_F(ScopeTreeTest, HandCheckedPairs) {
  const SemanticModel& m = c->model;
  EXPECT_TRUE(m.scopeWithin(scope("st-a1"), scope("root")));
  EXPECT_TRUE(m.scopeWithin(scope("late-st"), scope("sub-b"))) << "placed with `in` before sub-b is declared";
  EXPECT_TRUE(m.scopeWithin(scope("late-st"), scope("root")));
  EXPECT_TRUE(m.scopeWithin(scope("rg-a1"), scope("rg-a1")));
  EXPECT_FALSE(m.scopeWithin(scope("root"), scope("st-a1"))) << "not upwards";
  EXPECT_FALSE(m.scopeWithin(scope("st-a2"), scope("rg-a1"))) << "a sibling";
  EXPECT_FALSE(m.scopeWithin(scope("rg-c"), scope("root"))) << "another tree";
  EXPECT_FALSE(m.scopeWithin(kNone, scope("root")));
  EXPECT_FALSE(m.scopeWithin(scope("root"), kNone));
}

TEST_F(ScopeTreeTest, UserAssignedIdentitiesBeneathAScopeInDeclarationOrder) {
  EXPECT_EQ(placedWithin("root"), (std::vector<std::string>{"late-mi", "a2-mi", "a1-mi"}));
  EXPECT_EQ(placedWithin("sub-a"), (std::vector<std::string>{"a2-mi", "a1-mi"}));
  EXPECT_EQ(placedWithin("rg-a1"), (std::vector<std::string>{"a1-mi"}));
  EXPECT_EQ(placedWithin("other-root"), (std::vector<std::string>{"c-mi"}));
  EXPECT_TRUE(placedWithin("st-a1").empty());
}

TEST_F(ScopeTreeTest, TheIdentitiesOfAWorkload) {
  const auto& ids = c->access->identitiesOf(c->model.identities[0].workloads.at(0));
  ASSERT_EQ(ids.size(), 5u);
  EXPECT_EQ(ids.front()->name, "late-mi");
  EXPECT_EQ(ids.back()->name, "sp");
}

}  // namespace
}  // namespace trustc::sema
