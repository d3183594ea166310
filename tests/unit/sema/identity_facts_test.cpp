// Identity facts the rules read: environments inherited down the scope tree,
// production, owners inherited from workloads, deploying and serving uses.
#include "sema/identity_facts.h"

#include <gtest/gtest.h>

#include "sema/compilation.h"

namespace trustc::sema {
namespace {

std::unique_ptr<Compilation> compileText(std::string_view text) {
  CompileOptions options;
  options.inputs = {"/virtual/facts.trust"};
  options.overlays = {{"/virtual/facts.trust", std::string(text)}};
  options.useStdlib = false;
  options.asOf = Date{2026, 11, 22};
  return compile(options);
}

constexpr std::string_view kProject = R"(
owner team-a { contact = "a@contoso.com" }
owner team-b { contact = "b@contoso.com" }
environment prod { production = true }
environment staging { }
management_group corp "mg-corp" {
  subscription ai-prod "00000000-0000-0000-0000-000000000001" {
    environment = prod
    resource_group rg-prod { resource app-prod "Microsoft.Web/sites" }
  }
  subscription ai-staging "00000000-0000-0000-0000-000000000002" {
    environment = staging
    resource_group rg-staging { resource app-staging "Microsoft.Web/sites" }
  }
}
workload api { environment = prod  owner = team-a  kind = runtime }
workload deploy { environment = prod  owner = team-a  kind = deployment }
workload evals { environment = staging  owner = team-b  kind = evaluation }

identity plain-mi : user_assigned in rg-staging { workload = api }
identity mixed-mi : user_assigned in rg-prod { workload = [api, evals]  attached_to = app-staging }
identity app-mi : system_assigned on app-staging { }
identity deploy-mi : user_assigned in rg-prod { workload = [api, deploy]  owner = team-b }
)";

class IdentityFacts : public ::testing::Test {
 protected:
  void SetUp() override {
    c = compileText(kProject);
    ASSERT_FALSE(c->diagnostics.hasErrors()) << c->diagnostics.diagnostics().front().message;
  }
  const Identity& identity(std::string_view name) const {
    for (const Identity& id : c->model.identities) {
      if (id.name == name) return id;
    }
    throw std::runtime_error("no identity");
  }
  std::vector<std::string> environments(std::string_view name) const {
    std::vector<std::string> out;
    for (Index e : environmentsOf(c->model, identity(name))) out.push_back(c->model.environments[e].name);
    return out;
  }
  std::unique_ptr<Compilation> c;
};

TEST_F(IdentityFacts, ScopesInheritTheirEnvironment) {
  const SemanticModel& m = c->model;
  auto scope = [&](std::string_view name) {
    for (std::size_t i = 0; i < m.scopes.size(); ++i) {
      if (m.scopes[i].name == name) return static_cast<Index>(i);
    }
    return kNone;
  };
  ASSERT_NE(m.environmentOf(scope("app-staging")), kNone);
  EXPECT_EQ(m.environments.at(m.environmentOf(scope("app-staging"))).name, "staging")
      << "from the subscription";
  EXPECT_EQ(m.environmentOf(scope("corp")), kNone);
}

TEST_F(IdentityFacts, EnvironmentsComeFromUses) {
  // The resource group a user-assigned identity lives in is not a use.
  EXPECT_EQ(environments("plain-mi"), std::vector<std::string>{"prod"});
  EXPECT_EQ(environments("mixed-mi"), (std::vector<std::string>{"prod", "staging"}));
  EXPECT_EQ(environments("app-mi"), std::vector<std::string>{"staging"});
  EXPECT_TRUE(isProduction(c->model, identity("mixed-mi")));
  EXPECT_FALSE(isProduction(c->model, identity("app-mi")));
}

TEST_F(IdentityFacts, OwnersAreInheritedFromSharedWorkloadOwners) {
  const SemanticModel& m = c->model;
  EXPECT_EQ(m.owners.at(effectiveOwner(m, identity("plain-mi"))).name, "team-a");
  EXPECT_EQ(effectiveOwner(m, identity("mixed-mi")), kNone) << "workloads of two owners";
  EXPECT_EQ(effectiveOwner(m, identity("app-mi")), kNone) << "no workloads, no owner";
  EXPECT_EQ(m.owners.at(effectiveOwner(m, identity("deploy-mi"))).name, "team-b") << "its own owner wins";
}

TEST_F(IdentityFacts, DeployingAndServing) {
  const SemanticModel& m = c->model;
  EXPECT_EQ(deployingUses(m, identity("deploy-mi")).size(), 1u);
  EXPECT_EQ(servingUses(m, identity("deploy-mi")).size(), 1u);
  EXPECT_TRUE(deployingUses(m, identity("plain-mi")).empty());
  EXPECT_EQ(servingUses(m, identity("app-mi")).size(), 1u)
      << "a system-assigned identity serves its resource";
  EXPECT_EQ(servingUses(m, identity("mixed-mi")).size(), 2u) << "a runtime workload and an attached resource";
}

}  // namespace
}  // namespace trustc::sema
