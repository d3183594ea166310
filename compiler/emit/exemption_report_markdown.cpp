// The exemption portfolio as Markdown: a summary, every exemption by expiry,
// then the views by assignment, owner and scope, the clusters and the controls.
#include <fmt/format.h>

#include <algorithm>
#include <map>

#include "emit/exemption_report.h"

namespace trustc::emit {

namespace {

using sema::Index;
using sema::kNone;

// Table cells: one line, `|` escaped.
std::string cell(std::string_view text) {
  std::string out;
  for (char ch : text) {
    if (ch == '|') out += "\\|";
    else if (ch == '\n' || ch == '\r') out += ' ';
    else out += ch;
  }
  return out;
}

std::string code(std::string_view name) { return name.empty() ? "" : fmt::format("`{}`", cell(name)); }

class Writer {
 public:
  Writer(std::ostream& out, const Compilation& c, const Portfolio& p) : out_(out), m_(c.model), p_(p) {}

  void write() {
    summary();
    exemptions();
    byAssignment();
    byOwner();
    byScope();
    clusters();
    controls();
  }

 private:
  const sema::Exemption& ex(const PortfolioEntry& e) const { return m_.exemptions[e.exemption]; }
  std::string owner(Index o) const { return o == kNone ? "*(no owner)*" : code(m_.owners[o].name); }
  std::string scope(Index s) const {
    return s == kNone ? "" : fmt::format("{} {}", scopeKindName(m_.scopes[s].kind), code(m_.scopes[s].name));
  }
  std::string expires(const PortfolioEntry& e) const { return ex(e).expires ? ex(e).expires->iso() : "*never*"; }
  std::string days(const PortfolioEntry& e) const {
    if (!e.daysToExpiry) return "—";
    return *e.daysToExpiry < 0 ? fmt::format("expired {} days ago", -*e.daysToExpiry) : std::to_string(*e.daysToExpiry);
  }
  std::string names(const std::vector<Index>& exemptions) const {
    std::vector<std::string> out;
    for (Index i : exemptions) out.push_back(code(m_.exemptions[i].name));
    return fmt::format("{}", fmt::join(out, ", "));
  }
  std::string controlsOf(const sema::Exemption& e) const {
    std::vector<std::string> out;
    for (Index c : e.controls) out.push_back(code(m_.controls[c].name));
    return out.empty() ? "—" : fmt::format("{}", fmt::join(out, ", "));
  }
  std::string findings(const PortfolioEntry& e) const {
    std::vector<std::string> out;
    for (const Diagnostic* d : e.findings) {
      out.push_back(d->suppressed ? fmt::format("~~{}~~ (suppressed)", d->code)
                                  : fmt::format("{} ({})", d->code, severityName(d->severity)));
    }
    return out.empty() ? "—" : fmt::format("{}", fmt::join(out, ", "));
  }
  // A section heading; false (after "None.") when the section has nothing to list.
  bool heading(std::string_view title, bool empty) {
    out_ << "## " << title << "\n\n";
    if (empty) out_ << "None.\n\n";
    return !empty;
  }
  std::size_t count(sema::ExemptionStatus s) const {
    return static_cast<std::size_t>(
        std::count_if(p_.entries.begin(), p_.entries.end(), [&](const PortfolioEntry& e) { return e.status == s; }));
  }

  void summary() {
    using S = sema::ExemptionStatus;
    std::size_t mitigated = static_cast<std::size_t>(std::count_if(
        m_.exemptions.begin(), m_.exemptions.end(),
        [](const sema::Exemption& e) { return e.category == sema::ExemptionCategory::Mitigated; }));
    out_ << "# Exemption portfolio\n\n";
    out_ << fmt::format("As of {}.\n\n", p_.asOf.iso());
    out_ << "| | count |\n|---|---:|\n";
    out_ << fmt::format("| exemptions | {} |\n", m_.exemptions.size());
    out_ << fmt::format("| active, more than {} days left | {} |\n", p_.options.expiringSoonDays, count(S::Active));
    out_ << fmt::format("| expiring within {} days | {} |\n", p_.options.expiringSoonDays, count(S::ExpiringSoon));
    out_ << fmt::format("| expired | {} |\n", count(S::Expired));
    out_ << fmt::format("| never expiring | {} |\n", count(S::NoExpiry));
    out_ << fmt::format("| waivers | {} |\n", m_.exemptions.size() - mitigated);
    out_ << fmt::format("| mitigated | {} |\n", mitigated);
    out_ << fmt::format("| compensating controls | {} |\n", m_.controls.size());
    out_ << fmt::format("| clusters (at least {} active exemptions) | {} |\n\n", p_.options.clusterThreshold,
                        p_.clusters.size());
  }

  // Every exemption, soonest expiry first (expired first, never-expiring last).
  void exemptions() {
    std::vector<const PortfolioEntry*> order;
    for (const PortfolioEntry& e : p_.entries) order.push_back(&e);
    std::stable_sort(order.begin(), order.end(), [](const PortfolioEntry* a, const PortfolioEntry* b) {
      if (a->daysToExpiry.has_value() != b->daysToExpiry.has_value()) return a->daysToExpiry.has_value();
      return a->daysToExpiry.value_or(0) < b->daysToExpiry.value_or(0);
    });
    if (!heading("Exemptions", order.empty())) return;
    out_ << "| exemption | assignment | scope | category | owner | expires | days left | controls | findings | reason |\n";
    out_ << "|---|---|---|---|---|---|---:|---|---|---|\n";
    for (const PortfolioEntry* e : order) {
      const sema::Exemption& x = ex(*e);
      std::string assignment = x.assignment == kNone ? "" : code(m_.assignments[x.assignment].name);
      out_ << fmt::format("| {} | {} | {} | {} | {} | {} | {} | {} | {} | {} |\n", code(x.name), assignment,
                          scope(x.scope), x.category == sema::ExemptionCategory::Mitigated ? "mitigated" : "waiver",
                          owner(x.owner), expires(*e), days(*e), controlsOf(x), findings(*e),
                          x.reason.empty() ? "*(none)*" : cell(x.reason));
    }
    out_ << "\n";
  }

  void byAssignment() {
    out_ << "## By assignment\n\n";
    bool any = false;
    for (std::size_t a = 0; a < m_.assignments.size(); ++a) {
      const sema::Assignment& as = m_.assignments[a];
      std::vector<const PortfolioEntry*> rows;
      for (const PortfolioEntry& e : p_.entries) {
        if (ex(e).assignment == static_cast<Index>(a)) rows.push_back(&e);
      }
      if (rows.empty()) continue;
      any = true;
      std::string policy = as.definition == kNone ? as.policy : m_.policies[as.definition].displayName;
      out_ << fmt::format("### {}: {} at {}\n\n", code(as.name), cell(policy), scope(as.scope));
      if (as.initiative || !as.effect.empty()) {
        out_ << fmt::format("{}{}\n\n", as.initiative ? "An initiative. " : "",
                            as.effect.empty() ? "" : fmt::format("Effect: {}.", as.effect));
      }
      out_ << "| exemption | scope | category | owner | expires | days left | definitions |\n";
      out_ << "|---|---|---|---|---|---:|---|\n";
      for (const PortfolioEntry* e : rows) {
        const sema::Exemption& x = ex(*e);
        std::vector<std::string> defs;
        for (const std::string& d : x.definitionReferenceIds) defs.push_back(code(d));
        out_ << fmt::format("| {} | {} | {} | {} | {} | {} | {} |\n", code(x.name), scope(x.scope),
                            x.category == sema::ExemptionCategory::Mitigated ? "mitigated" : "waiver", owner(x.owner),
                            expires(*e), days(*e), defs.empty() ? "all" : fmt::format("{}", fmt::join(defs, ", ")));
      }
      out_ << "\n";
    }
    if (!any) out_ << "None.\n\n";
  }

  void byOwner() {
    // By owner name; exemptions without an owner last.
    std::map<std::string, std::vector<const PortfolioEntry*>> groups;
    for (const PortfolioEntry& e : p_.entries) {
      Index o = ex(e).owner;
      groups[o == kNone ? std::string("\x7f") : m_.owners[o].name].push_back(&e);
    }
    if (!heading("By owner", groups.empty())) return;
    out_ << "| owner | exemptions | active | expired | next expiry |\n|---|---|---:|---:|---|\n";
    for (const auto& [name, rows] : groups) {
      std::vector<Index> list;
      std::size_t expired = 0;
      std::optional<Date> next;
      for (const PortfolioEntry* e : rows) {
        list.push_back(e->exemption);
        if (e->status == sema::ExemptionStatus::Expired) {
          ++expired;
        } else if (ex(*e).expires && (!next || *ex(*e).expires < *next)) {
          next = ex(*e).expires;
        }
      }
      out_ << fmt::format("| {} | {} | {} | {} | {} |\n", name == "\x7f" ? "*(no owner)*" : code(name), names(list),
                          rows.size() - expired, expired, next ? next->iso() : "—");
    }
    out_ << "\n";
  }

  void byScope() {
    std::map<std::string, std::vector<Index>> groups;  // by scope path
    std::map<std::string, Index> scopeOf;
    for (const PortfolioEntry& e : p_.entries) {
      Index s = ex(e).scope;
      if (s == kNone) continue;
      std::string path = scopePath(m_, s);
      groups[path].push_back(e.exemption);
      scopeOf[path] = s;
    }
    if (!heading("By scope", groups.empty())) return;
    out_ << "| scope | kind | exemptions |\n|---|---|---|\n";
    for (const auto& [path, list] : groups) {
      out_ << fmt::format("| {} | {} | {} |\n", code(path), scopeKindName(m_.scopes[scopeOf[path]].kind), names(list));
    }
    out_ << "\n";
  }

  void clusters() {
    out_ << "## Clusters\n\n";
    if (p_.clusters.empty()) {
      out_ << fmt::format("None: no assignment, owner, subscription or resource group has {} or more active "
                          "exemptions.\n\n",
                          p_.options.clusterThreshold);
      return;
    }
    for (const sema::ExemptionCluster& c : p_.clusters) {
      std::string subject;
      switch (c.kind) {
        case sema::ClusterKind::Assignment: subject = "assignment " + code(m_.assignments[c.subject].name); break;
        case sema::ClusterKind::Scope: subject = scope(c.subject) + " and the scopes inside it"; break;
        case sema::ClusterKind::Owner: subject = "owner " + code(m_.owners[c.subject].name); break;
      }
      out_ << fmt::format("- {}: {} active exemptions: {}\n", subject, c.exemptions.size(), names(c.exemptions));
    }
    out_ << "\n";
  }

  void controls() {
    out_ << "## Compensating controls\n\n";
    if (m_.controls.empty()) {
      out_ << "None.\n";
      return;
    }
    out_ << "| control | owner | evidence | used by | description |\n|---|---|---|---|---|\n";
    for (std::size_t i = 0; i < m_.controls.size(); ++i) {
      const sema::Control& c = m_.controls[i];
      std::vector<Index> users;
      for (std::size_t e = 0; e < m_.exemptions.size(); ++e) {
        const auto& cs = m_.exemptions[e].controls;
        if (std::find(cs.begin(), cs.end(), static_cast<Index>(i)) != cs.end()) users.push_back(static_cast<Index>(e));
      }
      std::string evidence = !c.evidenceLink.empty() ? cell(c.evidenceLink)
                             : c.evidenceDecl        ? code(c.evidenceDecl->nameText())
                                                     : "*(none)*";
      out_ << fmt::format("| {} | {} | {} | {} | {} |\n", code(c.name), owner(c.owner), evidence,
                          users.empty() ? "*(nothing)*" : names(users), cell(c.description));
    }
  }

  std::ostream& out_;
  const sema::SemanticModel& m_;
  const Portfolio& p_;
};

}  // namespace

void writeMarkdown(std::ostream& out, const Compilation& c, const Portfolio& p) { Writer(out, c, p).write(); }

}  // namespace trustc::emit
