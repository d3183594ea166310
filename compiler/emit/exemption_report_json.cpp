// The exemption portfolio as one JSON document (keys in a fixed order).
#include <nlohmann/json.hpp>

#include <algorithm>
#include <map>

#include "emit/exemption_report.h"

namespace trustc::emit {

namespace {

using nlohmann::ordered_json;
using sema::Index;
using sema::kNone;

ordered_json nameOr(Index i, auto&& name) { return i == kNone ? ordered_json(nullptr) : ordered_json(name(i)); }

ordered_json exemptionJson(const Compilation& c, const PortfolioEntry& entry) {
  const sema::SemanticModel& m = c.model;
  const sema::Exemption& e = m.exemptions[entry.exemption];
  ordered_json j;
  j["name"] = e.name;
  j["file"] = c.sources.file(e.decl->location.file).path();
  j["line"] = e.decl->location.range.begin.line;
  j["assignment"] = nameOr(e.assignment, [&](Index a) { return m.assignments[a].name; });
  const sema::Assignment* a = e.assignment == kNone ? nullptr : &m.assignments[e.assignment];
  const sema::PolicyDefinition* def = a && a->definition != kNone ? &m.policies[a->definition] : nullptr;
  j["policy"] = def ? ordered_json(def->displayName) : ordered_json(nullptr);
  j["policy_definition_id"] = a && !a->policyDefinitionId.empty() ? ordered_json(a->policyDefinitionId) : nullptr;
  j["scope"] = nameOr(e.scope, [&](Index s) { return m.scopes[s].name; });
  j["scope_kind"] = nameOr(e.scope, [&](Index s) { return std::string(scopeKindName(m.scopes[s].kind)); });
  j["scope_path"] = nameOr(e.scope, [&](Index s) { return scopePath(m, s); });
  j["category"] = e.category == sema::ExemptionCategory::Mitigated ? "mitigated" : "waiver";
  j["owner"] = nameOr(e.owner, [&](Index o) { return m.owners[o].name; });
  j["created"] = e.created ? ordered_json(e.created->iso()) : nullptr;
  j["expires"] = e.expires ? ordered_json(e.expires->iso()) : nullptr;
  j["days_to_expiry"] = entry.daysToExpiry ? ordered_json(*entry.daysToExpiry) : nullptr;
  j["status"] = sema::statusName(entry.status);
  j["reason"] = e.reason;
  j["ticket"] = e.ticket.empty() ? ordered_json(nullptr) : ordered_json(e.ticket);
  ordered_json controls = ordered_json::array();
  for (Index i : e.controls) controls.push_back(m.controls[i].name);
  j["controls"] = std::move(controls);
  j["definitions"] = e.definitionReferenceIds;
  ordered_json findings = ordered_json::array();
  for (const Diagnostic* d : entry.findings) {
    ordered_json f;
    f["rule"] = d->code;
    f["severity"] = severityName(d->severity);
    f["message"] = d->message;
    f["suppressed"] = d->suppressed;
    if (d->suppressed) f["justification"] = d->suppressionReason;
    findings.push_back(std::move(f));
  }
  j["findings"] = std::move(findings);
  return j;
}

ordered_json names(const sema::SemanticModel& m, const std::vector<Index>& exemptions) {
  ordered_json out = ordered_json::array();
  for (Index i : exemptions) out.push_back(m.exemptions[i].name);
  return out;
}

}  // namespace

void writeJson(std::ostream& out, const Compilation& c, const Portfolio& p) {
  const sema::SemanticModel& m = c.model;
  ordered_json doc;
  doc["as_of"] = p.asOf.iso();
  doc["options"] = {{"expiring_soon_days", p.options.expiringSoonDays},
                    {"max_exemption_days", p.options.maxExemptionDays},
                    {"cluster_threshold", p.options.clusterThreshold}};
  std::map<std::string, int> counts;
  for (const PortfolioEntry& e : p.entries) ++counts[std::string(sema::statusName(e.status))];
  ordered_json summary;
  summary["exemptions"] = p.entries.size();
  for (auto s : {sema::ExemptionStatus::Active, sema::ExemptionStatus::ExpiringSoon, sema::ExemptionStatus::Expired,
                 sema::ExemptionStatus::NoExpiry}) {
    std::string key(sema::statusName(s));
    std::replace(key.begin(), key.end(), '-', '_');
    summary[key] = counts[std::string(sema::statusName(s))];
  }
  summary["controls"] = m.controls.size();
  summary["clusters"] = p.clusters.size();
  doc["summary"] = std::move(summary);

  ordered_json exemptions = ordered_json::array();
  for (const PortfolioEntry& e : p.entries) exemptions.push_back(exemptionJson(c, e));
  doc["exemptions"] = std::move(exemptions);

  ordered_json byAssignment = ordered_json::array();
  for (std::size_t a = 0; a < m.assignments.size(); ++a) {
    std::vector<Index> list;
    for (const PortfolioEntry& e : p.entries) {
      if (m.exemptions[e.exemption].assignment == static_cast<Index>(a)) list.push_back(e.exemption);
    }
    if (list.empty()) continue;
    const sema::Assignment& as = m.assignments[a];
    byAssignment.push_back({{"assignment", as.name},
                            {"policy", as.definition == kNone ? as.policy : m.policies[as.definition].displayName},
                            {"scope", nameOr(as.scope, [&](Index s) { return m.scopes[s].name; })},
                            {"exemptions", names(m, list)}});
  }
  doc["by_assignment"] = std::move(byAssignment);

  std::map<std::string, std::vector<Index>> owners, scopes;
  for (const PortfolioEntry& e : p.entries) {
    const sema::Exemption& x = m.exemptions[e.exemption];
    if (x.owner != kNone) owners[m.owners[x.owner].name].push_back(e.exemption);
    if (x.scope != kNone) scopes[scopePath(m, x.scope)].push_back(e.exemption);
  }
  ordered_json byOwner = ordered_json::array();
  for (const auto& [name, list] : owners) byOwner.push_back({{"owner", name}, {"exemptions", names(m, list)}});
  std::vector<Index> ownerless;
  for (const PortfolioEntry& e : p.entries) {
    if (m.exemptions[e.exemption].owner == kNone) ownerless.push_back(e.exemption);
  }
  if (!ownerless.empty()) byOwner.push_back({{"owner", nullptr}, {"exemptions", names(m, ownerless)}});
  doc["by_owner"] = std::move(byOwner);
  ordered_json byScope = ordered_json::array();
  for (const auto& [path, list] : scopes) byScope.push_back({{"scope_path", path}, {"exemptions", names(m, list)}});
  doc["by_scope"] = std::move(byScope);

  ordered_json clusters = ordered_json::array();
  for (const sema::ExemptionCluster& cl : p.clusters) {
    std::string subject = cl.kind == sema::ClusterKind::Assignment ? m.assignments[cl.subject].name
                          : cl.kind == sema::ClusterKind::Scope    ? m.scopes[cl.subject].name
                                                                   : m.owners[cl.subject].name;
    clusters.push_back(
        {{"kind", sema::clusterKindName(cl.kind)}, {"subject", subject}, {"exemptions", names(m, cl.exemptions)}});
  }
  doc["clusters"] = std::move(clusters);

  ordered_json controls = ordered_json::array();
  for (std::size_t i = 0; i < m.controls.size(); ++i) {
    const sema::Control& ctl = m.controls[i];
    std::vector<Index> users;
    for (std::size_t e = 0; e < m.exemptions.size(); ++e) {
      for (Index used : m.exemptions[e].controls) {
        if (used == static_cast<Index>(i)) users.push_back(static_cast<Index>(e));
      }
    }
    ordered_json evidence = nullptr;
    if (!ctl.evidenceLink.empty()) evidence = {{"link", ctl.evidenceLink}};
    else if (ctl.evidenceDecl) evidence = {{"object", std::string(ctl.evidenceDecl->nameText())}};
    controls.push_back({{"name", ctl.name},
                        {"owner", nameOr(ctl.owner, [&](Index o) { return m.owners[o].name; })},
                        {"description", ctl.description},
                        {"evidence", evidence},
                        {"used_by", names(m, users)}});
  }
  doc["controls"] = std::move(controls);
  out << doc.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
}

}  // namespace trustc::emit
