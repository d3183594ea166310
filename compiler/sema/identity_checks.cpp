// An identity's credentials as a whole, and what each kind of identity can
// have: a system-assigned identity belongs to exactly one resource and dies
// with it (no `attached_to`, no federated credentials, one per resource);
// managed identities have no secrets or certificates (Azure rotates their
// credentials); Azure accepts at most 20 federated credentials per identity,
// each issuer + subject once, under names of its own form.
#include <cctype>
#include <map>

#include "sema/analyzer.h"
#include "sema/federation.h"

namespace trustc::sema {

using ast::Value;

namespace {

bool isCredentialName(std::string_view name) {
  if (name.size() < 3 || name.size() > 120) return false;
  auto ok = [](char c, bool first) {
    return std::isalnum(static_cast<unsigned char>(c)) || (!first && (c == '-' || c == '_'));
  };
  for (std::size_t i = 0; i < name.size(); ++i) {
    if (!ok(name[i], i == 0)) return false;
  }
  return true;
}

std::string_view typeName(IdentityType t) {
  switch (t) {
    case IdentityType::UserAssigned: return "user-assigned";
    case IdentityType::SystemAssigned: return "system-assigned";
    case IdentityType::ServicePrincipal: return "service principal";
  }
  return "";
}

void checkKind(Compilation& c, const Identity& id) {
  if (id.type != IdentityType::UserAssigned) {
    if (const ast::Property* p = property(*id.decl, "attached_to")) {
      Diagnostic& d = c.diagnostics.error(
          DiagKind::AttachedNotUserAssigned, p->key.location,
          "`attached_to` is for user-assigned identities; `{}` is a {}", id.name,
          id.type == IdentityType::SystemAssigned ? "system-assigned identity" : "service principal");
      d.notes.push_back(
          {{},
           id.type == IdentityType::SystemAssigned
               ? "a system-assigned identity belongs to the resource it is declared `on`, and no other"
               : "a service principal signs in with its own credentials; it is not attached to "
                 "resources"});
    }
  }
  for (const auto& member : id.decl->members) {
    const ast::Decl& m = *member;
    if (m.kind == ast::DeclKind::Trust && id.type == IdentityType::SystemAssigned) {
      Diagnostic& d =
          c.diagnostics.error(DiagKind::TrustOnSystemAssigned, m.keywordLocation,
                              "system-assigned identity `{}` cannot have federated credentials: Azure "
                              "supports them on user-assigned identities and app registrations",
                              id.name);
      d.notes.push_back(
          {{}, "declare a user-assigned identity for the trust: `identity NAME : user_assigned in RG`"});
    }
    if ((m.kind == ast::DeclKind::Secret || m.kind == ast::DeclKind::Certificate) &&
        id.type != IdentityType::ServicePrincipal) {
      Diagnostic& d =
          c.diagnostics.error(DiagKind::SecretOnManagedIdentity, m.keywordLocation,
                              "a {} identity has no {}s: Azure manages and rotates its credentials",
                              typeName(id.type), ast::keyword(m.kind));
      d.notes.push_back({{},
                         "remove it; only a `service_principal` (an app registration) holds secrets or "
                         "certificates"});
    }
  }
}

void checkFederatedCredentials(Compilation& c, const Identity& id) {
  if (id.trusts.size() > kMaxFederatedCredentials) {
    const Trust& extra = id.trusts[kMaxFederatedCredentials];
    Diagnostic& d =
        c.diagnostics.error(DiagKind::TooManyFederatedCredentials, extra.decl->keywordLocation,
                            "identity `{}` has {} federated credentials; Azure accepts at most {} per "
                            "identity",
                            id.name, id.trusts.size(), kMaxFederatedCredentials);
    d.notes.push_back(
        {{},
         "split the trusts across identities (one per pipeline or cluster), or remove credentials "
         "for refs that no longer deploy"});
  }
  std::map<std::pair<std::string, std::string>, const Trust*> seen;
  std::map<std::string, const Trust*> names;
  for (const Trust& t : id.trusts) {
    if (!t.issuerUrl.empty() && !t.subject.empty()) {
      auto [it, inserted] = seen.try_emplace({t.issuerUrl, t.subject}, &t);
      if (!inserted) {
        Diagnostic& d =
            c.diagnostics.error(DiagKind::DuplicateFederatedSubject, t.decl->keywordLocation,
                                "federated credentials `{}` and `{}` of `{}` have the same issuer and "
                                "subject `{}`; Azure accepts each combination once per identity",
                                it->second->name, t.name, id.name, t.subject);
        d.notes.push_back({it->second->decl->keywordLocation, "the first is here"});
      }
    }
    // Names given with `as` are checked for duplicates with the other members.
    Location at = t.decl->alias ? t.decl->alias->location : t.decl->keywordLocation;
    if (!isCredentialName(t.name)) {
      Diagnostic& d =
          c.diagnostics.error(DiagKind::InvalidCredentialName, at,
                              "`{}` is not a federated credential name Azure accepts: {}3 to 120 letters, "
                              "digits, `-` and `_`, beginning with a letter or digit",
                              t.name, t.name.size() < 3 ? "it is too short; " : "");
      if (!t.decl->alias)
        d.notes.push_back({{}, "the name comes from the identity and issuer; give one with `as NAME`"});
    } else if (auto [it, inserted] = names.try_emplace(t.name, &t);
               !inserted && !(t.decl->alias && it->second->decl->alias)) {
      Diagnostic& d =
          c.diagnostics.error(DiagKind::DuplicateDeclaration, at,
                              "two federated credentials of `{}` are both named `{}`", id.name, t.name);
      d.notes.push_back({it->second->decl->keywordLocation, "the first is here"});
      d.notes.push_back({{}, "name each with `trust ISSUER as NAME`"});
    }
  }
}

void checkSecretDates(Compilation& c, const Identity& id) {
  for (const Secret& s : id.secrets) {
    if (!s.created || !s.expires || *s.expires >= *s.created) continue;
    const Value* v = propertyValue(*s.decl, "expires");
    std::string what = s.name.empty() ? fmt::format("the {}", ast::keyword(s.decl->kind))
                                      : fmt::format("{} `{}`", ast::keyword(s.decl->kind), s.name);
    c.diagnostics.error(DiagKind::CredentialExpiresBeforeCreated, v ? v->location : s.decl->keywordLocation,
                        "{} of `{}` expires on {}, before it was created on {}", what, id.name,
                        s.expires->iso(), s.created->iso());
  }
}

}  // namespace

void checkIdentityCredentials(Compilation& c) {
  std::map<Index, const Identity*> systemAssigned;
  for (const Identity& id : c.model.identities) {
    checkKind(c, id);
    checkFederatedCredentials(c, id);
    checkSecretDates(c, id);
    if (id.type != IdentityType::SystemAssigned || id.placement == kNone) continue;
    auto [it, inserted] = systemAssigned.try_emplace(id.placement, &id);
    if (inserted) continue;
    Diagnostic& d =
        c.diagnostics.error(DiagKind::TwoSystemAssignedIdentities, id.decl->name->location,
                            "resource `{}` already has system-assigned identity `{}`; a resource has one",
                            c.model.scopes[id.placement].name, it->second->name);
    d.notes.push_back({it->second->decl->name->location, "declared here"});
    d.notes.push_back(
        {{}, "use one identity for the resource, or declare user-assigned identities and attach them"});
  }
}

}  // namespace trustc::sema
