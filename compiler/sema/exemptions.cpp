// Exemptions, compensating controls and suppressions: their model, and the
// compile errors that make an exemption impossible in Azure (a scope outside
// its assignment, reference ids its initiative lacks, an expiry before it
// could have been made).
#include <fmt/format.h>

#include <algorithm>

#include "sema/analyzer.h"
#include "support/spelling.h"

namespace trustc::sema {

using ast::Decl;
using ast::Value;

namespace {

// Azure Policy exemptions exist since API version 2020-07-01-preview: no
// exemption can have expired before then.
constexpr Date kExemptionsExist{2020, 7, 1};

std::string_view scopeNoun(ScopeKind k) {
  switch (k) {
    case ScopeKind::ManagementGroup: return "management group";
    case ScopeKind::Subscription: return "subscription";
    case ScopeKind::ResourceGroup: return "resource group";
    case ScopeKind::Resource: return "resource";
  }
  return "scope";
}

}  // namespace

void Analyzer::buildExemption(const Decl& d) {
  Exemption e;
  e.decl = &d;
  e.name = std::string(d.nameText());
  e.assignment = indexOf(propertyValue(d, "assignment"));
  e.scope = indexOf(propertyValue(d, "scope"));
  e.category = stringOf(d, "category") == "mitigated" ? ExemptionCategory::Mitigated : ExemptionCategory::Waiver;
  e.owner = indexOf(propertyValue(d, "owner"));
  e.expires = dateOf(propertyValue(d, "expires"));
  e.created = dateOf(propertyValue(d, "created"));
  e.reason = stringOf(d, "reason");
  e.ticket = stringOf(d, "ticket");
  e.controls = indicesOf(propertyValue(d, "controls"));
  e.definitionReferenceIds = stringsOf(propertyValue(d, "definitions"));
  c_.model.exemptions.push_back(std::move(e));
}

void Analyzer::buildControl(const Decl& d) {
  Control ctl;
  ctl.decl = &d;
  ctl.name = std::string(d.nameText());
  ctl.owner = indexOf(propertyValue(d, "owner"));
  ctl.description = stringOf(d, "description");
  if (const Value* ev = propertyValue(d, "evidence")) {
    if (ev->kind == Value::Kind::String) {
      ctl.evidenceLink = ev->text;
      if (!checkUrl(*ev)) {
        diags_.diagnostics().back().notes.push_back(
            {{}, "evidence is a link (`\"https://...\"`) or the name of a declared object, such as a policy "
                 "assignment or a resource"});
      }
    } else if (auto it = resolved_.find(ev); it != resolved_.end()) {
      ctl.evidenceDecl = it->second->decl;
    }
  }
  c_.model.controls.push_back(std::move(ctl));
}

void Analyzer::checkExemptions() {
  for (const Exemption& e : c_.model.exemptions) checkExemption(e);
  for (const Decl* d : userDecls_) {
    if (d->kind == ast::DeclKind::Suppress) checkSuppression(*d);
  }
}

void Analyzer::checkExemption(const Exemption& e) {
  const SemanticModel& m = c_.model;
  const Decl& d = *e.decl;
  const Assignment* a = e.assignment != kNone ? &m.assignments[e.assignment] : nullptr;

  // Azure accepts an exemption only at or beneath its assignment's scope.
  if (a && a->scope != kNone && e.scope != kNone && !m.scopeWithin(e.scope, a->scope)) {
    const Scope& scope = m.scopes[e.scope];
    const Scope& assigned = m.scopes[a->scope];
    Diagnostic& diag = diags_.error(DiagKind::ExemptionScopeOutsideAssignment, propertyValue(d, "scope")->location,
                                    "exemption `{}` is at {} `{}`, which is not inside `{}`, where assignment `{}` applies",
                                    e.name, scopeNoun(scope.kind), scope.name, assigned.name, a->name);
    if (const Value* as = propertyValue(*a->decl, "scope")) {
      diag.notes.push_back({as->location, fmt::format("assignment `{}` is at {} `{}`", a->name,
                                                      scopeNoun(assigned.kind), assigned.name)});
    }
    diag.notes.push_back({{}, "exempt a scope inside the assignment's scope, or name the assignment that applies here"});
  }

  // Definition reference ids pick policies inside an initiative.
  const Value* refs = propertyValue(d, "definitions");
  if (refs && a && a->definition != kNone) {
    const PolicyDefinition& def = m.policies[a->definition];
    if (!def.initiative) {
      Diagnostic& diag = diags_.error(DiagKind::DefinitionsWithoutInitiative, refs->location,
                                      "assignment `{}` assigns the single policy \"{}\", so there are no definitions to "
                                      "pick; remove `definitions`",
                                      a->name, def.displayName);
      diag.fix = Fix{"remove `definitions`", {{property(d, "definitions")->location, ""}}};
    } else {
      std::vector<std::string_view> ids;
      for (const InitiativeMember& member : def.members) {
        if (std::find(ids.begin(), ids.end(), std::string_view(member.referenceId)) == ids.end()) {
          ids.push_back(member.referenceId);
        }
      }
      std::vector<const Value*> items;
      if (refs->kind == Value::Kind::List) {
        for (const Value& item : refs->items) items.push_back(&item);
      } else {
        items.push_back(refs);
      }
      for (const Value* item : items) {
        if (item->kind != Value::Kind::String) continue;
        if (std::find(ids.begin(), ids.end(), std::string_view(item->text)) != ids.end()) continue;
        Diagnostic& diag = diags_.error(DiagKind::UnknownDefinitionReference, item->location,
                                        "initiative \"{}\" has no definition with the reference id \"{}\"",
                                        def.displayName, item->text);
        if (auto match = closestMatch(item->text, ids)) {
          diag.notes.push_back({{}, fmt::format("did you mean \"{}\"?", *match)});
          diag.fix = Fix{fmt::format("replace with \"{}\"", *match), {{item->location, fmt::format("\"{}\"", *match)}}};
        } else if (!ids.empty()) {
          diag.notes.push_back({{}, fmt::format("its reference ids are {}", fmt::join(ids, ", "))});
        }
      }
    }
  }

  // An exemption cannot expire before it was made.
  if (e.expires) {
    const Value* expires = propertyValue(d, "expires");
    if (e.created && *e.expires < *e.created) {
      Diagnostic& diag = diags_.error(DiagKind::ImpossibleExpiry, expires->location,
                                      "exemption `{}` expires on {}, before it was created on {}", e.name,
                                      e.expires->iso(), e.created->iso());
      diag.notes.push_back({propertyValue(d, "created")->location, "created here"});
    } else if (*e.expires < kExemptionsExist) {
      diags_.error(DiagKind::ImpossibleExpiry, expires->location,
                   "exemption `{}` expires on {}, before Azure Policy exemptions existed (July 2020); check the year",
                   e.name, e.expires->iso());
    }
  }
}

void Analyzer::checkSuppression(const Decl& d) {
  if (clause(d, ast::Clause::Kind::Until) || propertyValue(d, "until")) return;
  Diagnostic& diag = diags_.error(DiagKind::SuppressionWithoutExpiry, d.keywordLocation,
                                  "the suppression of `{}` has no expiry date", d.nameText());
  diag.notes.push_back({{}, "accepted findings are reviewed again: add `until YYYY-MM-DD`, e.g. `suppress RULE "
                            "because \"...\" until 2027-03-31 by OWNER`"});
}

}  // namespace trustc::sema
