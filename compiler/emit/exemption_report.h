// `trustc report exemptions`: the exemption portfolio of a compiled project,
// as Markdown for reviewers and as JSON for tools. Built from the semantic
// model, the lint findings and the rule options (expiring-soon window,
// cluster threshold).
#pragma once

#include <ostream>
#include <string>
#include <vector>

#include "rules/config.h"
#include "sema/compilation.h"
#include "sema/exemption_portfolio.h"

namespace trustc::emit {

struct PortfolioEntry {
  sema::Index exemption = sema::kNone;
  std::optional<std::int64_t> daysToExpiry;
  sema::ExemptionStatus status = sema::ExemptionStatus::Active;
  std::vector<const Diagnostic*> findings;  // lint findings inside the exemption's declaration
};

struct Portfolio {
  Date asOf;
  rules::RuleOptions options;
  std::vector<PortfolioEntry> entries;  // in declaration order
  std::vector<sema::ExemptionCluster> clusters;
};

// The portfolio of a compilation whose rules have run (findings are read from its diagnostics).
Portfolio buildPortfolio(const Compilation& c, const rules::RuleOptions& options);

// "corp / ai-prod / rg-ai": the scope and its ancestors, outermost first.
std::string scopePath(const sema::SemanticModel& m, sema::Index scope);
std::string_view scopeKindName(sema::ScopeKind kind);  // "management group", ...

void writeMarkdown(std::ostream& out, const Compilation& c, const Portfolio& p);
void writeJson(std::ostream& out, const Compilation& c, const Portfolio& p);

}  // namespace trustc::emit
