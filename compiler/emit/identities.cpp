// User-assigned managed identities and their federated identity credentials
// (azure-formats.md §4), in the template of the identity's resource group.
// Azure rejects concurrent credential writes on one identity, so each
// credential depends on the identity and on the credential before it.
#include "emit/context.h"
#include "emit/limits.h"

namespace trustc::emit {

// Sema derives the issuer URL and subject and reports what keeps it from
// doing so; these checks guard the emitter when it could not.
bool checkCredential(Context& ctx, const sema::Trust& t, const Credential& cred) {
  Location at = ctx.where(t.decl);
  if (cred.issuer.empty() || cred.subject.empty()) {
    Diagnostic& d = ctx.diags.error(
        DiagKind::CredentialTarget, at,
        "the federated credential `{}` has no {}; write `{} = \"...\"` in the trust", t.name,
        cred.issuer.empty() ? "issuer URL" : "subject", cred.issuer.empty() ? "issuer" : "subject");
    d.notes.push_back({{}, "Azure matches the token's `iss` and `sub` claims exactly"});
    return false;
  }
  Location nameAt = t.decl->alias ? t.decl->alias->location : at;
  bool ok = checkIdentifierName(ctx.diags, nameAt, "the federated credential name", t.name, 120);
  for (auto [what, key, value] :
       {std::tuple{"the issuer", "issuer", &cred.issuer}, std::tuple{"the subject", "subject", &cred.subject},
        std::tuple{"the audience", "audience", &cred.audience}}) {
    ok = checkLength(ctx.diags, ctx.whereProperty(t.decl, key), what, *value, 600,
                     DiagKind::AzureTextTooLong) &&
         ok;
  }
  return ok;
}

bool claimCredential(Context& ctx, const sema::Identity& id, const sema::Trust& t, const Credential& cred) {
  Location at = t.decl->alias ? t.decl->alias->location : ctx.where(t.decl);
  return ctx.claim(fmt::format("fic|{}|{}", id.name, lower(t.name)), at,
                   fmt::format("`{}` has two federated credentials named `{}`; name one with `as`", id.name,
                               t.name)) &&
         ctx.claim(fmt::format("fic-claims|{}|{}|{}", id.name, cred.issuer, cred.subject), at,
                   fmt::format(
                       "credential `{}` repeats the issuer and subject of another credential of `{}`; Azure "
                       "allows each pair once per identity",
                       t.name, id.name));
}

void emitIdentities(Context& ctx) {
  for (const sema::Identity& id : ctx.model.identities) {
    if (id.type == sema::IdentityType::SystemAssigned && !id.trusts.empty()) {
      ctx.diags.error(
          DiagKind::CredentialTarget, ctx.where(id.trusts.front().decl),
          "Azure does not support federated credentials on system-assigned identities; trust `{}` through "
          "a user-assigned identity",
          id.name);
      continue;
    }
    if (id.type != sema::IdentityType::UserAssigned || id.placement == kNone ||
        ctx.model.scopes[id.placement].kind != sema::ScopeKind::ResourceGroup) {
      continue;
    }
    std::string name = ctx.identityAzureName(id);
    Location nameAt = ctx.whereProperty(id.decl, "name");
    if (!checkIdentifierName(ctx.diags, nameAt, "the identity name", name, 128) ||
        !ctx.claim(lower(ctx.ids.id(id.placement)) + "|uami|" + lower(name), nameAt,
                   fmt::format("another identity is already named `{}` in resource group `{}`", name,
                               ctx.model.scopes[id.placement].name))) {
      continue;
    }
    Template& t = ctx.templateFor(id.placement);
    std::string location = declString(*ctx.model.scopes[id.placement].decl, "location");
    std::string identityRef = uamiReference(name);
    t.resources.push_back(
        {"2|" + name + "|0",
         Json{{"type", kUamiType},
              {"apiVersion", kIdentityApi},
              {"name", name},
              {"location", location.empty() ? "[resourceGroup().location]" : armLiteral(location)},
              {"properties", Json::object()}}});
    std::string previous;
    for (std::size_t i = 0; i < id.trusts.size(); ++i) {
      const sema::Trust& trust = id.trusts[i];
      Credential cred = ctx.credentialOf(trust);
      if (!checkCredential(ctx, trust, cred) || !claimCredential(ctx, id, trust, cred)) continue;
      Json dependsOn = Json::array({identityRef});
      if (!previous.empty()) dependsOn.push_back(previous);
      t.resources.push_back({fmt::format("2|{}|1|{:04}", name, i),
                             Json{{"type", std::string(kUamiType) + "/federatedIdentityCredentials"},
                                  {"apiVersion", kIdentityApi},
                                  {"name", fmt::format("[format('{{0}}/{{1}}', {}, {})]", armQuoted(name),
                                                       armQuoted(trust.name))},
                                  {"dependsOn", std::move(dependsOn)},
                                  {"properties",
                                   {{"issuer", armLiteral(cred.issuer)},
                                    {"subject", armLiteral(cred.subject)},
                                    {"audiences", Json::array({armLiteral(cred.audience)})}}}}});
      previous = fmt::format("[resourceId('{}/federatedIdentityCredentials', {}, {})]", kUamiType,
                             armQuoted(name), armQuoted(trust.name));
    }
  }
}

}  // namespace trustc::emit
