// The exemption portfolio: expiry status at its boundaries, and clusters named
// at the deepest scope that explains them.
#include "sema/exemption_portfolio.h"

#include <gtest/gtest.h>

namespace trustc::sema {
namespace {

Date day(std::string_view iso) { return *parseDate(iso); }

Exemption expiring(std::optional<std::string_view> iso) {
  Exemption e;
  if (iso) e.expires = day(*iso);
  return e;
}

TEST(ExemptionPortfolio, StatusBoundaries) {
  Date today = day("2026-11-22");
  EXPECT_EQ(exemptionStatus(expiring("2026-11-21"), today, 14), ExemptionStatus::Expired);
  EXPECT_EQ(exemptionStatus(expiring("2026-11-22"), today, 14),
            ExemptionStatus::ExpiringSoon);  // holds through today
  EXPECT_EQ(exemptionStatus(expiring("2026-12-06"), today, 14), ExemptionStatus::ExpiringSoon);
  EXPECT_EQ(exemptionStatus(expiring("2026-12-07"), today, 14), ExemptionStatus::Active);
  EXPECT_EQ(exemptionStatus(expiring(std::nullopt), today, 14), ExemptionStatus::NoExpiry);
  EXPECT_EQ(daysToExpiry(expiring("2027-02-20"), today), 90);
  EXPECT_EQ(daysToExpiry(expiring(std::nullopt), today), std::nullopt);
}

// mg ─ sub ─┬─ rg-a ─ res-1, res-2
//           └─ rg-b
struct Tree {
  SemanticModel m;
  Tree() {
    auto add = [&](std::string name, ScopeKind kind, Index parent) {
      Scope s;
      s.name = std::move(name);
      s.kind = kind;
      s.parent = parent;
      m.scopes.push_back(s);
      Index i = static_cast<Index>(m.scopes.size() - 1);
      if (parent != kNone) m.scopes[parent].children.push_back(i);
      return i;
    };
    Index mg = add("mg", ScopeKind::ManagementGroup, kNone);
    Index sub = add("sub", ScopeKind::Subscription, mg);
    Index rgA = add("rg-a", ScopeKind::ResourceGroup, sub);
    add("res-1", ScopeKind::Resource, rgA);
    add("res-2", ScopeKind::Resource, rgA);
    add("rg-b", ScopeKind::ResourceGroup, sub);
    m.assignments.resize(3);
    m.owners.resize(3);
  }
  void exempt(Index scope, Index assignment, Index owner,
              std::optional<std::string_view> expires = "2027-01-31") {
    Exemption e = expiring(expires);
    e.scope = scope;
    e.assignment = assignment;
    e.owner = owner;
    m.exemptions.push_back(e);
  }
};

TEST(ExemptionPortfolio, ClustersAtTheDeepestScopeThatExplainsThem) {
  Tree t;
  t.exempt(3, 0, 0);  // res-1
  t.exempt(4, 1, 1);  // res-2
  t.exempt(2, 2, 2);  // rg-a
  auto clusters = findClusters(t.m, day("2026-11-22"), 3);
  ASSERT_EQ(clusters.size(), 1u);  // rg-a; not sub or mg (same three), not an assignment or owner
  EXPECT_EQ(clusters[0].kind, ClusterKind::Scope);
  EXPECT_EQ(clusters[0].subject, 2);
  EXPECT_EQ(clusters[0].exemptions, (std::vector<Index>{0, 1, 2}));

  t.exempt(5, 0, 0);  // rg-b: now the subscription holds four, more than rg-a
  clusters = findClusters(t.m, day("2026-11-22"), 3);
  ASSERT_EQ(clusters.size(), 2u);
  EXPECT_EQ(clusters[0].subject, 1);  // sub (scopes in index order)
  EXPECT_EQ(clusters[1].subject, 2);  // rg-a
}

TEST(ExemptionPortfolio, ExpiredExemptionsDoNotCountAndManagementGroupsAreNotClusters) {
  Tree t;
  t.exempt(3, 0, 0);
  t.exempt(5, 0, 0);
  t.exempt(2, 0, 0, "2026-11-01");  // expired
  EXPECT_TRUE(findClusters(t.m, day("2026-11-22"), 3).empty());
  t.exempt(1, 0, 0, std::nullopt);  // never expires: active
  auto clusters = findClusters(t.m, day("2026-11-22"), 3);
  ASSERT_EQ(clusters.size(), 3u);
  EXPECT_EQ(clusters[0].kind, ClusterKind::Assignment);
  EXPECT_EQ(clusters[1].kind, ClusterKind::Scope);
  EXPECT_EQ(clusters[1].subject, 1);  // the subscription, not the management group above it
  EXPECT_EQ(clusters[2].kind, ClusterKind::Owner);
  EXPECT_EQ(clusters[2].exemptions, (std::vector<Index>{0, 1, 3}));
}

}  // namespace
}  // namespace trustc::sema
