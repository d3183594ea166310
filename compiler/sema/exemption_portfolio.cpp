#include "sema/exemption_portfolio.h"

#include <algorithm>

namespace trustc::sema {

std::string_view statusName(ExemptionStatus status) {
  switch (status) {
    case ExemptionStatus::Expired: return "expired";
    case ExemptionStatus::ExpiringSoon: return "expiring-soon";
    case ExemptionStatus::Active: return "active";
    case ExemptionStatus::NoExpiry: return "no-expiry";
  }
  return "";
}

std::string_view clusterKindName(ClusterKind kind) {
  switch (kind) {
    case ClusterKind::Assignment: return "assignment";
    case ClusterKind::Scope: return "scope";
    case ClusterKind::Owner: return "owner";
  }
  return "";
}

std::optional<std::int64_t> daysToExpiry(const Exemption& e, Date today) {
  if (!e.expires) return std::nullopt;
  return e.expires->days() - today.days();
}

ExemptionStatus exemptionStatus(const Exemption& e, Date today, int expiringSoonDays) {
  auto days = daysToExpiry(e, today);
  if (!days) return ExemptionStatus::NoExpiry;
  if (*days < 0) return ExemptionStatus::Expired;
  if (*days <= expiringSoonDays) return ExemptionStatus::ExpiringSoon;
  return ExemptionStatus::Active;
}

std::vector<ExemptionCluster> findClusters(const SemanticModel& m, Date today, int threshold) {
  // Active exemptions bucketed by assignment, owner and every scope above them.
  std::vector<std::vector<Index>> byAssignment(m.assignments.size()), byOwner(m.owners.size()),
      byScope(m.scopes.size());
  for (std::size_t i = 0; i < m.exemptions.size(); ++i) {
    const Exemption& e = m.exemptions[i];
    if (auto days = daysToExpiry(e, today); days && *days < 0) continue;
    Index index = static_cast<Index>(i);
    if (e.assignment != kNone) byAssignment[e.assignment].push_back(index);
    if (e.owner != kNone) byOwner[e.owner].push_back(index);
    for (Index s = e.scope, steps = 0; s != kNone && steps <= static_cast<Index>(m.scopes.size());
         s = m.scopes[s].parent, ++steps) {
      byScope[s].push_back(index);
    }
  }
  std::vector<ExemptionCluster> out;
  auto collect = [&](ClusterKind kind, std::vector<std::vector<Index>>& buckets, auto&& explainedByChild) {
    for (std::size_t s = 0; s < buckets.size(); ++s) {
      if (static_cast<int>(buckets[s].size()) < threshold || explainedByChild(s)) continue;
      out.push_back({kind, static_cast<Index>(s), std::move(buckets[s])});
    }
  };
  auto never = [](std::size_t) { return false; };
  collect(ClusterKind::Assignment, byAssignment, never);
  // A scope whose subtree holds exactly what one child's holds is not named: the child is.
  std::vector<std::size_t> scopeCount(byScope.size());
  for (std::size_t s = 0; s < byScope.size(); ++s) scopeCount[s] = byScope[s].size();
  collect(ClusterKind::Scope, byScope, [&](std::size_t s) {
    if (m.scopes[s].kind == ScopeKind::ManagementGroup) return true;  // an organisation, not one team's scope
    return std::any_of(m.scopes[s].children.begin(), m.scopes[s].children.end(),
                       [&](Index child) { return scopeCount[child] == scopeCount[s]; });
  });
  collect(ClusterKind::Owner, byOwner, never);
  return out;
}

Location propertyLocation(const ast::Decl& d, std::string_view key) {
  for (const ast::Property& p : d.properties) {
    if (p.key.text == key) return p.value.location;
  }
  return d.name ? d.name->location : d.keywordLocation;
}

}  // namespace trustc::sema
