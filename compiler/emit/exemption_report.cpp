#include "emit/exemption_report.h"

namespace trustc::emit {

namespace {

bool inside(const Location& at, const Location& decl) {
  return at.valid() && at.file == decl.file && decl.range.begin <= at.range.begin && at.range.begin < decl.range.end;
}

}  // namespace

std::string_view scopeKindName(sema::ScopeKind kind) {
  switch (kind) {
    case sema::ScopeKind::ManagementGroup: return "management group";
    case sema::ScopeKind::Subscription: return "subscription";
    case sema::ScopeKind::ResourceGroup: return "resource group";
    case sema::ScopeKind::Resource: return "resource";
  }
  return "scope";
}

std::string scopePath(const sema::SemanticModel& m, sema::Index scope) {
  std::vector<std::string_view> parts;
  for (std::size_t steps = 0; scope != sema::kNone && steps <= m.scopes.size(); ++steps) {
    parts.push_back(m.scopes[scope].name);
    scope = m.scopes[scope].parent;
  }
  std::string out;
  for (auto it = parts.rbegin(); it != parts.rend(); ++it) out += (out.empty() ? "" : " / ") + std::string(*it);
  return out;
}

Portfolio buildPortfolio(const Compilation& c, const rules::RuleOptions& options) {
  Portfolio p;
  p.asOf = c.today;
  p.options = options;
  const sema::SemanticModel& m = c.model;
  for (std::size_t i = 0; i < m.exemptions.size(); ++i) {
    const sema::Exemption& e = m.exemptions[i];
    PortfolioEntry entry;
    entry.exemption = static_cast<sema::Index>(i);
    entry.daysToExpiry = sema::daysToExpiry(e, c.today);
    entry.status = sema::exemptionStatus(e, c.today, options.expiringSoonDays);
    for (const Diagnostic& d : c.diagnostics.diagnostics()) {
      if (!d.code.empty() && d.code[0] != 'E' && inside(d.location, e.decl->location)) entry.findings.push_back(&d);
    }
    p.entries.push_back(std::move(entry));
  }
  p.clusters = sema::findClusters(m, c.today, options.clusterThreshold);
  return p;
}

}  // namespace trustc::emit
