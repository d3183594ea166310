#include "emit/azure.h"

#include <fmt/format.h>

namespace trustc::emit {

using sema::ScopeKind;

std::string_view schemaOf(Level level) {
  switch (level) {
    case Level::Tenant:
      return "https://schema.management.azure.com/schemas/2019-08-01/tenantDeploymentTemplate.json#";
    case Level::ManagementGroup:
      return "https://schema.management.azure.com/schemas/2019-08-01/managementGroupDeploymentTemplate.json#";
    case Level::Subscription:
      return "https://schema.management.azure.com/schemas/2018-05-01/subscriptionDeploymentTemplate.json#";
    case Level::ResourceGroup:
      return "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#";
  }
  return "";
}

std::string_view levelName(Level level) {
  switch (level) {
    case Level::Tenant: return "tenant";
    case Level::ManagementGroup: return "managementGroup";
    case Level::Subscription: return "subscription";
    case Level::ResourceGroup: return "resourceGroup";
  }
  return "";
}

std::string armLiteral(std::string_view text) {
  std::string out(text);
  if (!out.empty() && out[0] == '[') out.insert(out.begin(), '[');
  return out;
}

std::string armQuoted(std::string_view text) {
  std::string out = "'";
  for (char ch : text) {
    if (ch == '\'') out += '\'';
    out += ch;
  }
  return out + "'";
}

std::string lower(std::string_view text) {
  std::string out(text);
  for (char& ch : out) {
    if (ch >= 'A' && ch <= 'Z') ch = static_cast<char>(ch - 'A' + 'a');
  }
  return out;
}

namespace {

std::vector<std::string_view> split(std::string_view text, char sep) {
  std::vector<std::string_view> parts;
  std::size_t start = 0;
  for (std::size_t i = 0; i <= text.size(); ++i) {
    if (i == text.size() || text[i] == sep) {
      parts.push_back(text.substr(start, i - start));
      start = i + 1;
    }
  }
  return parts;
}

}  // namespace

Level ScopeIds::levelOf(ScopeKind kind) {
  switch (kind) {
    case ScopeKind::ManagementGroup: return Level::ManagementGroup;
    case ScopeKind::Subscription: return Level::Subscription;
    default: return Level::ResourceGroup;
  }
}

Index ScopeIds::ancestor(Index scope, ScopeKind kind) const {
  for (std::size_t steps = 0; scope != kNone && steps <= m_.scopes.size(); ++steps) {
    if (m_.scopes[scope].kind == kind) return scope;
    scope = m_.scopes[scope].parent;
  }
  return kNone;
}

Index ScopeIds::deploymentScope(Index scope) const {
  return m_.scopes[scope].kind == ScopeKind::Resource ? ancestor(scope, ScopeKind::ResourceGroup) : scope;
}

bool ScopeIds::resourceNameFits(Index resource) const {
  const sema::Scope& s = m_.scopes[resource];
  auto types = split(s.resourceType, '/');
  return types.size() >= 2 && split(s.azureName, '/').size() == types.size() - 1;
}

std::string ScopeIds::relativeResource(Index resource) const {
  const sema::Scope& s = m_.scopes[resource];
  auto types = split(s.resourceType, '/');
  auto names = split(s.azureName, '/');
  std::string out(types.empty() ? std::string_view() : types[0]);
  for (std::size_t i = 1; i < types.size(); ++i) {
    out += fmt::format("/{}/{}", types[i], i - 1 < names.size() ? names[i - 1] : std::string_view());
  }
  return out;
}

std::string ScopeIds::id(Index scope) const {
  const sema::Scope& s = m_.scopes[scope];
  switch (s.kind) {
    case ScopeKind::ManagementGroup: return "/providers/Microsoft.Management/managementGroups/" + s.azureName;
    case ScopeKind::Subscription: return "/subscriptions/" + s.azureName;
    case ScopeKind::ResourceGroup:
      return (s.parent == kNone ? std::string() : id(s.parent)) + "/resourceGroups/" + s.azureName;
    case ScopeKind::Resource:
      return (s.parent == kNone ? std::string() : id(s.parent)) + "/providers/" + relativeResource(scope);
  }
  return "";
}

}  // namespace trustc::emit
