#include "sema/model.h"

#include <utility>

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
  if (inner == kNone || outer == kNone) return false;
  if (scopeFirst.size() == scopes.size()) {
    return scopeFirst[outer] <= scopeFirst[inner] && scopeFirst[inner] <= scopeLast[outer];
  }
  for (std::size_t steps = 0; inner != kNone && steps <= scopes.size(); ++steps) {
    if (inner == outer) return true;
    inner = scopes[inner].parent;
  }
  return false;
}

void SemanticModel::numberScopes() {
  scopeFirst.assign(scopes.size(), 0);
  scopeLast.assign(scopes.size(), 0);
  std::uint32_t next = 0;
  // Iterative, so that a deep chain of `in` cannot exhaust the stack.
  std::vector<std::pair<Index, std::size_t>> stack;  // scope, next child
  for (std::size_t root = 0; root < scopes.size(); ++root) {
    if (scopes[root].parent != kNone) continue;
    stack.push_back({static_cast<Index>(root), 0});
    scopeFirst[root] = next++;
    while (!stack.empty()) {
      auto& [s, child] = stack.back();
      if (child < scopes[s].children.size()) {
        Index c = scopes[s].children[child++];
        scopeFirst[c] = next++;
        stack.push_back({c, 0});
      } else {
        scopeLast[s] = next - 1;
        stack.pop_back();
      }
    }
  }
  // A scope left out (only in a cycle, which the analysis breaks and
  // reports) falls back to the walk: no numbering at all.
  if (next != scopes.size()) {
    scopeFirst.clear();
    scopeLast.clear();
  }
}

}  // namespace trustc::sema
