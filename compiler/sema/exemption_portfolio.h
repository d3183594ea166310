// The exemption portfolio: where each exemption stands against today, and the
// clusters of active exemptions on one assignment, one scope subtree or one
// owner. Shared by the exemption rules and `trustc report exemptions`.
#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "sema/model.h"

namespace trustc::sema {

enum class ExemptionStatus { Expired, ExpiringSoon, Active, NoExpiry };
std::string_view statusName(ExemptionStatus status);  // "expired", "expiring-soon", "active", "no-expiry"

// Days from `today` to the expiry date (0: expires today; negative: expired).
// An exemption holds through its expiry date.
std::optional<std::int64_t> daysToExpiry(const Exemption& e, Date today);
ExemptionStatus exemptionStatus(const Exemption& e, Date today, int expiringSoonDays);

enum class ClusterKind { Assignment, Scope, Owner };
std::string_view clusterKindName(ClusterKind kind);  // "assignment", "scope", "owner"

struct ExemptionCluster {
  ClusterKind kind;
  Index subject = kNone;           // into assignments, scopes or owners
  std::vector<Index> exemptions;   // active ones, in declaration order
};

// Clusters of at least `threshold` active (not expired) exemptions: per
// assignment, per owner, and per subscription, resource group or resource
// subtree (management groups span whole organisations). A scope is reported
// when its subtree holds `threshold` or more and no single child's subtree
// holds them all, so a cluster is named at the deepest scope that explains it.
std::vector<ExemptionCluster> findClusters(const SemanticModel& m, Date today, int threshold);

// Where a finding about a declaration's property points: the value, or the
// declaration's name when the property is absent.
Location propertyLocation(const ast::Decl& d, std::string_view key);

}  // namespace trustc::sema
