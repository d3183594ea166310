#include "emit/context.h"

#include <algorithm>

#include "emit/guid.h"
#include "emit/limits.h"
#include "sema/analyzer.h"
#include "sema/literals.h"

namespace trustc::emit {

using sema::IdentityType;
using sema::ScopeKind;

std::string declString(const ast::Decl& d, std::string_view key) {
  const ast::Value* v = sema::propertyValue(d, key);
  return v && v->kind != ast::Value::Kind::List && v->kind != ast::Value::Kind::Object ? v->text
                                                                                       : std::string();
}

std::vector<std::string> declRefs(const ast::Decl& d, std::string_view key) {
  std::vector<std::string> out;
  const ast::Value* v = sema::propertyValue(d, key);
  if (!v) return out;
  if (v->kind != ast::Value::Kind::List) {
    out.push_back(v->text);
    return out;
  }
  for (const ast::Value& item : v->items) out.push_back(item.text);
  return out;
}

Context::Context(const Compilation& comp, DiagnosticSink& sink)
    : c(comp), model(comp.model), diags(sink), ids(comp.model) {
  for (std::size_t i = 0; i < model.scopes.size(); ++i)
    scopesByName_[model.scopes[i].name] = static_cast<Index>(i);
  for (std::size_t i = 0; i < model.owners.size(); ++i)
    ownersByName_[model.owners[i].name] = static_cast<Index>(i);
  preparePrincipals();
  prepareCustomRoles();
  prepareCustomPolicies();
}

Location Context::where(const ast::Decl* d) const {
  if (!d) return {};
  return d->name ? d->name->location : d->location;
}

Location Context::whereProperty(const ast::Decl* d, std::string_view key) const {
  if (d) {
    if (const ast::Value* v = sema::propertyValue(*d, key)) return v->location;
  }
  return where(d);
}

bool Context::claim(std::string key, Location at, std::string message) {
  auto [it, added] = claimed_.try_emplace(std::move(key), at);
  if (added) return true;
  Diagnostic& d = diags.add(DiagKind::DuplicateAzureResource, at, std::move(message));
  d.notes.push_back({it->second, "the same Azure resource comes from here"});
  return false;
}

Index Context::scopeNamed(std::string_view name) const {
  auto it = scopesByName_.find(name);
  return it == scopesByName_.end() ? kNone : it->second;
}

Index Context::ownerNamed(std::string_view name) const {
  auto it = ownersByName_.find(name);
  return it == ownersByName_.end() ? kNone : it->second;
}

std::string Context::identityAzureName(const sema::Identity& id) const {
  std::string name = declString(*id.decl, "name");
  return name.empty() ? id.name : name;
}

Credential Context::credentialOf(const sema::Trust& t) const {
  auto field = [&](const char* key) {
    auto it = t.fields.find(key);
    return it == t.fields.end() ? std::string() : it->second;
  };
  Credential cred{t.issuerUrl, t.subject, field("audience")};
  if (cred.issuer.empty()) cred.issuer = field("issuer");
  if (cred.issuer.empty()) {
    if (const sema::Symbol* s = c.symbols.issuers.find(t.issuer)) cred.issuer = declString(*s->decl, "url");
  }
  if (cred.subject.empty()) cred.subject = field("subject");
  if (cred.audience.empty()) cred.audience = t.audience;
  return cred;
}

void Context::preparePrincipals() {
  principals_.resize(model.identities.size());
  for (std::size_t i = 0; i < model.identities.size(); ++i) {
    const sema::Identity& id = model.identities[i];
    if (id.type == IdentityType::UserAssigned && id.placement != kNone &&
        model.scopes[id.placement].kind == ScopeKind::ResourceGroup) {
      std::string name = identityAzureName(id);
      principals_[i] = Principal{
          .objectId = id.objectId,
          .uamiResourceId = fmt::format("{}/providers/{}/{}", ids.id(id.placement), kUamiType, name),
          .uamiGroup = id.placement,
          .uamiName = name};
      continue;
    }
    if (!id.objectId.empty()) {
      principals_[i] = Principal{.objectId = id.objectId};
      continue;
    }
    if (id.grants.empty() || id.type == IdentityType::UserAssigned) continue;
    bool system = id.type == IdentityType::SystemAssigned;
    Diagnostic& d = diags.error(
        DiagKind::PrincipalIdUnknown, where(id.grants.front().decl),
        "`{}` is granted a role, but the templates cannot know the object id of {}; add `object_id` to `{}`",
        id.name, system ? "a system-assigned identity" : "a service principal", id.name);
    d.notes.push_back({where(id.decl),
                       system
                           ? "read it with `az resource show --ids RESOURCE-ID --query identity.principalId`"
                           : "read it with `az ad sp show --id APP-ID --query id`"});
  }
}

void Context::prepareCustomRoles() {
  for (std::size_t i = 0; i < model.roles.size(); ++i) {
    const sema::Role& r = model.roles[i];
    if (r.builtin) continue;
    Index index = static_cast<Index>(i);
    auto fail = [&](std::string message, std::string note) {
      Diagnostic& d = diags.add(DiagKind::CustomRoleScope, where(r.decl), std::move(message));
      if (!note.empty()) d.notes.push_back({{}, std::move(note)});
      failedRoles_.insert(index);
    };
    std::vector<std::string> raw = declRefs(*r.decl, "assignable_scopes");
    if (r.permissions.empty() && r.assignableScopes.empty() && raw.empty()) {
      if (r.guid.empty()) {
        fail(fmt::format("custom role `{}` has neither a role definition id nor permissions", r.name),
             "give the id of an existing role after its name, or its permissions and `assignable` scopes");
      }
      continue;  // an existing role, referred to by its id
    }
    if (r.assignableScopes.empty()) {
      fail(fmt::format("custom role `{}` has no assignable scope that trustc can deploy it to", r.name),
           "add `assignable = [SCOPE, ...]` naming declared management groups, subscriptions or resource "
           "groups");
      continue;
    }
    if (r.permissions.size() > 1) {
      fail(fmt::format("custom role `{}` has {} permission blocks, but an Azure custom role has one", r.name,
                       r.permissions.size()),
           "merge them into one `permissions` block");
      continue;
    }
    RoleDefinitionPlan plan{.role = index};
    std::vector<Index> groups;
    Index subscription = kNone;
    for (Index s : r.assignableScopes) {
      if (model.scopes[s].kind == ScopeKind::ManagementGroup) {
        if (std::find(groups.begin(), groups.end(), s) == groups.end()) groups.push_back(s);
      } else if (Index sub = ids.ancestor(s, ScopeKind::Subscription); sub != kNone) {
        if (subscription == kNone ||
            lower(model.scopes[sub].azureName) < lower(model.scopes[subscription].azureName)) {
          subscription = sub;
        }
      }
      std::string scopeId = ids.id(s);
      if (std::find(plan.assignableScopes.begin(), plan.assignableScopes.end(), scopeId) ==
          plan.assignableScopes.end()) {
        plan.assignableScopes.push_back(scopeId);
      }
    }
    for (const std::string& s : raw) plan.assignableScopes.push_back(s);
    bool dataActions = !r.permissions.empty() &&
                       (!r.permissions[0].dataActions.empty() || !r.permissions[0].notDataActions.empty());
    if (groups.size() > 1) {
      fail(fmt::format("custom role `{}` is assignable at {} management groups, but Azure allows one", r.name,
                       groups.size()),
           "keep one management group in `assignable`");
      continue;
    }
    if (!groups.empty() && dataActions) continue;  // sema reports it (E0607)
    plan.definitionScope = groups.empty() ? subscription : groups[0];
    if (plan.definitionScope == kNone) continue;  // sema reported the broken scope
    plan.guid = r.guid.empty() ? armGuid({lower(ids.id(plan.definitionScope)), r.name}) : lower(r.guid);
    checkLength(diags, where(r.decl), "the role name", r.name, 512, DiagKind::AzureNameTooLong);
    checkLength(diags, where(r.decl), "the role description", r.description, 2048,
                DiagKind::AzureTextTooLong);
    customRoles_[index] = std::move(plan);
  }
}

std::optional<std::string> Context::roleGuid(Index role) const {
  if (role == kNone || failedRoles_.count(role)) return std::nullopt;
  if (auto it = customRoles_.find(role); it != customRoles_.end()) return it->second.guid;
  const std::string& guid = model.roles[role].guid;
  if (guid.empty()) return std::nullopt;
  return lower(guid);
}

const RoleDefinitionPlan* Context::customRole(Index role) const {
  auto it = customRoles_.find(role);
  return it == customRoles_.end() ? nullptr : &it->second;
}

std::string Context::roleAssignmentName(Index scope, const Principal& p, std::string_view guid) const {
  std::string scopeId = lower(ids.id(scope));
  while (scopeId.size() > 1 && scopeId.back() == '/') scopeId.pop_back();
  return armGuid({scopeId, p.namingId(), lower(guid)});
}

std::string Context::locationOf(Index scope) const {
  for (std::size_t steps = 0; scope != kNone && steps <= model.scopes.size(); ++steps) {
    if (std::string loc = declString(*model.scopes[scope].decl, "location"); !loc.empty()) return loc;
    scope = model.scopes[scope].parent;
  }
  return "";
}

std::string Context::assignmentId(Index assignment) const {
  const sema::Assignment& a = model.assignments[assignment];
  return fmt::format("{}/providers/Microsoft.Authorization/policyAssignments/{}", ids.id(a.scope), a.name);
}

const ast::Decl* Context::policyDeclOf(Index assignment) const {
  const sema::Assignment& a = model.assignments[assignment];
  const sema::Symbol* s = c.symbols.policies.find(a.policy);
  if (!s) s = c.symbols.find(a.policy);
  if (!s || (s->decl->kind != ast::DeclKind::Policy && s->decl->kind != ast::DeclKind::Initiative))
    return nullptr;
  return s->decl;
}

std::optional<PolicyRef> Context::policyOf(Index assignment) const {
  const sema::Assignment& a = model.assignments[assignment];
  if (!a.policyDefinitionId.empty()) return PolicyRef{a.policyDefinitionId, a.initiative};
  const ast::Decl* d = policyDeclOf(assignment);
  if (auto it = customPolicies_.find(d); d && it != customPolicies_.end()) {
    return PolicyRef{it->second.id, false, it->second.scope, it->second.name};
  }
  const sema::Symbol* s = c.symbols.policies.find(a.policy);
  if (!s) s = c.symbols.find(a.policy);
  // Built-in definitions have a tenant-wide id; a custom one's id depends on
  // where it is deployed, and trustc does not deploy definitions.
  if (s && s->decl->builtin && s->decl->label && sema::isGuid(s->decl->label->text)) {
    bool initiative = s->decl->kind == ast::DeclKind::Initiative;
    return PolicyRef{
        fmt::format("/providers/Microsoft.Authorization/{}/{}",
                    initiative ? "policySetDefinitions" : "policyDefinitions", lower(s->decl->label->text)),
        initiative};
  }
  if (!s && sema::isGuid(a.policy)) {
    return PolicyRef{"/providers/Microsoft.Authorization/policyDefinitions/" + lower(a.policy), false};
  }
  return std::nullopt;
}

namespace {

// Management groups deploy first (parents before children), then
// subscriptions, then resource groups: role definitions and policy
// assignments exist before what refers to them.
std::pair<int, std::string> orderKey(const sema::SemanticModel& m, Index scope) {
  const sema::Scope& s = m.scopes[scope];
  switch (s.kind) {
    case ScopeKind::ManagementGroup: {
      int depth = 0;
      for (Index p = s.parent; p != kNone && depth < 99; p = m.scopes[p].parent) ++depth;
      return {depth, s.name};
    }
    case ScopeKind::Subscription: return {100, s.name};
    default: return {200, (s.parent == kNone ? std::string() : m.scopes[s.parent].name) + "/" + s.name};
  }
}

}  // namespace

Template& Context::templateFor(Index deploymentScope) {
  auto key = orderKey(model, deploymentScope);
  auto [it, added] = templates_.try_emplace(key);
  if (added) {
    it->second.scope = deploymentScope;
    it->second.level = ScopeIds::levelOf(model.scopes[deploymentScope].kind);
  }
  return it->second;
}

std::string Context::fileOf(const Template& t) const {
  std::string_view folder = t.level == Level::ManagementGroup ? "management-groups"
                            : t.level == Level::Subscription  ? "subscriptions"
                                                              : "resource-groups";
  return fmt::format("arm/{}/{}.json", folder, model.scopes[t.scope].name);
}

}  // namespace trustc::emit
