// Federated trust: the issuer URL, subject and audience trustc builds from the
// parts a manifest states, compared with the strings Azure stores
// (../shared/design/azure-formats.md §6), and the errors for parts an issuer
// rejects.
#include "sema/federation.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <stdexcept>
#include <string>

#include <stdlib.h>

#include "sema/compilation.h"

namespace trustc::sema {
namespace {

constexpr std::string_view kPrelude = R"(
tenant contoso "00000000-0000-0000-0000-0000000000aa"
owner team-ai { contact = "team-ai@contoso.com" }
environment prod { production = true }
subscription ai-prod "00000000-0000-0000-0000-000000000001" {
  environment = prod
  resource_group rg-ai {
    resource aks-prod "Microsoft.ContainerService/managedClusters" {
      oidc_issuer = "https://westeurope.oic.prod-aks.azure.com/00000000-0000-0000-0000-0000000000aa/11111111-1111-1111-1111-111111111111/"
    }
    resource aks-bare "Microsoft.ContainerService/managedClusters"
  }
}
workload deploy { environment = prod owner = team-ai kind = deployment }
)";

// A standard library of the issuers alone: the role catalogue is not needed
// here, and leaving it out keeps each compilation fast.
// The directory is this process's own (test runs side by side, like the Release
// and sanitized suites of scripts/test.sh, must not rewrite each other's file)
// and is removed when the test program ends.
class IssuersOnlyStdlib {
 public:
  IssuersOnlyStdlib() {
    std::string pattern = (std::filesystem::path(::testing::TempDir()) / "trustc-issuers-XXXXXX").string();
    if (::mkdtemp(pattern.data()) == nullptr) throw std::runtime_error("mkdtemp failed: " + pattern);
    dir_ = pattern;
    std::filesystem::copy_file(std::filesystem::path(TRUSTC_SOURCE_DIR) / "stdlib" / "issuers.trust",
                               std::filesystem::path(dir_) / "issuers.trust");
  }
  ~IssuersOnlyStdlib() {
    std::error_code ignored;
    std::filesystem::remove_all(dir_, ignored);
  }
  IssuersOnlyStdlib(const IssuersOnlyStdlib&) = delete;
  IssuersOnlyStdlib& operator=(const IssuersOnlyStdlib&) = delete;
  const std::string& dir() const { return dir_; }

 private:
  std::string dir_;
};

const std::string& issuersOnlyStdlib() {
  static const IssuersOnlyStdlib stdlib;
  return stdlib.dir();
}

struct Built {
  std::unique_ptr<Compilation> c;
  std::vector<std::string> codes;  // compile errors, "E0705@4:30"

  const Trust& trust(std::size_t i = 0) const { return c->model.identities.at(0).trusts.at(i); }
};

// Compiles the prelude and one identity with the given trusts.
Built build(std::string_view trusts, std::string_view topLevel = "") {
  std::string text(kPrelude);
  text += topLevel;
  text += "identity deploy-mi : user_assigned in rg-ai {\n  workload = deploy\n";
  text += trusts;
  text += "\n}\n";
  CompileOptions options;
  options.inputs = {"/virtual/federation.trust"};
  options.overlays = {{"/virtual/federation.trust", text}};
  options.asOf = Date{2026, 11, 22};
  options.stdlibDir = issuersOnlyStdlib();
  Built b{compile(options), {}};
  for (const Diagnostic& d : b.c->diagnostics.diagnostics()) {
    // Lines relative to the first trust line.
    auto prelude = static_cast<std::uint32_t>(std::count(kPrelude.begin(), kPrelude.end(), '\n') +
                                              std::count(topLevel.begin(), topLevel.end(), '\n') + 2);
    b.codes.push_back(
        d.code + "@" +
        std::to_string(static_cast<long>(d.location.range.begin.line) - static_cast<long>(prelude)) + ":" +
        std::to_string(d.location.range.begin.column));
  }
  return b;
}

// A trust that compiles, and what it becomes.
void expectBuilt(std::string_view trust, std::string_view issuer, std::string_view subject,
                 std::string_view audience = kDefaultAudience) {
  Built b = build(trust);
  ASSERT_TRUE(b.codes.empty()) << trust << "\nfirst: " << b.codes.front() << " "
                               << b.c->diagnostics.diagnostics().front().message;
  EXPECT_EQ(b.trust().issuerUrl, issuer) << trust;
  EXPECT_EQ(b.trust().subject, subject) << trust;
  EXPECT_EQ(b.trust().audience, audience) << trust;
}

// A trust that does not compile: exactly these errors (code@line:column, line 1 = the trust).
void expectErrors(std::string_view trust, std::vector<std::string> codes) {
  Built b = build(trust);
  EXPECT_EQ(b.codes, codes) << trust;
  // A trust whose parts are wrong has no subject: emitters never see a guess.
  bool partError = codes.size() == 1 && codes[0] >= "E0702" && codes[0] < "E0709";
  if (partError && !b.c->model.identities.empty()) {
    EXPECT_TRUE(b.trust().subject.empty()) << trust << ": " << b.trust().subject;
  }
}

constexpr std::string_view kGitHub = "https://token.actions.githubusercontent.com";

TEST(Federation, GitHubSubjects) {
  expectBuilt(R"(trust github { repository = "contoso/inference"  environment = "production" })", kGitHub,
              "repo:contoso/inference:environment:production");
  expectBuilt(R"(trust github { repository = "contoso/inference"  branch = "main" })", kGitHub,
              "repo:contoso/inference:ref:refs/heads/main");
  expectBuilt(R"(trust github { repository = "contoso/inference"  tag = "v1.2.0" })", kGitHub,
              "repo:contoso/inference:ref:refs/tags/v1.2.0");
  expectBuilt(R"(trust github { repository = "contoso/inference"  pull_request = true })", kGitHub,
              "repo:contoso/inference:pull_request");
  // A `:` in a claim value is escaped as GitHub does.
  expectBuilt(R"(trust github { repository = "contoso/inference"  environment = "Production:V1" })", kGitHub,
              "repo:contoso/inference:environment:Production%3AV1");
  // Immutable subjects.
  expectBuilt(
      R"(trust github { repository = "contoso/inference"  branch = "main"  owner_id = "123"  repository_id = "456" })",
      kGitHub, "repo:contoso@123/inference@456:ref:refs/heads/main");
  // Customised subjects.
  expectBuilt(R"(trust github {
      repository = "contoso/app"  environment = "prod"
      job_workflow_ref = "contoso/automation/.github/workflows/oidc.yml@refs/heads/main" })",
              kGitHub,
              "repo:contoso/app:environment:prod:job_workflow_ref:contoso/automation/.github/workflows/"
              "oidc.yml@refs/heads/main");
  expectBuilt(
      R"(trust github { job_workflow_ref = "contoso/automation/.github/workflows/deploy.yaml@refs/tags/v2" })",
      kGitHub, "job_workflow_ref:contoso/automation/.github/workflows/deploy.yaml@refs/tags/v2");
  expectBuilt(R"(trust github { subject = "repository_owner:contoso:environment:prod" })", kGitHub,
              "repository_owner:contoso:environment:prod");
  // GHE.com data residency issuer.
  expectBuilt(
      R"(trust github { issuer = "https://token.actions.contoso.ghe.com"  repository = "contoso/app"  environment = "prod" })",
      "https://token.actions.contoso.ghe.com", "repo:contoso/app:environment:prod");
}

TEST(Federation, OtherIssuers) {
  expectBuilt(R"(trust kubernetes { cluster = aks-prod  namespace = "inference"  service_account = "api" })",
              "https://westeurope.oic.prod-aks.azure.com/00000000-0000-0000-0000-0000000000aa/"
              "11111111-1111-1111-1111-111111111111/",
              "system:serviceaccount:inference:api");
  expectBuilt(
      R"(trust kubernetes { issuer = "https://oidc.example.com/cluster"  namespace = "batch"  service_account = "eval.runner" })",
      "https://oidc.example.com/cluster", "system:serviceaccount:batch:eval.runner");
  expectBuilt(
      R"(trust azure_devops { organization = "contoso"  organization_id = "22222222-2222-2222-2222-222222222222"
                                       project = "AI Platform"  connection = "prod-deploy" })",
      "https://vstoken.dev.azure.com/22222222-2222-2222-2222-222222222222",
      "sc://contoso/AI Platform/prod-deploy");
  // A service connection on the Entra issuer: the subject is copied; the issuer defaults to the tenant's.
  expectBuilt(R"(trust azure_devops { subject = "/eid1/c/pub/t/abc/a/def/sc/ghi/jkl" })",
              "https://login.microsoftonline.com/00000000-0000-0000-0000-0000000000aa/v2.0",
              "/eid1/c/pub/t/abc/a/def/sc/ghi/jkl");
  expectBuilt(R"(trust gitlab { project = "contoso/platform/inference"  branch = "main" })",
              "https://gitlab.com", "project_path:contoso/platform/inference:ref_type:branch:ref:main");
  expectBuilt(
      R"(trust gitlab { issuer = "https://gitlab.contoso.com"  project = "ai/app"  tag = "v1"  ref_type = "tag" })",
      "https://gitlab.contoso.com", "project_path:ai/app:ref_type:tag:ref:v1");
  expectBuilt(R"(trust terraform { organization = "contoso"  workspace = "ai-prod"  run_phase = "apply" })",
              "https://app.terraform.io",
              "organization:contoso:project:Default Project:workspace:ai-prod:run_phase:apply");
  expectBuilt(
      R"(trust terraform { issuer = "https://app.eu.terraform.io"  organization = "contoso"  project = "AI"
                                    workspace = "ai-prod"  run_phase = "plan" })",
      "https://app.eu.terraform.io", "organization:contoso:project:AI:workspace:ai-prod:run_phase:plan");
  expectBuilt(R"(trust oidc { issuer = "https://accounts.google.com"  subject = "112233445566" })",
              "https://accounts.google.com", "112233445566");
  expectBuilt(
      R"(trust oidc { issuer = "https://idp.contoso.com"  subject = "svc"  audience = "api://AzureADTokenExchangeUSGov" })",
      "https://idp.contoso.com", "svc", "api://AzureADTokenExchangeUSGov");
}

TEST(Federation, IssuersAProjectDeclares) {
  constexpr std::string_view kFarm = R"(
issuer build-farm {
  url = "https://oidc.build.contoso.com"
  fields = ["project", "environment"]
  subject = "project:{project}:env:{environment}"
}
)";
  Built b = build(R"(trust build-farm as farm { project = "ai"  environment = "staging" })", kFarm);
  ASSERT_TRUE(b.codes.empty());
  EXPECT_EQ(b.trust().issuerUrl, "https://oidc.build.contoso.com");
  EXPECT_EQ(b.trust().subject, "project:ai:env:staging");
  EXPECT_EQ(build(R"(trust build-farm as farm { project = "ai" })", kFarm).codes,
            std::vector<std::string>{"E0703@1:7"});
  // Its URL is checked where it is declared (two lines above the trust).
  EXPECT_EQ(build(R"(trust plain-farm as farm { subject = "x" })",
                  "issuer plain-farm { url = \"http://oidc.build.contoso.com\" }\n")
                .codes,
            std::vector<std::string>{"E0706@-2:27"});
  // `branch` is not one of its fields, and `environment` is still missing.
  EXPECT_EQ(build(R"(trust build-farm as farm { project = "ai"  branch = "main" })", kFarm).codes,
            (std::vector<std::string>{"E0703@1:7", "E0702@1:44"}));
}

TEST(Federation, PartsAnIssuerRejects) {
  // A part of another issuer, at the key.
  expectErrors(R"(trust github { repository = "contoso/app"  namespace = "prod"  environment = "prod" })",
               {"E0702@1:44"});
  // Malformed repositories, at the offending character when the string has no escapes.
  expectErrors(R"(trust github { repository = "contoso"  environment = "prod" })", {"E0705@1:29"});
  expectErrors(R"(trust github { repository = "contoso/my app"  environment = "prod" })", {"E0705@1:40"});
  expectErrors(R"(trust github { repository = "https://github.com/contoso/app"  environment = "prod" })",
               {"E0705@1:29"});
  // An issuer that is not https, at the value.
  expectErrors(R"(trust oidc { issuer = "http://idp.contoso.com"  subject = "x" })", {"E0706@1:23"});
  // An environment name GitHub rejects, at the character.
  expectErrors(R"(trust github { repository = "contoso/app"  environment = "prod	eu" })",
               {"E0707@1:63"});
  // Missing parts, at the issuer's name.
  expectErrors(R"(trust github { repository = "contoso/app" })", {"E0703@1:7"});
  // Each absent part is said once: here the service account and the cluster's issuer.
  expectErrors(R"(trust kubernetes { namespace = "inference" })", {"E0703@1:7", "E0703@1:7"});
  expectErrors(R"(trust kubernetes { cluster = aks-bare  namespace = "a"  service_account = "b" })",
               {"E0703@1:30"});
  expectErrors(R"(trust azure_devops { organization = "contoso"  project = "ai"  connection = "c" })",
               {"E0703@1:7"});
  expectErrors(R"(trust terraform { organization = "contoso" })", {"E0703@1:7"});
  expectErrors(R"(trust oidc { issuer = "https://idp.contoso.com" })", {"E0703@1:7"});
  // Parts that cannot be combined, at the later part.
  expectErrors(R"(trust github { repository = "contoso/app"  environment = "prod"  branch = "main" })",
               {"E0704@1:66"});
  expectErrors(R"(trust github { repository = "contoso/app"  subject = "repo:contoso/app:pull_request" })",
               {"E0704@1:16"});
  // Malformed parts.
  expectErrors(R"(trust github { repository = "contoso/app"  branch = "refs/heads/main" })", {"E0708@1:53"});
  expectErrors(R"(trust github { repository = "contoso/app"  branch = "feature..x" })", {"E0708@1:61"});
  expectErrors(R"(trust kubernetes { cluster = aks-prod  namespace = "Inference"  service_account = "api" })",
               {"E0708@1:53"});
  expectErrors(R"(trust terraform { organization = "contoso"  workspace = "w"  run_phase = "destroy" })",
               {"E0708@1:74"});
}

TEST(Federation, CredentialsOfAnIdentity) {
  // The same issuer and subject twice, at the second.
  expectErrors(R"(trust github as one { repository = "contoso/app"  environment = "prod" }
  trust github as two { repository = "contoso/app"  environment = "prod" })",
               {"E0701@2:3"});
  // Two credentials with the same derived name.
  expectErrors(R"(trust github { repository = "contoso/app"  environment = "prod" }
  trust github { repository = "contoso/app"  environment = "staging" })",
               {"E0201@2:3"});
  // 21 credentials.
  std::string many;
  for (int i = 0; i < 21; ++i) {
    many += "trust github as env-" + std::to_string(i) +
            " { repository = \"contoso/app\"  environment = \"e" + std::to_string(i) + "\" }\n";
  }
  expectErrors(many, {"E0700@21:1"});
}

}  // namespace
}  // namespace trustc::sema
