#include "sema/identity_facts.h"

#include <fmt/format.h>

#include <algorithm>

#include "sema/analyzer.h"
#include "sema/federation.h"

namespace trustc::sema {

using ast::Value;

Location referenceIn(const ast::Decl& d, std::string_view key, std::string_view name) {
  const ast::Property* p = property(d, key);
  if (!p) return d.name ? d.name->location : d.keywordLocation;
  if (p->value.kind != Value::Kind::List) return p->value.location;
  for (const Value& item : p->value.items) {
    if (item.text == name) return item.location;
  }
  return p->value.location;
}

std::string listNames(const std::vector<std::string>& names) {
  std::string out;
  for (std::size_t i = 0; i < names.size(); ++i) {
    if (i) out += i + 1 == names.size() ? " and " : ", ";
    out += fmt::format("`{}`", names[i]);
  }
  return out;
}

namespace {

// The scope whose `environment` a scope inherits ("" when it declares its own, or none).
std::string declaringAncestor(const SemanticModel& m, Index scope) {
  if (scope == kNone || m.scopes[scope].environment != kNone) return "";
  for (Index at = m.scopes[scope].parent; at != kNone; at = m.scopes[at].parent) {
    if (m.scopes[at].environment != kNone) return m.scopes[at].name;
  }
  return "";
}

}  // namespace

std::vector<Use> environmentUses(const SemanticModel& m, const Identity& id) {
  std::vector<Use> uses;
  auto add = [&](Location at, std::string how, Index env, Index scope = kNone) {
    if (env != kNone) uses.push_back({at, std::move(how), env, declaringAncestor(m, scope)});
  };
  for (Index w : id.workloads) {
    add(referenceIn(*id.decl, "workload", m.workloads[w].name),
        fmt::format("workload `{}`", m.workloads[w].name), m.workloads[w].environment);
  }
  if (id.type == IdentityType::SystemAssigned && id.placement != kNone && id.decl->target) {
    add(id.decl->target->location, fmt::format("resource `{}`", m.scopes[id.placement].name),
        m.environmentOf(id.placement), id.placement);
  }
  for (Index r : id.attachedTo) {
    add(referenceIn(*id.decl, "attached_to", m.scopes[r].name),
        fmt::format("attached resource `{}`", m.scopes[r].name), m.environmentOf(r), r);
  }
  for (const Grant& g : id.grants) {
    if (g.scope == kNone || !g.decl->target) continue;
    add(g.decl->target->location, fmt::format("grant on `{}`", m.scopes[g.scope].name),
        m.environmentOf(g.scope), g.scope);
  }
  for (const Trust& t : id.trusts) {
    if (t.cluster == kNone) continue;
    const Value* c = propertyValue(*t.decl, "cluster");
    add(c ? c->location : t.decl->keywordLocation,
        fmt::format("trusted cluster `{}`", m.scopes[t.cluster].name), m.environmentOf(t.cluster), t.cluster);
  }
  return uses;
}

std::vector<Index> environmentsOf(const SemanticModel& m, const Identity& id) {
  std::vector<Index> out;
  for (const Use& u : environmentUses(m, id)) {
    if (std::find(out.begin(), out.end(), u.environment) == out.end()) out.push_back(u.environment);
  }
  return out;
}

bool isProduction(const SemanticModel& m, const Identity& id) {
  for (Index e : environmentsOf(m, id)) {
    if (m.environments[e].production) return true;
  }
  return false;
}

Index effectiveOwner(const SemanticModel& m, const Identity& id) {
  if (id.owner != kNone) return id.owner;
  Index shared = kNone;
  for (Index w : id.workloads) {
    Index o = m.workloads[w].owner;
    if (o == kNone || (shared != kNone && o != shared)) return kNone;
    shared = o;
  }
  return shared;
}

Index effectiveOwner(const SemanticModel& m, const Identity& id, const Trust& t) {
  return t.owner != kNone ? t.owner : effectiveOwner(m, id);
}

std::vector<Use> deployingUses(const SemanticModel& m, const Identity& id) {
  std::vector<Use> uses;
  bool jobsOnly = !id.workloads.empty();
  for (Index w : id.workloads) {
    const Workload& wl = m.workloads[w];
    if (wl.kind == WorkloadKind::Deployment) {
      uses.push_back({referenceIn(*id.decl, "workload", wl.name),
                      fmt::format("workload `{}` is a deployment", wl.name)});
    }
    jobsOnly &= wl.kind == WorkloadKind::Batch || wl.kind == WorkloadKind::Evaluation;
  }
  if (jobsOnly) return uses;
  for (const Trust& t : id.trusts) {
    if (!isPipelineIssuer(t.issuer)) continue;
    uses.push_back({t.decl->keywordLocation,
                    fmt::format("federated credential `{}` trusts a `{}` pipeline", t.name, t.issuer)});
  }
  return uses;
}

std::vector<Use> servingUses(const SemanticModel& m, const Identity& id) {
  std::vector<Use> uses;
  for (Index w : id.workloads) {
    const Workload& wl = m.workloads[w];
    if (wl.kind == WorkloadKind::Runtime) {
      uses.push_back({referenceIn(*id.decl, "workload", wl.name),
                      fmt::format("workload `{}` is a runtime workload", wl.name)});
    }
  }
  if (id.type == IdentityType::SystemAssigned && id.placement != kNone && id.decl->target) {
    uses.push_back({id.decl->target->location,
                    fmt::format("it is the identity of resource `{}`", m.scopes[id.placement].name)});
  }
  for (Index r : id.attachedTo) {
    uses.push_back({referenceIn(*id.decl, "attached_to", m.scopes[r].name),
                    fmt::format("it is attached to resource `{}`", m.scopes[r].name)});
  }
  for (const Trust& t : id.trusts) {
    if (t.issuer != "kubernetes") continue;
    uses.push_back(
        {t.decl->keywordLocation, fmt::format("federated credential `{}` trusts Kubernetes pods", t.name)});
  }
  return uses;
}

}  // namespace trustc::sema
