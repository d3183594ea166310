// inventory.json: what a reviewer asks of the project. Every identity with its
// owner, workloads, environments, trust relationships, grants (with the role
// assignment names the templates use), effective permissions per scope and
// review dates; every policy assignment; every exemption with its days to
// expiry; every control and what depends on it. Days are counted from the
// build's date (--as-of or SOURCE_DATE_EPOCH pins it). inventory_md.cpp
// renders the same document as Markdown.
#include <algorithm>
#include <set>

#include "emit/context.h"
#include "emit/inventory.h"

namespace trustc::emit {

namespace {

using sema::SemanticModel;

Json nameOr(const SemanticModel& m, Index owner) {
  return owner == kNone ? Json() : Json(m.owners[owner].name);
}

Json ownerJson(const SemanticModel& m, Index owner) {
  if (owner == kNone) return Json();
  return Json{{"name", m.owners[owner].name}, {"contact", m.owners[owner].contact}};
}

Json reviewJson(const sema::Review& r, Date today) {
  if (!r.declared) return Json();
  Json out = {{"everyDays", r.everyDays}, {"last", r.last ? Json(r.last->iso()) : Json()}};
  if (r.last) {
    Date next = Date::fromDays(r.last->days() + r.everyDays);
    std::int64_t due = next.days() - today.days();
    out["next"] = next.iso();
    out["daysUntilDue"] = due;
    out["overdue"] = due < 0;
  }
  return out;
}

Json daysTo(std::optional<Date> date, Date today) {
  return date ? Json(date->days() - today.days()) : Json();
}

// `*` matches any run of characters; Azure permission strings compare without case.
bool globMatch(std::string_view pattern, std::string_view text) {
  std::size_t p = 0, t = 0, star = std::string_view::npos, mark = 0;
  auto eq = [](char a, char b) { return lower(std::string_view(&a, 1)) == lower(std::string_view(&b, 1)); };
  while (t < text.size()) {
    if (p < pattern.size() && pattern[p] == '*') {
      star = p++;
      mark = t;
    } else if (p < pattern.size() && eq(pattern[p], text[t])) {
      ++p;
      ++t;
    } else if (star != std::string_view::npos) {
      p = star + 1;
      t = ++mark;
    } else {
      return false;
    }
  }
  while (p < pattern.size() && pattern[p] == '*') ++p;
  return p == pattern.size();
}

// What the roles granted at or above one scope allow together. An exclusion
// (notActions) of one role stays only when no other role grants what it
// excludes, so the result may overstate access but never understates it.
Json effectivePermissions(const std::vector<const sema::Role*>& roles) {
  std::set<std::string> sets[4];
  for (int plane = 0; plane < 2; ++plane) {
    for (const sema::Role* r : roles) {
      for (const sema::PermissionBlock& b : r->permissions) {
        const auto& allow = plane == 0 ? b.actions : b.dataActions;
        const auto& deny = plane == 0 ? b.notActions : b.notDataActions;
        sets[plane * 2].insert(allow.begin(), allow.end());
        for (const std::string& n : deny) {
          bool grantedElsewhere = false;
          for (const sema::Role* other : roles) {
            if (other == r) continue;
            for (const sema::PermissionBlock& ob : other->permissions) {
              const auto& oa = plane == 0 ? ob.actions : ob.dataActions;
              const auto& od = plane == 0 ? ob.notActions : ob.notDataActions;
              bool excluded = std::find(od.begin(), od.end(), n) != od.end();
              for (const std::string& a : oa) grantedElsewhere |= !excluded && globMatch(a, n);
            }
          }
          if (!grantedElsewhere) sets[plane * 2 + 1].insert(n);
        }
      }
    }
  }
  return Json{
      {"actions", sets[0]}, {"notActions", sets[1]}, {"dataActions", sets[2]}, {"notDataActions", sets[3]}};
}

Json identityJson(const Context& ctx, Index index, Date today) {
  const SemanticModel& m = ctx.model;
  const sema::Identity& id = m.identities[index];
  const std::optional<Principal>& p = ctx.principal(index);
  Json out = {{"name", id.name}, {"type", sema::identityTypeName(id.type)}};
  if (id.placement != kNone) {
    out["placement"] = m.scopes[id.placement].name;
    out["resourceId"] =
        p && !p->uamiResourceId.empty() ? Json(p->uamiResourceId) : Json(ctx.ids.id(id.placement));
  }
  if (id.type == sema::IdentityType::UserAssigned) out["azureName"] = ctx.identityAzureName(id);
  out["objectId"] = id.objectId.empty() ? Json() : Json(id.objectId);
  out["clientId"] = id.clientId.empty() ? Json() : Json(id.clientId);
  out["owner"] = ownerJson(m, id.owner);
  Json workloads = Json::array();
  std::set<std::string> environments;
  for (Index w : id.workloads) {
    const sema::Workload& wl = m.workloads[w];
    std::string env = wl.environment == kNone ? "" : m.environments[wl.environment].name;
    if (!env.empty()) environments.insert(env);
    workloads.push_back({{"name", wl.name},
                         {"kind", sema::workloadKindName(wl.kind)},
                         {"environment", env.empty() ? Json() : Json(env)},
                         {"owner", nameOr(m, wl.owner)},
                         {"lifecycle", wl.decommissioned ? "decommissioned" : "active"}});
  }
  for (const sema::Grant& g : id.grants) {
    if (Index e = g.scope == kNone ? kNone : m.environmentOf(g.scope); e != kNone)
      environments.insert(m.environments[e].name);
  }
  out["workloads"] = std::move(workloads);
  out["environments"] = environments;
  out["review"] = reviewJson(id.review, today);

  Json trusts = Json::array();
  for (const sema::Trust& t : id.trusts) {
    Credential cred = ctx.credentialOf(t);
    trusts.push_back({{"name", t.name},
                      {"issuer", t.issuer},
                      {"issuerUrl", cred.issuer},
                      {"subject", cred.subject},
                      {"audience", cred.audience},
                      {"owner", nameOr(m, t.owner)},
                      {"review", reviewJson(t.review, today)},
                      {"deployedBy", id.type == sema::IdentityType::ServicePrincipal ? "graph" : "arm"}});
  }
  out["trusts"] = std::move(trusts);

  Json grants = Json::array();
  std::map<std::string, std::pair<Index, std::vector<const sema::Role*>>> byScope;  // by scope id
  for (const sema::Grant& g : id.grants) {
    if (g.scope == kNone || g.customRole == kNone) continue;
    std::optional<std::string> guid = ctx.roleGuid(g.customRole);
    bool expired = g.expires && *g.expires < today;
    Json grant = {
        {"role", m.roles[g.customRole].name},
        {"roleDefinitionGuid", guid ? Json(*guid) : Json()},
        {"scope", m.scopes[g.scope].name},
        {"scopeId", ctx.ids.id(g.scope)},
        {"justification", g.justification.empty() ? Json() : Json(g.justification)},
        {"condition", g.condition.empty() ? Json() : Json(g.condition)},
        {"expires", g.expires ? Json(g.expires->iso()) : Json()},
        {"expired", expired},
        {"roleAssignmentName", p && guid ? Json(ctx.roleAssignmentName(g.scope, *p, *guid)) : Json()}};
    grants.push_back(std::move(grant));
    if (expired) continue;
    byScope[lower(ctx.ids.id(g.scope))].first = g.scope;
  }
  // Effective permissions at each granted scope, counting grants inherited from above it.
  Json effective = Json::array();
  for (auto& [scopeId, entry] : byScope) {
    std::set<std::string> roleNames;
    for (const sema::Grant& g : id.grants) {
      if (g.scope == kNone || g.customRole == kNone || (g.expires && *g.expires < today)) continue;
      if (!m.scopeWithin(entry.first, g.scope)) continue;
      if (roleNames.insert(m.roles[g.customRole].name).second) entry.second.push_back(&m.roles[g.customRole]);
    }
    Json e = {
        {"scope", m.scopes[entry.first].name}, {"scopeId", ctx.ids.id(entry.first)}, {"roles", roleNames}};
    e.update(effectivePermissions(entry.second));
    effective.push_back(std::move(e));
  }
  out["grants"] = std::move(grants);
  out["effectivePermissions"] = std::move(effective);

  Json secrets = Json::array();
  for (const sema::Secret& s : id.secrets) {
    secrets.push_back({{"name", s.name},
                       {"kind", s.certificate ? "certificate" : "secret"},
                       {"expires", s.expires ? Json(s.expires->iso()) : Json()},
                       {"daysToExpiry", daysTo(s.expires, today)}});
  }
  out["secrets"] = std::move(secrets);
  return out;
}

template <typename T>
std::vector<Index> byName(const std::vector<T>& items) {
  std::vector<Index> order(items.size());
  for (std::size_t i = 0; i < items.size(); ++i) order[i] = static_cast<Index>(i);
  std::sort(order.begin(), order.end(), [&](Index a, Index b) { return items[a].name < items[b].name; });
  return order;
}

}  // namespace

Json inventoryJson(const Context& ctx) {
  const SemanticModel& m = ctx.model;
  Date today = ctx.c.today;
  Json doc = {{"generator", fmt::format("trustc {}", TRUSTC_VERSION)}, {"asOf", today.iso()}};
  doc["tenant"] = m.tenantId.empty() ? Json() : Json(m.tenantId);
  Json identities = Json::array();
  for (Index i : byName(m.identities)) identities.push_back(identityJson(ctx, i, today));
  doc["identities"] = std::move(identities);

  Json assignments = Json::array();
  for (Index i : byName(m.assignments)) {
    const sema::Assignment& a = m.assignments[i];
    std::optional<PolicyRef> policy = ctx.policyOf(i);
    std::vector<std::string> exemptions;
    for (const sema::Exemption& e : m.exemptions) {
      if (e.assignment == i) exemptions.push_back(e.name);
    }
    std::sort(exemptions.begin(), exemptions.end());
    assignments.push_back({{"name", a.name},
                           {"policy", a.policy},
                           {"policyDefinitionId", policy ? Json(policy->definitionId) : Json()},
                           {"scope", a.scope == kNone ? Json() : Json(m.scopes[a.scope].name)},
                           {"scopeId", a.scope == kNone ? Json() : Json(ctx.ids.id(a.scope))},
                           {"effect", a.effect.empty() ? Json() : Json(a.effect)},
                           {"enforcement", a.enforce ? "default" : "do_not_enforce"},
                           {"exemptions", exemptions}});
  }
  doc["policyAssignments"] = std::move(assignments);

  Json exemptions = Json::array();
  for (Index i : byName(m.exemptions)) {
    const sema::Exemption& e = m.exemptions[i];
    std::vector<std::string> controls;
    for (Index c : e.controls) controls.push_back(m.controls[c].name);
    std::optional<std::int64_t> days;
    if (e.expires) days = e.expires->days() - today.days();
    exemptions.push_back(
        {{"name", e.name},
         {"assignment", e.assignment == kNone ? Json() : Json(m.assignments[e.assignment].name)},
         {"scope", e.scope == kNone ? Json() : Json(m.scopes[e.scope].name)},
         {"scopeId", e.scope == kNone ? Json() : Json(ctx.ids.id(e.scope))},
         {"category", e.category == sema::ExemptionCategory::Mitigated ? "mitigated" : "waiver"},
         {"owner", nameOr(m, e.owner)},
         {"created", e.created ? Json(e.created->iso()) : Json()},
         {"expires", e.expires ? Json(e.expires->iso()) : Json()},
         {"daysToExpiry", days ? Json(*days) : Json()},
         {"expired", days && *days < 0},
         {"reason", e.reason},
         {"ticket", e.ticket.empty() ? Json() : Json(e.ticket)},
         {"controls", controls}});
  }
  doc["exemptions"] = std::move(exemptions);

  Json controls = Json::array();
  for (Index i : byName(m.controls)) {
    const sema::Control& c = m.controls[i];
    Json dependents = Json::array();
    for (Index e : byName(m.exemptions)) {
      const auto& cs = m.exemptions[e].controls;
      if (std::find(cs.begin(), cs.end(), i) != cs.end()) {
        dependents.push_back({{"kind", "exemption"}, {"name", m.exemptions[e].name}});
      }
    }
    Json evidence;
    if (!c.evidenceLink.empty())
      evidence = c.evidenceLink;
    else if (c.evidenceDecl)
      evidence = std::string(c.evidenceDecl->nameText());
    controls.push_back({{"name", c.name},
                        {"owner", nameOr(m, c.owner)},
                        {"description", c.description},
                        {"evidence", evidence},
                        {"dependents", std::move(dependents)}});
  }
  doc["controls"] = std::move(controls);
  return doc;
}

void renderInventory(Context& ctx, std::vector<OutputFile>& out) {
  Json doc = inventoryJson(ctx);
  out.push_back({"inventory.json", doc.dump(2) + "\n"});
  out.push_back({"inventory.md", inventoryMarkdown(doc)});
}

}  // namespace trustc::emit
