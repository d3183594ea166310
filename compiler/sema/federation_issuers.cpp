// Subjects of the other well-known issuers (see ../shared/design/azure-formats.md §6):
//   Kubernetes     system:serviceaccount:NAMESPACE:SERVICE_ACCOUNT, issuer: the cluster's OIDC issuer URL
//   Azure DevOps   sc://ORGANIZATION/PROJECT/CONNECTION, issuer https://vstoken.dev.azure.com/ORGANIZATION_ID
//   GitLab         project_path:GROUP/PROJECT:ref_type:branch|tag:ref:NAME
//   HCP Terraform  organization:ORG:project:PROJECT:workspace:WORKSPACE:run_phase:plan|apply
//   generic OIDC   the issuer and subject as written
#include "sema/analyzer.h"
#include "sema/federation_build.h"
#include "sema/literals.h"

namespace trustc::sema::federation {

using ast::Value;

namespace {

// Reports every absent part at once; true when all are present.
bool require(TrustBuild& b, std::initializer_list<std::string_view> keys, std::string_view example) {
  std::vector<std::string_view> absent;
  for (std::string_view key : keys) {
    if (!b.part(key)) absent.push_back(key);
  }
  if (absent.empty()) return true;
  Diagnostic& d = b.missing("{} needs {}", b.aTrust(), TrustBuild::listed(absent));
  if (!example.empty()) d.notes.push_back({{}, fmt::format("for example: `{}`", example)});
  return false;
}

// The explicit `issuer`, else the issuer's default URL.
void issuerOrDefault(TrustBuild& b) {
  if (const Value* issuer = b.part("issuer")) {
    b.issuerUrl = issuer->text;
    b.issuerSource = issuer;
  } else {
    b.issuerUrl = b.defaultUrl();
  }
}

// One of two parts that name the same thing (a branch or a tag).
const Value* oneOf(TrustBuild& b, std::string_view first, std::string_view second, std::string_view why) {
  const Value* a = b.part(first);
  const Value* c = b.part(second);
  if (a && c) {
    b.conflict(*c, *a, fmt::format("`{}` and `{}` cannot both match: {}", first, second, why));
    return nullptr;
  }
  return a ? a : c;
}

}  // namespace

void buildKubernetes(TrustBuild& b) {
  const Value* ns = b.part("namespace");
  const Value* sa = b.part("service_account");
  bool ok =
      require(b, {"namespace", "service_account"}, "namespace = \"inference\"  service_account = \"api\"");
  if (ns) ok &= b.check(*ns, names::dnsLabel(ns->text), DiagKind::MalformedTrustPart);
  if (sa) ok &= b.check(*sa, names::dnsSubdomain(sa->text), DiagKind::MalformedTrustPart);

  // The issuer: the cluster's OIDC issuer URL, declared on the cluster or here.
  const Value* cluster = b.part("cluster");
  const Value* clusterUrl = nullptr;
  if (cluster) {
    const Symbol* s = b.c.symbols.find(cluster->text);
    if (!s || s->decl->kind != ast::DeclKind::Resource) {
      b.failed = true;  // reported as an unknown name or the wrong kind
      return;
    }
    for (std::size_t i = 0; i < b.c.model.scopes.size(); ++i) {
      if (b.c.model.scopes[i].decl == s->decl) b.trust.cluster = static_cast<Index>(i);
    }
    clusterUrl = propertyValue(*s->decl, "oidc_issuer");
  }
  const Value* issuer = b.part("issuer");
  if (issuer) {
    b.issuerUrl = issuer->text;
    b.issuerSource = issuer;
    if (clusterUrl && clusterUrl->text != issuer->text) {
      b.conflict(
          *issuer, *clusterUrl,
          fmt::format("`issuer` differs from the `oidc_issuer` of cluster `{}`; keep one", cluster->text));
    }
  } else if (clusterUrl) {
    b.issuerUrl = clusterUrl->text;  // checked where the cluster declares it
  } else if (cluster) {
    Diagnostic& d = b.c.diagnostics.error(
        DiagKind::MissingTrustPart, cluster->location,
        "cluster `{}` does not declare its `oidc_issuer`, so the trust has no issuer", cluster->text);
    d.notes.push_back({{},
                       "add `oidc_issuer = \"https://...\"` to the cluster (`az aks show --query "
                       "oidcIssuerProfile.issuerUrl`), or give `issuer` here"});
    b.failed = true;
  } else {
    Diagnostic& d = b.missing(
        "a `kubernetes` trust needs the cluster's issuer: `cluster = NAME` or `issuer = \"https://...\"`");
    d.notes.push_back(
        {{}, "an AKS cluster's issuer URL is shown by `az aks show --query oidcIssuerProfile.issuerUrl`"});
  }
  if (ok && ns && sa) b.subject = fmt::format("system:serviceaccount:{}:{}", ns->text, sa->text);
}

void buildAzureDevOps(TrustBuild& b) {
  constexpr std::string_view kLegacyIssuer = "https://vstoken.dev.azure.com/";
  const Value* issuer = b.part("issuer");
  const Value* orgId = b.part("organization_id");
  bool ok = true;
  if (orgId && !isGuid(orgId->text)) {
    ok = b.check(
        *orgId,
        names::Problem{"`organization_id` is the organization's GUID (shown on the service connection)"},
        DiagKind::MalformedTrustPart);
  }

  if (const Value* subject = b.part("subject")) {
    // A service connection on the Entra issuer has an opaque subject: copied, not built.
    for (std::string_view key : {"organization", "project", "connection"}) {
      if (const Value* v = b.part(key)) {
        b.conflict(*v, *subject, fmt::format("`{}` and `subject` both describe the subject; keep one", key));
      }
    }
    b.subject = subject->text;
    if (issuer) {
      b.issuerUrl = issuer->text;
      b.issuerSource = issuer;
    } else if (orgId) {
      b.issuerUrl = std::string(kLegacyIssuer) + orgId->text;
    } else if (!b.c.model.tenantId.empty()) {
      b.issuerUrl = fmt::format("https://login.microsoftonline.com/{}/v2.0", b.c.model.tenantId);
    } else {
      b.missing(
          "an `azure_devops` trust with a `subject` needs `issuer`, as shown on the service connection");
    }
    if (!ok) b.failed = true;
    return;
  }

  ok &= require(b, {"organization", "project", "connection"},
                "organization = \"contoso\"  project = \"ai\"  connection = \"prod-deploy\"");
  const Value* org = b.part("organization");
  const Value* project = b.part("project");
  const Value* connection = b.part("connection");
  if (org) ok &= b.check(*org, names::adoOrganization(org->text), DiagKind::MalformedTrustPart);
  if (project) ok &= b.check(*project, names::adoProject(project->text), DiagKind::MalformedTrustPart);
  if (connection)
    ok &= b.check(*connection, names::adoConnection(connection->text), DiagKind::MalformedTrustPart);
  if (issuer) {
    b.issuerUrl = issuer->text;
    b.issuerSource = issuer;
    if (issuer->text.rfind(kLegacyIssuer, 0) != 0 && !names::issuerUrl(issuer->text)) {
      b.failed = true;
      Diagnostic& d = b.c.diagnostics.error(DiagKind::ConflictingTrustParts, issuer->location,
                                            "the `sc://` subject built from `organization`, `project` and "
                                            "`connection` belongs to the issuer `{}ORGANIZATION-ID`",
                                            kLegacyIssuer);
      d.notes.push_back({{},
                         "a service connection on the Entra issuer has an opaque subject: copy `issuer` and "
                         "`subject` from the service connection instead of the parts"});
    }
  } else if (orgId) {
    b.issuerUrl = std::string(kLegacyIssuer) + orgId->text;
  } else {
    b.missing(
        "an `azure_devops` trust needs `organization_id`, the organization's GUID, for the issuer "
        "`{}{{organization_id}}`",
        kLegacyIssuer);
  }
  if (ok && org && project && connection) {
    b.subject = fmt::format("sc://{}/{}/{}", org->text, project->text, connection->text);
  } else {
    b.failed = true;
  }
}

void buildGitLab(TrustBuild& b) {
  issuerOrDefault(b);
  const Value* project = b.part("project");
  bool ok = require(b, {"project"}, "project = \"contoso/platform/inference\"  branch = \"main\"");
  if (project) ok &= b.check(*project, names::gitlabProjectPath(project->text), DiagKind::MalformedTrustPart);
  const Value* ref = oneOf(b, "branch", "tag", "GitLab's token names one ref; declare one trust for each");
  if (!ref) {
    if (!b.part("branch") && !b.part("tag")) b.missing("a `gitlab` trust needs `branch` or `tag`");
    return;
  }
  std::string_view refType = ref == b.part("branch") ? "branch" : "tag";
  if (const Value* declared = b.part("ref_type")) {
    if (declared->text != "branch" && declared->text != "tag") {
      ok &= b.check(*declared, names::Problem{"`ref_type` is \"branch\" or \"tag\""},
                    DiagKind::MalformedTrustPart);
    } else if (declared->text != refType) {
      b.conflict(*declared, *ref,
                 fmt::format("`ref_type` says {} but the trust names a {}", declared->text, refType));
      ok = false;
    }
  }
  ok &= b.check(*ref, names::gitRefName(ref->text, refType), DiagKind::MalformedTrustPart);
  if (ok && project)
    b.subject = fmt::format("project_path:{}:ref_type:{}:ref:{}", project->text, refType, ref->text);
}

void buildTerraform(TrustBuild& b) {
  issuerOrDefault(b);
  bool ok = require(b, {"organization", "workspace", "run_phase"},
                    "organization = \"contoso\"  workspace = \"ai-prod\"  run_phase = \"apply\"");
  const Value* org = b.part("organization");
  const Value* project = b.part("project");
  const Value* workspace = b.part("workspace");
  const Value* phase = b.part("run_phase");
  if (org) ok &= b.check(*org, names::terraformName(org->text, "organization"), DiagKind::MalformedTrustPart);
  if (workspace)
    ok &=
        b.check(*workspace, names::terraformName(workspace->text, "workspace"), DiagKind::MalformedTrustPart);
  if (project) ok &= b.check(*project, names::terraformProject(project->text), DiagKind::MalformedTrustPart);
  if (phase && phase->text != "plan" && phase->text != "apply" && phase->text != "*") {
    ok &= b.check(*phase,
                  names::Problem{"`run_phase` is \"plan\" or \"apply\"; declare one trust for each phase"},
                  DiagKind::MalformedTrustPart);
  }
  if (!ok) return;
  // HCP Terraform puts workspaces outside any project in "Default Project".
  std::string projectName = project ? project->text : "Default Project";
  b.subject = fmt::format("organization:{}:project:{}:workspace:{}:run_phase:{}", org->text, projectName,
                          workspace->text, phase->text);
}

void buildOidc(TrustBuild& b) {
  issuerOrDefault(b);
  if (b.issuerUrl.empty() && !b.issuerSource) {
    b.missing("{} needs `issuer`, the URL its tokens carry in `iss`", b.aTrust());
  }
  if (const Value* subject = b.part("subject")) {
    b.subject = subject->text;
    return;
  }
  // An issuer declared by the project may give a template: "project:{project}:env:{environment}".
  const Value* tmpl = propertyValue(b.issuer, "subject");
  if (!tmpl || tmpl->kind != Value::Kind::String) {
    b.missing("{} needs `subject`, the exact `sub` claim of its tokens", b.aTrust());
    return;
  }
  std::string out;
  std::vector<std::string_view> absent;
  const std::string& t = tmpl->text;
  for (std::size_t i = 0; i < t.size(); ++i) {
    std::size_t close = t[i] == '{' ? t.find('}', i) : std::string::npos;
    if (close == std::string::npos) {
      out += t[i];
      continue;
    }
    std::string_view key = std::string_view(t).substr(i + 1, close - i - 1);
    if (const Value* v = b.part(key))
      out += v->text;
    else
      absent.push_back(key);
    i = close;
  }
  if (!absent.empty()) {
    b.missing("{} needs {} for its subject `{}`", b.aTrust(), TrustBuild::listed(absent), t);
    return;
  }
  b.subject = std::move(out);
}

}  // namespace trustc::sema::federation
