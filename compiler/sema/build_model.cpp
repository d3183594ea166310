#include <fmt/format.h>

#include "sema/analyzer.h"
#include "sema/federation.h"
#include "sema/permissions.h"
#include "sema/secrets.h"

namespace trustc::sema {

using ast::Decl;
using ast::DeclKind;
using ast::Value;

std::string stringOf(const Decl& d, std::string_view key) {
  const Value* v = propertyValue(d, key);
  return v && v->kind != Value::Kind::Object && v->kind != Value::Kind::List ? v->text : std::string();
}

std::optional<Date> dateOf(const Value* v) {
  if (!v || v->kind != Value::Kind::Date) return std::nullopt;
  return parseDate(v->text);
}

std::vector<std::string> stringsOf(const Value* v) {
  std::vector<std::string> out;
  if (!v) return out;
  if (v->kind == Value::Kind::String) out.push_back(v->text);
  for (const Value& item : v->items) {
    if (item.kind == Value::Kind::String) out.push_back(item.text);
  }
  return out;
}

namespace {

Review reviewOf(const Value* v) {
  Review r;
  if (!v || v->kind != Value::Kind::Object) return r;
  r.declared = true;
  r.location = v->location;
  if (const Value* every = fieldValue(*v, "every"); every && every->kind == Value::Kind::Duration) {
    r.everyDays = parseDurationDays(every->text).value_or(0);
  }
  r.last = dateOf(fieldValue(*v, "last"));
  return r;
}

ScopeKind scopeKindOf(DeclKind k) {
  switch (k) {
    case DeclKind::ManagementGroup: return ScopeKind::ManagementGroup;
    case DeclKind::Subscription: return ScopeKind::Subscription;
    case DeclKind::ResourceGroup: return ScopeKind::ResourceGroup;
    default: return ScopeKind::Resource;
  }
}

}  // namespace

Index Analyzer::indexOfDecl(const Decl* d) const {
  auto it = modelIndex_.find(d);
  return it == modelIndex_.end() ? kNone : it->second;
}

Index Analyzer::indexOf(const Value* ref) const {
  if (!ref) return kNone;
  auto it = resolved_.find(ref);
  return it == resolved_.end() ? kNone : indexOfDecl(it->second->decl);
}

std::vector<Index> Analyzer::indicesOf(const Value* refs) const {
  std::vector<Index> out;
  if (!refs) return out;
  if (refs->kind != Value::Kind::List) {
    if (Index i = indexOf(refs); i != kNone) out.push_back(i);
    return out;
  }
  for (const Value& item : refs->items) {
    if (Index i = indexOf(&item); i != kNone) out.push_back(i);
  }
  return out;
}

void Analyzer::buildScopes() {
  SemanticModel& m = c_.model;
  for (const Decl* d : userDecls_) {
    if (!kScopeKinds.contains(d->kind) || !d->name) continue;
    Scope s;
    s.decl = d;
    s.kind = scopeKindOf(d->kind);
    s.name = d->name->text;
    s.azureName = s.name;
    if (d->kind == DeclKind::Resource) {
      s.resourceType = d->label ? d->label->text : "";
      if (std::string n = stringOf(*d, "name"); !n.empty()) s.azureName = n;
    } else if (d->label) {
      s.azureName = d->label->text;
    }
    modelIndex_[d] = static_cast<Index>(m.scopes.size());
    m.scopes.push_back(std::move(s));
  }
  for (Scope& s : m.scopes) {
    const Decl& d = *s.decl;
    auto lexical = parents_.find(&d);
    const Decl* nestedIn =
        lexical != parents_.end() && kScopeKinds.contains(lexical->second->kind) ? lexical->second : nullptr;
    if (nestedIn && d.target) {
      diags_.error(DiagKind::MisplacedDeclaration, d.target->location,
                   "{} `{}` is nested inside `{}` and also placed `in {}`; keep one", describeKind(d.kind),
                   s.name, nestedIn->nameText(), d.target->text);
    }
    s.parent = nestedIn ? indexOfDecl(nestedIn) : indexOf(d.target ? &*d.target : nullptr);
    s.environment = indexOf(propertyValue(d, "environment"));
    bool needsParent = d.kind == DeclKind::ResourceGroup || d.kind == DeclKind::Resource;
    if (needsParent && s.parent == kNone && !(d.target && !resolved_.count(&*d.target))) {
      const DeclSpec& spec = specOf(d.kind);
      Diagnostic& diag = diags_.error(DiagKind::ImpossibleScope, d.name->location, "{} `{}` is not inside {}",
                                      describeKind(d.kind), s.name, spec.parents.describe());
      diag.notes.push_back(
          {{}, fmt::format("nest it in one, or write `{} {} in NAME`", ast::keyword(d.kind), s.name)});
    }
  }
  // Parents, children, and cycles through `in`.
  for (std::size_t i = 0; i < m.scopes.size(); ++i) {
    Index at = m.scopes[i].parent;
    std::string chain = m.scopes[i].name;
    // A cycle that `i` only leads into is reported at one of its members.
    for (std::size_t steps = 0; at != kNone && steps <= m.scopes.size(); ++steps) {
      chain += " -> " + m.scopes[at].name;
      if (at == static_cast<Index>(i)) {
        Diagnostic& d = diags_.error(DiagKind::ScopeCycle, m.scopes[i].decl->name->location,
                                     "`{}` is placed inside itself through `in`", m.scopes[i].name);
        d.notes.push_back({{}, fmt::format("the placements go round: {}", chain)});
        m.scopes[i].parent = kNone;
        break;
      }
      at = m.scopes[at].parent;
    }
    if (m.scopes[i].parent != kNone) m.scopes[m.scopes[i].parent].children.push_back(static_cast<Index>(i));
  }
  m.numberScopes();
}

Need Analyzer::buildNeed(const Decl& d) const {
  Need n;
  n.decl = &d;
  n.permission = std::string(d.nameText());
  n.isCapability = d.name && d.name->kind == Value::Kind::Ref;
  n.scope = indexOf(d.target ? &*d.target : nullptr);
  if (n.isCapability) {
    if (auto it = resolved_.find(&*d.name); it != resolved_.end()) {
      n.capabilityActions = stringsOf(propertyValue(*it->second->decl, "actions"));
      n.capabilityDataActions = stringsOf(propertyValue(*it->second->decl, "data_actions"));
    }
  }
  return n;
}

void Analyzer::buildIdentity(const Decl& d) {
  SemanticModel& m = c_.model;
  Identity id;
  id.decl = &d;
  id.name = std::string(d.nameText());
  std::string type = d.type ? d.type->text : "user_assigned";
  id.type = type == "system_assigned"     ? IdentityType::SystemAssigned
            : type == "service_principal" ? IdentityType::ServicePrincipal
                                          : IdentityType::UserAssigned;
  id.placement = indexOf(d.target ? &*d.target : nullptr);
  // Where each kind of identity lives.
  if (d.type && d.name) {
    auto require = [&](DeclKind kind, bool on, std::string_view how) {
      if (!d.target) {
        if (d.incomplete) return;
        diags_.error(DiagKind::MissingName, d.name->location, "a {} identity needs `{}`", type, how);
      } else if (d.targetIsOn != on) {
        diags_.error(DiagKind::MisplacedDeclaration, d.target->location, "a {} identity is placed with `{}`",
                     type, how);
      } else if (id.placement != kNone && m.scopes[id.placement].decl->kind != kind) {
        diags_.error(DiagKind::WrongKind, d.target->location, "a {} identity lives {}, but `{}` is {}", type,
                     kind == DeclKind::ResourceGroup ? "in a resource group" : "on a resource",
                     d.target->text, describeKind(m.scopes[id.placement].decl->kind));
      }
    };
    if (id.type == IdentityType::UserAssigned)
      require(DeclKind::ResourceGroup, false, "in RESOURCE-GROUP");
    else if (id.type == IdentityType::SystemAssigned)
      require(DeclKind::Resource, true, "on RESOURCE");
    else if (d.target) {
      diags_.error(DiagKind::MisplacedDeclaration, d.target->location,
                   "a service principal is not placed in a scope; remove `{} {}`", d.targetIsOn ? "on" : "in",
                   d.target->text);
    }
  }
  if (const Value* w = propertyValue(d, "workload")) {
    if (w->kind == Value::Kind::List) {
      for (const Value& item : w->items) {
        if (Index i = indexOf(&item); i != kNone) id.workloads.push_back(i);
      }
    } else if (Index i = indexOf(w); i != kNone) {
      id.workloads.push_back(i);
    }
  }
  if (const Value* a = propertyValue(d, "attached_to")) {
    if (a->kind != Value::Kind::List) {
      if (Index i = indexOf(a); i != kNone) id.attachedTo.push_back(i);
    }
    for (const Value& item : a->items) {
      if (Index i = indexOf(&item); i != kNone) id.attachedTo.push_back(i);
    }
  }
  id.owner = indexOf(propertyValue(d, "owner"));
  id.review = reviewOf(propertyValue(d, "review"));
  id.objectId = stringOf(d, "object_id");
  id.clientId = stringOf(d, "client_id");
  for (const auto& member : d.members) {
    const Decl& md = *member;
    switch (md.kind) {
      case DeclKind::Trust: {
        Trust t;
        t.decl = &md;
        t.issuer = std::string(md.nameText());
        t.name = md.alias ? md.alias->text : fmt::format("{}-{}", id.name, t.issuer);
        t.owner = indexOf(propertyValue(md, "owner"));
        t.review = reviewOf(propertyValue(md, "review"));
        for (const ast::Property& p : md.properties) {
          if (p.value.kind == Value::Kind::String || p.value.kind == Value::Kind::Bool ||
              p.value.kind == Value::Kind::Ref) {
            t.fields[p.key.text] = p.value.text;
          }
        }
        id.trusts.push_back(std::move(t));
        break;
      }
      case DeclKind::Secret:
      case DeclKind::Certificate: {
        Secret s;
        s.decl = &md;
        s.name = std::string(md.nameText());
        s.certificate = md.kind == DeclKind::Certificate;
        s.created = dateOf(propertyValue(md, "created"));
        s.expires = dateOf(propertyValue(md, "expires"));
        s.hasLiteralValue = propertyValue(md, "value") != nullptr;
        id.secrets.push_back(std::move(s));
        break;
      }
      case DeclKind::Needs: id.needs.push_back(buildNeed(md)); break;
      case DeclKind::Grant: {
        Grant g;
        g.decl = &md;
        g.role = std::string(md.nameText());
        g.roleIsGuid = md.name && md.name->kind == Value::Kind::Guid;
        g.customRole = md.name ? indexOf(&*md.name) : kNone;
        g.scope = indexOf(md.target ? &*md.target : nullptr);
        if (const ast::Clause* c = clause(md, ast::Clause::Kind::Because)) g.justification = c->value.text;
        if (const ast::Clause* c = clause(md, ast::Clause::Kind::Until)) g.expires = dateOf(&c->value);
        if (const ast::Clause* c = clause(md, ast::Clause::Kind::When)) g.condition = c->value.text;
        if (std::string cond = stringOf(md, "condition"); !cond.empty()) g.condition = cond;
        g.conditionVersion = stringOf(md, "condition_version");
        if (!g.condition.empty() && g.conditionVersion.empty()) g.conditionVersion = "2.0";
        id.grants.push_back(std::move(g));
        break;
      }
      default: break;
    }
  }
  m.identities.push_back(std::move(id));
}

void Analyzer::buildModel() {
  SemanticModel& m = c_.model;
  // Objects that others refer to get their indices first (scopes refer to environments).
  auto number = [&](DeclKind kind, std::size_t& counter) {
    for (const Decl* d : userDecls_) {
      if (d->kind == kind && d->name) modelIndex_[d] = static_cast<Index>(counter++);
    }
  };
  std::size_t owners = 0, envs = 0, workloads = 0, assignments = 0, controls = 0;
  number(DeclKind::Owner, owners);
  number(DeclKind::Environment, envs);
  number(DeclKind::Workload, workloads);
  number(DeclKind::Assignment, assignments);
  number(DeclKind::Control, controls);
  buildScopes();
  // Roles: the standard library's first, then the project's custom roles.
  auto addRole = [&](const Decl& d) {
    Role r;
    r.decl = &d;
    r.name = std::string(d.nameText());
    r.guid = d.label ? d.label->text : "";
    r.builtin = d.builtin;
    r.description = stringOf(d, "description");
    r.permissions = permissionBlocksOf(d);
    modelIndex_[&d] = static_cast<Index>(m.roles.size());
    m.roles.push_back(std::move(r));
  };
  // The project's custom roles, then the built-in roles its grants name (the
  // catalogue's other roles are in c_.stdlib).
  for (const Decl* d : userDecls_) {
    if (d->kind == DeclKind::Role) addRole(*d);
  }
  for (const Decl* d : userDecls_) {
    if (d->kind != DeclKind::Grant || !d->name) continue;
    auto it = resolved_.find(&*d->name);
    if (it != resolved_.end() && it->second->stdlib && it->second->decl->kind == DeclKind::Role &&
        !modelIndex_.count(it->second->decl)) {
      addRole(*it->second->decl);
    }
  }
  for (Role& r : m.roles) {
    if (const Value* a = propertyValue(*r.decl, "assignable")) {
      if (a->kind == Value::Kind::List) {
        for (const Value& item : a->items) {
          if (Index i = indexOf(&item); i != kNone) r.assignableScopes.push_back(i);
        }
      } else if (Index i = indexOf(a); i != kNone) {
        r.assignableScopes.push_back(i);
      }
    }
  }

  buildDefinitions();
  for (const Decl* d : userDecls_) {
    if (!d->name) continue;
    switch (d->kind) {
      case DeclKind::Tenant: m.tenantId = d->label ? d->label->text : ""; break;
      case DeclKind::Owner: m.owners.push_back({d, d->name->text, stringOf(*d, "contact")}); break;
      case DeclKind::Environment: {
        const Value* p = propertyValue(*d, "production");
        m.environments.push_back({d, d->name->text, p && p->kind == Value::Kind::Bool && p->boolean});
        break;
      }
      case DeclKind::Workload: {
        Workload w;
        w.decl = d;
        w.name = d->name->text;
        w.environment = indexOf(propertyValue(*d, "environment"));
        w.owner = indexOf(propertyValue(*d, "owner"));
        std::string kind = stringOf(*d, "kind");
        w.kind = kind == "deployment"    ? WorkloadKind::Deployment
                 : kind == "batch"       ? WorkloadKind::Batch
                 : kind == "evaluation"  ? WorkloadKind::Evaluation
                 : kind == "break-glass" ? WorkloadKind::BreakGlass
                                         : WorkloadKind::Runtime;
        w.decommissioned = stringOf(*d, "lifecycle") == "decommissioned";
        for (const auto& member : d->members) {
          if (member->kind == DeclKind::Needs) w.needs.push_back(buildNeed(*member));
        }
        m.workloads.push_back(std::move(w));
        break;
      }
      case DeclKind::Identity: buildIdentity(*d); break;
      case DeclKind::Assignment: buildAssignment(*d); break;
      case DeclKind::Exemption: buildExemption(*d); break;
      case DeclKind::Control: buildControl(*d); break;
      default: break;
    }
  }
  // Suppressions, attached to their declaration.
  for (const Decl* d : userDecls_) {
    if (d->kind != DeclKind::Suppress) continue;
    Suppression s;
    s.decl = d;
    auto parent = parents_.find(d);
    s.target = parent == parents_.end() ? nullptr : parent->second;
    s.rule = std::string(d->nameText());
    if (const ast::Clause* c = clause(*d, ast::Clause::Kind::Because))
      s.reason = c->value.text;
    else
      s.reason = stringOf(*d, "reason");
    if (const ast::Clause* c = clause(*d, ast::Clause::Kind::Until))
      s.until = dateOf(&c->value);
    else
      s.until = dateOf(propertyValue(*d, "until"));
    if (const ast::Clause* c = clause(*d, ast::Clause::Kind::By))
      s.owner = indexOf(&c->value);
    else
      s.owner = indexOf(propertyValue(*d, "owner"));
    m.suppressions.push_back(std::move(s));
  }
  checkExemptions();
}

void Analyzer::run() {
  for (const auto& f : c_.files) {
    for (const auto& d : f->decls) recoverPropertyDecls(*d, diags_);
  }
  // A compiled stdlib was checked when it was built; a folder given with
  // --stdlib is checked here like the project.
  for (const auto& f : c_.stdlib.parsedFiles()) {
    for (const auto& d : f->decls) declare(*d, nullptr, true);
  }
  for (const auto& f : c_.files) {
    for (const auto& d : f->decls) declare(*d, nullptr, false);
  }
  for (const auto& f : c_.stdlib.parsedFiles()) {
    for (const auto& d : f->decls) resolve(*d);
  }
  for (const auto& f : c_.files) {
    for (const auto& d : f->decls) resolve(*d);
  }
  buildModel();
  buildFederation(c_);
  checkIdentityCredentials(c_);
  redactSecrets(c_);
}

}  // namespace trustc::sema
