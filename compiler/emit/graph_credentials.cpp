// Federated identity credentials of service principals (app registrations),
// which ARM cannot deploy: one Microsoft Graph `federatedIdentityCredential`
// request body per trust (azure-formats.md §5.1), applied with Graph's upsert
// (PATCH .../federatedIdentityCredentials(name='...')), which creates the
// credential or updates it in place. The index lists the exact `az rest`
// command for each file.
#include "emit/context.h"
#include "emit/limits.h"

namespace trustc::emit {

void emitGraphCredentials(Context& ctx) {
  for (const sema::Identity& id : ctx.model.identities) {
    if (id.type != sema::IdentityType::ServicePrincipal || id.trusts.empty()) continue;
    if (id.clientId.empty()) {
      Diagnostic& d =
          ctx.diags.error(DiagKind::CredentialTarget, ctx.where(id.trusts.front().decl),
                          "service principal `{}` needs `client_id` (its application id) so that its "
                          "federated credentials can be written through Microsoft Graph",
                          id.name);
      d.notes.push_back({ctx.where(id.decl), "read it with `az ad sp show --id OBJECT-ID --query appId`"});
      continue;
    }
    for (const sema::Trust& t : id.trusts) {
      Credential cred = ctx.credentialOf(t);
      if (!checkCredential(ctx, t, cred) || !claimCredential(ctx, id, t, cred)) continue;
      Json body = {{"name", t.name}, {"issuer", cred.issuer}, {"subject", cred.subject}};
      if (std::string description = declString(*t.decl, "description"); !description.empty()) {
        if (!checkLength(ctx.diags, ctx.where(t.decl), "the credential description", description, 600,
                         DiagKind::AzureTextTooLong)) {
          continue;
        }
        body["description"] = description;
      }
      body["audiences"] = Json::array({cred.audience});
      GraphCall call;
      call.identity = id.name;
      call.credential = t.name;
      call.applicationId = lower(id.clientId);
      call.file = fmt::format("graph/{}/{}.json", id.name, t.name);
      call.command = fmt::format(
          "az rest --method PATCH --uri \"https://graph.microsoft.com/v1.0/applications(appId='{}')/"
          "federatedIdentityCredentials(name='{}')\" --headers Content-Type=application/json --body @{}",
          call.applicationId, t.name, call.file);
      ctx.files.push_back({call.file, body.dump(2) + "\n"});
      ctx.graphCalls.push_back(std::move(call));
    }
  }
}

}  // namespace trustc::emit
