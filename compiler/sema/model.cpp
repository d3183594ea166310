#include "sema/model.h"

namespace trustc::sema {

std::string_view scopeKindKeyword(ScopeKind kind) {
  switch (kind) {
    case ScopeKind::ManagementGroup: return "management_group";
    case ScopeKind::Subscription: return "subscription";
    case ScopeKind::ResourceGroup: return "resource_group";
    case ScopeKind::Resource: return "resource";
  }
  return "";
}

std::string_view identityTypeName(IdentityType type) {
  switch (type) {
    case IdentityType::UserAssigned: return "user_assigned";
    case IdentityType::SystemAssigned: return "system_assigned";
    case IdentityType::ServicePrincipal: return "service_principal";
  }
  return "";
}

std::string_view workloadKindName(WorkloadKind kind) {
  switch (kind) {
    case WorkloadKind::Runtime: return "runtime";
    case WorkloadKind::Deployment: return "deployment";
    case WorkloadKind::Batch: return "batch";
    case WorkloadKind::Evaluation: return "evaluation";
    case WorkloadKind::BreakGlass: return "break-glass";
  }
  return "";
}

Index SemanticModel::environmentOf(Index scope) const {
  for (std::size_t steps = 0; scope != kNone && steps <= scopes.size(); ++steps) {
    if (scopes[scope].environment != kNone) return scopes[scope].environment;
    scope = scopes[scope].parent;
  }
  return kNone;
}

bool SemanticModel::scopeWithin(Index inner, Index outer) const {
  for (std::size_t steps = 0; inner != kNone && steps <= scopes.size(); ++steps) {
    if (inner == outer) return true;
    inner = scopes[inner].parent;
  }
  return false;
}

}  // namespace trustc::sema
