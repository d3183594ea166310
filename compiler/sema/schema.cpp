#include "sema/schema.h"

#include <array>

namespace trustc::sema {

namespace {

using C = ast::Clause::Kind;
using K = DeclKind;
using T = ValueType;
constexpr Presence kOpt = Presence::Optional, kReq = Presence::Required;

const std::vector<std::string_view> kWorkloadKinds = {"runtime", "deployment", "batch", "evaluation", "break-glass"};
const std::vector<std::string_view> kIdentityTypes = {"user_assigned", "system_assigned", "service_principal"};

PropertySpec review() {
  return {"review", T::Section, false, {}, {}, {{"every", T::Duration, true}, {"last", T::Date, true}, {"by", T::Ref, false, {K::Owner}}}};
}

PropertySpec permissionBlock() {
  return {"permissions", T::Section, false, {}, {},
          {{"actions", T::StringList}, {"not_actions", T::StringList}, {"data_actions", T::StringList},
           {"not_data_actions", T::StringList}, {"condition", T::String}, {"condition_version", T::String}},
          true};
}

std::vector<DeclSpec> buildSpecs() {
  std::vector<DeclSpec> s;
  s.push_back({.kind = K::Tenant, .label = kReq, .labelType = T::Guid, .labelMeaning = "the tenant id",
               .properties = {{"domain", T::String}, {"description", T::String}}});
  s.push_back({.kind = K::Owner,
               .properties = {{"contact", T::Contact, true}, {"display_name", T::String}, {"description", T::String}}});
  s.push_back({.kind = K::Environment,
               .properties = {{"production", T::Bool}, {"description", T::String}}});
  s.push_back({.kind = K::ManagementGroup, .label = kOpt, .labelMeaning = "the management group id",
               .target = kOpt, .targetKinds = {K::ManagementGroup}, .parents = {K::ManagementGroup},
               .properties = {{"environment", T::Ref, false, {K::Environment}}, {"display_name", T::String},
                              {"location", T::String}, {"description", T::String}}});
  s.push_back({.kind = K::Subscription, .label = kReq, .labelType = T::Guid, .labelMeaning = "the subscription id",
               .target = kOpt, .targetKinds = {K::ManagementGroup}, .parents = {K::ManagementGroup},
               .properties = {{"environment", T::Ref, false, {K::Environment}}, {"display_name", T::String},
                              {"location", T::String}, {"description", T::String}}});
  s.push_back({.kind = K::ResourceGroup, .label = kOpt, .labelMeaning = "the resource group's Azure name",
               .target = kOpt, .targetKinds = {K::Subscription}, .parents = {K::Subscription},
               .properties = {{"environment", T::Ref, false, {K::Environment}}, {"location", T::String},
                              {"description", T::String}}});
  s.push_back({.kind = K::Resource, .label = kReq, .labelType = T::String,
               .labelMeaning = "the resource type, `Namespace/type`", .target = kOpt,
               .targetKinds = {K::ResourceGroup}, .parents = {K::ResourceGroup},
               .properties = {{"name", T::String}, {"environment", T::Ref, false, {K::Environment}},
                              {"location", T::String}, {"description", T::String},
                              {"oidc_issuer", T::String}}});
  s.push_back({.kind = K::Workload,
               .properties = {{"environment", T::Ref, true, {K::Environment}},
                              {"owner", T::Ref, false, {K::Owner}},
                              {"kind", T::Enum, true, {}, kWorkloadKinds},
                              {"lifecycle", T::Enum, false, {}, {"active", "decommissioned"}},
                              {"description", T::String}}});
  s.push_back({.kind = K::Identity, .type = kReq, .typeValues = kIdentityTypes, .target = kOpt,
               .targetKinds = kScopeKinds,
               .properties = {{"workload", T::RefList, false, {K::Workload}},
                              {"owner", T::Ref, false, {K::Owner}},
                              {"attached_to", T::RefList, false, {K::Resource}},
                              review(),
                              {"name", T::String},
                              {"object_id", T::Guid},
                              {"client_id", T::Guid},
                              {"description", T::String}}});
  s.push_back({.kind = K::Role, .nameMayBeString = true, .label = kOpt, .labelType = T::Guid,
               .labelMeaning = "the role definition id",
               .properties = {{"description", T::String},
                              {"actions", T::StringList}, {"not_actions", T::StringList},
                              {"data_actions", T::StringList}, {"not_data_actions", T::StringList},
                              permissionBlock(),
                              {"assignable", T::RefList, false, kScopeKinds},
                              {"assignable_scopes", T::StringList},
                              {"owner", T::Ref, false, {K::Owner}}}});
  s.push_back({.kind = K::Policy, .nameMayBeString = true, .label = kOpt, .labelType = T::Guid,
               .labelMeaning = "the policy definition id",
               .properties = {{"display_name", T::String}, {"description", T::String}, {"category", T::String},
                              {"mode", T::String}, {"effects", T::StringList}, {"default_effect", T::String},
                              {"effect", T::String}, {"effect_parameter", T::String},
                              {"remediation_roles", T::StringList}, {"version", T::String}, {"preview", T::Bool},
                              {"deprecated", T::Bool}, {"parameters", T::Any}, {"rule", T::Any}}});
  s.push_back({.kind = K::Initiative, .nameMayBeString = true, .label = kOpt, .labelType = T::Guid,
               .labelMeaning = "the policy set definition id",
               .properties = {{"display_name", T::String}, {"description", T::String}, {"category", T::String},
                              {"version", T::String}, {"preview", T::Bool}, {"deprecated", T::Bool},
                              {"parameters", T::Any},
                              {"definition", T::Section, false, {}, {},
                               {{"reference", T::String, true},
                                {"policy", T::StringOrRef, true, {K::Policy}},
                                {"parameters", T::Any},
                                {"groups", T::StringList}},
                               true}}});
  s.push_back({.kind = K::Assignment,
               .properties = {{"policy", T::StringOrRef, true, {K::Policy, K::Initiative}},
                              {"scope", T::Ref, true, kScopeKinds},
                              {"display_name", T::String}, {"description", T::String},
                              {"effect", T::String},
                              {"enforcement", T::Enum, false, {}, {"default", "do_not_enforce"}},
                              {"parameters", T::Any},
                              {"non_compliance_message", T::String},
                              {"not_scopes", T::RefList, false, kScopeKinds},
                              {"owner", T::Ref, false, {K::Owner}},
                              {"location", T::String}}});
  s.push_back({.kind = K::Exemption,
               .properties = {{"assignment", T::Ref, true, {K::Assignment}},
                              {"scope", T::Ref, true, kScopeKinds},
                              {"category", T::Enum, true, {}, {"waiver", "mitigated"}},
                              {"owner", T::Ref, false, {K::Owner}},
                              {"expires", T::Date},
                              {"created", T::Date},
                              {"reason", T::String},
                              {"ticket", T::String},
                              {"controls", T::RefList, false, {K::Control}},
                              {"definitions", T::StringList},
                              {"display_name", T::String}}});
  s.push_back({.kind = K::Control,
               .properties = {{"owner", T::Ref, false, {K::Owner}},
                              {"description", T::String},
                              {"evidence", T::StringOrRef, false,
                               {K::Assignment, K::Resource, K::ResourceGroup, K::Subscription, K::ManagementGroup}},
                              review()}});
  s.push_back({.kind = K::Capability, .stdlibOnly = false,
               .properties = {{"description", T::String}, {"actions", T::StringList},
                              {"data_actions", T::StringList}}});
  s.push_back({.kind = K::Issuer,
               .properties = {{"url", T::String}, {"description", T::String}, {"subject", T::String},
                              {"audience", T::String}, {"fields", T::StringList}}});
  s.push_back({.kind = K::Secret, .name = kOpt, .topLevel = false, .parents = {K::Identity},
               .properties = {{"expires", T::Date}, {"created", T::Date}, {"description", T::String},
                              {"owner", T::Ref, false, {K::Owner}}, {"value", T::String}}});
  s.push_back({.kind = K::Certificate, .name = kOpt, .topLevel = false, .parents = {K::Identity},
               .properties = {{"expires", T::Date}, {"created", T::Date}, {"thumbprint", T::String},
                              {"description", T::String}, {"owner", T::Ref, false, {K::Owner}}}});
  s.push_back({.kind = K::Trust, .topLevel = false, .parents = {K::Identity},
               .properties = {{"repository", T::String}, {"environment", T::String}, {"branch", T::String},
                              {"tag", T::String}, {"pull_request", T::Bool}, {"job_workflow_ref", T::String},
                              {"repository_id", T::String}, {"owner_id", T::String},
                              {"namespace", T::String}, {"service_account", T::String},
                              {"cluster", T::Ref, false, {K::Resource}},
                              {"organization", T::String}, {"organization_id", T::String},
                              {"project", T::String}, {"connection", T::String},
                              {"workspace", T::String}, {"run_phase", T::String}, {"ref_type", T::String},
                              {"issuer", T::String}, {"subject", T::String}, {"audience", T::String},
                              {"owner", T::Ref, false, {K::Owner}}, review(), {"description", T::String}}});
  s.push_back({.kind = K::Needs, .target = kOpt, .targetKinds = kScopeKinds, .clauses = {C::Because}, .topLevel = false, .parents = {K::Identity, K::Workload},
               .properties = {{"description", T::String}}});
  s.push_back({.kind = K::Grant, .target = kReq, .targetKinds = kScopeKinds,
               .clauses = {C::Because, C::Until, C::When}, .topLevel = false, .parents = {K::Identity},
               .properties = {{"condition", T::String}, {"condition_version", T::String},
                              {"description", T::String}}});
  s.push_back({.kind = K::Suppress, .clauses = {C::Because, C::Until, C::By}, .topLevel = false,
               .parents = {K::Tenant, K::Owner, K::Environment, K::ManagementGroup, K::Subscription,
                           K::ResourceGroup, K::Resource, K::Workload, K::Identity, K::Role, K::Assignment,
                           K::Exemption, K::Control, K::Trust, K::Grant, K::Needs, K::Secret, K::Certificate},
               .properties = {{"reason", T::String}, {"until", T::Date}, {"owner", T::Ref, false, {K::Owner}}}});
  return s;
}

}  // namespace

std::string_view describeKind(DeclKind kind) {
  switch (kind) {
    case K::Tenant: return "a tenant";
    case K::Owner: return "an owner";
    case K::Environment: return "an environment";
    case K::ManagementGroup: return "a management group";
    case K::Subscription: return "a subscription";
    case K::ResourceGroup: return "a resource group";
    case K::Resource: return "a resource";
    case K::Workload: return "a workload";
    case K::Identity: return "an identity";
    case K::Role: return "a role";
    case K::Policy: return "a policy definition";
    case K::Initiative: return "an initiative";
    case K::Assignment: return "a policy assignment";
    case K::Exemption: return "an exemption";
    case K::Control: return "a compensating control";
    case K::Capability: return "a capability";
    case K::Issuer: return "an issuer";
    case K::Secret: return "a secret";
    case K::Certificate: return "a certificate";
    case K::Trust: return "a federated trust";
    case K::Needs: return "a need";
    case K::Grant: return "a grant";
    case K::Suppress: return "a suppression";
  }
  return "a declaration";
}

std::string KindSet::describe() const {
  std::vector<std::string_view> names;
  for (unsigned i = 0; i < 32; ++i) {
    if (bits_ & (1u << i)) names.push_back(describeKind(static_cast<DeclKind>(i)));
  }
  if (names.size() == 4 && contains(K::ManagementGroup) && contains(K::Resource) && contains(K::ResourceGroup) &&
      contains(K::Subscription)) {
    return "a scope (a management group, subscription, resource group or resource)";
  }
  std::string out;
  for (std::size_t i = 0; i < names.size(); ++i) {
    if (i) out += i + 1 == names.size() ? " or " : ", ";
    out += names[i];
  }
  return out;
}

const DeclSpec& specOf(DeclKind kind) {
  static const std::vector<DeclSpec> specs = [] {
    auto built = buildSpecs();
    std::vector<DeclSpec> byKind(built.size());
    for (auto& s : built) byKind[static_cast<std::size_t>(s.kind)] = std::move(s);
    return byKind;
  }();
  return specs[static_cast<std::size_t>(kind)];
}

const PropertySpec* findProperty(const std::vector<PropertySpec>& specs, std::string_view key) {
  for (const PropertySpec& p : specs) {
    if (p.key == key) return &p;
  }
  return nullptr;
}

}  // namespace trustc::sema
