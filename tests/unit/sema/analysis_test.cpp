// Semantic analysis end to end on in-memory projects (the overlays the
// language server uses): resolution across files, "did you mean", wrong
// kinds, order independence, and the scope tree in the model.
#include <gtest/gtest.h>

#include "sema/compilation.h"

namespace trustc {
namespace {

using Files = std::vector<std::pair<std::string, std::string>>;

std::unique_ptr<Compilation> compileFiles(const Files& files, bool stdlib = false) {
  CompileOptions options;
  options.useStdlib = stdlib;
  options.asOf = parseDate("2026-11-22");
  for (const auto& [path, text] : files) {
    std::string full = "/nonexistent/trustc-test/" + path;
    options.inputs.push_back(full);
    options.overlays.emplace_back(full, text);
  }
  return compile(options);
}

std::string render(const Compilation& c) {
  std::string out;
  for (const Diagnostic& d : c.diagnostics.diagnostics()) {
    std::string path = c.sources.file(d.location.file).path();
    out += path.substr(path.rfind('/') + 1) + ":" + std::to_string(d.location.range.begin.line) + ":" +
           std::to_string(d.location.range.begin.column) + " " + d.code + " " + d.message + "\n";
    for (const Note& n : d.notes) out += "  note: " + n.message + "\n";
  }
  return out;
}

const char* kScopes =
    "environment production { production = true }\n"
    "owner team-ai { contact = \"ai@contoso.com\" }\n"
    "subscription prod \"3a1f5c7e-2b4d-4f6a-8c9e-0a1b2c3d4e5f\" {\n"
    "  environment = production\n"
    "  resource_group rg-app { resource kv \"Microsoft.KeyVault/vaults\" }\n"
    "}\n";

TEST(Analysis, ResolvesNamesAcrossFilesInAnyOrder) {
  const char* identity =
      "workload api { kind = runtime  environment = production  owner = team-ai }\n"
      "identity api-mi : user_assigned in rg-app { workload = api  owner = team-ai }\n";
  auto forward = compileFiles({{"a.trust", kScopes}, {"b.trust", identity}});
  auto backward = compileFiles({{"b.trust", identity}, {"a.trust", kScopes}});
  EXPECT_EQ(render(*forward), "");
  EXPECT_EQ(render(*backward), "");
  ASSERT_EQ(forward->model.identities.size(), 1u);
  const sema::Identity& id = forward->model.identities[0];
  ASSERT_NE(id.placement, sema::kNone);
  EXPECT_EQ(forward->model.scopes[id.placement].name, "rg-app");
  ASSERT_EQ(id.workloads.size(), 1u);
  EXPECT_EQ(forward->model.workloads[id.workloads[0]].name, "api");
  EXPECT_EQ(forward->model.owners[id.owner].name, "team-ai");
}

TEST(Analysis, BuildsTheScopeTree) {
  auto c = compileFiles(
      {{"a.trust", kScopes}, {"b.trust", "resource st \"Microsoft.Storage/storageAccounts\" in rg-app\n"}});
  ASSERT_EQ(render(*c), "");
  const sema::SemanticModel& m = c->model;
  ASSERT_EQ(m.scopes.size(), 4u);
  auto find = [&](std::string_view name) {
    for (std::size_t i = 0; i < m.scopes.size(); ++i) {
      if (m.scopes[i].name == name) return static_cast<sema::Index>(i);
    }
    return sema::kNone;
  };
  sema::Index prod = find("prod"), rg = find("rg-app"), kv = find("kv"), st = find("st");
  EXPECT_EQ(m.scopes[kv].parent, rg);
  EXPECT_EQ(m.scopes[st].parent, rg);
  EXPECT_EQ(m.scopes[rg].parent, prod);
  EXPECT_EQ(m.scopes[kv].resourceType, "Microsoft.KeyVault/vaults");
  EXPECT_EQ(m.scopes[prod].azureName, "3a1f5c7e-2b4d-4f6a-8c9e-0a1b2c3d4e5f");
  EXPECT_TRUE(m.scopeWithin(st, prod));
  EXPECT_FALSE(m.scopeWithin(prod, st));
  // The environment set on the subscription applies to everything beneath it.
  ASSERT_NE(m.environmentOf(st), sema::kNone);
  EXPECT_EQ(m.environments[m.environmentOf(st)].name, "production");
  EXPECT_TRUE(m.environments[m.environmentOf(kv)].production);
}

TEST(Analysis, SuggestsCloseNamesOfTheRightKindOnly) {
  auto c = compileFiles(
      {{"a.trust", std::string(kScopes) +
                       "workload api { kind = runtime  environment = prodution  owner = team-ia }\n"
                       "workload api2 { kind = runtime  environment = rg-ap  owner = team-ai }\n"}});
  EXPECT_EQ(render(*c),
            "a.trust:7:46 E0200 unknown name `prodution`; expected the name of an environment\n"
            "  note: did you mean `production`?\n"
            "a.trust:7:65 E0200 unknown name `team-ia`; expected the name of an owner\n"
            "  note: did you mean `team-ai`?\n"
            // `rg-app` is close but is not an environment: no suggestion.
            "a.trust:8:47 E0200 unknown name `rg-ap`; expected the name of an environment\n");
}

TEST(Analysis, ReportsTheWrongKindWithItsDeclaration) {
  auto c = compileFiles(
      {{"a.trust", std::string(kScopes) + "workload api { kind = runtime  environment = team-ai }\n"}});
  EXPECT_EQ(render(*c),
            "a.trust:7:46 E0202 `team-ai` is an owner, but an environment is needed here\n"
            "  note: `team-ai` is declared here\n");
  ASSERT_EQ(c->diagnostics.diagnostics()[0].notes.size(), 1u);
  EXPECT_EQ(c->diagnostics.diagnostics()[0].notes[0].location.range.begin.line, 2u);
}

TEST(Analysis, ReportsBothPlacesOfADuplicate) {
  auto c = compileFiles(
      {{"a.trust", kScopes}, {"b.trust", "\n\nowner team-ai { contact = \"x@contoso.com\" }\n"}});
  ASSERT_EQ(c->diagnostics.diagnostics().size(), 1u);
  const Diagnostic& d = c->diagnostics.diagnostics()[0];
  EXPECT_EQ(d.code, "E0201");
  EXPECT_EQ(d.location.range.begin.line, 3u);
  ASSERT_EQ(d.notes.size(), 1u);
  EXPECT_EQ(d.notes[0].location.range.begin.line, 2u);
  EXPECT_NE(d.notes[0].location.file, d.location.file);
}

TEST(Analysis, ResolvesBuiltInRolesFromTheStandardLibrary) {
  auto c =
      compileFiles({{"a.trust", std::string(kScopes) + "identity api-mi : user_assigned in rg-app {\n"
                                                       "  owner = team-ai\n"
                                                       "  grant \"key vault secrets user\" on kv\n"
                                                       "  grant 4633458b-17de-408a-b874-0445c86b69e6 on kv\n"
                                                       "  grant \"Key Vault Secret User\" on kv\n"
                                                       "}\n"}},
                   /*stdlib=*/true);
  EXPECT_EQ(render(*c),
            "a.trust:11:9 E0200 unknown role `Key Vault Secret User`\n"
            "  note: did you mean \"Key Vault Secrets User\"?\n");
}

TEST(Analysis, MissingPartsOfARecoveredDeclarationAreNotReported) {
  // The syntax error is the one error: the owner's `contact` was lost with it.
  auto c = compileFiles({{"a.trust", "owner team-ai { contact = }\n"}});
  EXPECT_EQ(render(*c), "a.trust:1:27 E0100 expected a value for `contact`, found `}`\n");
}

}  // namespace
}  // namespace trustc
