// Policy exemptions (azure-formats.md §7.4), in the template of their scope's
// deployment target. The facts a reviewer needs travel with the exemption in
// `metadata`: owner, reason, ticket, compensating controls (with their owner
// and evidence) and its dates. `expiresOn` is the end of the expiry day, UTC.
#include "emit/context.h"
#include "emit/limits.h"

namespace trustc::emit {

std::string extensionIdExpr(const Context& ctx, Index scope, std::string_view type, std::string_view name) {
  const sema::Scope& s = ctx.model.scopes[scope];
  switch (s.kind) {
    case sema::ScopeKind::ManagementGroup:
      return fmt::format("[managementGroupResourceId('{}', {})]", type, armQuoted(name));
    case sema::ScopeKind::Subscription:
      return fmt::format("[subscriptionResourceId('{}', {})]", type, armQuoted(name));
    case sema::ScopeKind::ResourceGroup: return fmt::format("[resourceId('{}', {})]", type, armQuoted(name));
    case sema::ScopeKind::Resource: break;
  }
  // Namespace/t1/n1/t2/n2 → resourceId('Namespace/t1/t2', 'n1', 'n2')
  std::string relative = ctx.ids.relativeResource(scope);
  std::vector<std::string> parts;
  for (std::size_t start = 0, slash; start <= relative.size(); start = slash + 1) {
    slash = relative.find('/', start);
    if (slash == std::string::npos) slash = relative.size();
    parts.push_back(relative.substr(start, slash - start));
  }
  std::string resourceType = parts[0], names;
  for (std::size_t i = 1; i + 1 < parts.size(); i += 2) {
    resourceType += "/" + parts[i];
    names += ", " + armQuoted(parts[i + 1]);
  }
  return fmt::format("[extensionResourceId(resourceId('{}'{}), '{}', {})]", resourceType, names, type,
                     armQuoted(name));
}

void emitPolicyExemptions(Context& ctx) {
  const sema::SemanticModel& m = ctx.model;
  for (const sema::Exemption& e : m.exemptions) {
    if (e.scope == kNone || e.assignment == kNone) continue;
    const sema::Assignment& a = m.assignments[e.assignment];
    if (a.scope == kNone) continue;
    Location at = ctx.where(e.decl);
    bool ok = checkPolicyName(ctx.diags, at, "the exemption name", e.name, 64);
    std::string displayName = declString(*e.decl, "display_name");
    if (displayName.empty()) displayName = e.name;
    std::string description = e.reason;
    if (!e.ticket.empty())
      description += (description.empty() ? "" : " ") + fmt::format("(ticket {})", e.ticket);
    ok = checkLength(ctx.diags, ctx.whereProperty(e.decl, "display_name"), "the display name", displayName,
                     128, DiagKind::AzureTextTooLong) &&
         ok;
    ok = checkLength(ctx.diags, ctx.whereProperty(e.decl, "reason"), "the description (reason and ticket)",
                     description, 512, DiagKind::AzureTextTooLong) &&
         ok;

    Json resource = {{"type", "Microsoft.Authorization/policyExemptions"},
                     {"apiVersion", kExemptionApi},
                     {"name", e.name}};
    if (m.scopes[e.scope].kind == sema::ScopeKind::Resource)
      resource["scope"] = ctx.ids.relativeResource(e.scope);
    Index target = ctx.ids.deploymentScope(e.scope);
    if (ctx.ids.deploymentScope(a.scope) == target) {
      resource["dependsOn"] =
          Json::array({extensionIdExpr(ctx, a.scope, "Microsoft.Authorization/policyAssignments", a.name)});
    }
    Json properties = {{"policyAssignmentId", ctx.assignmentId(e.assignment)}};
    std::optional<PolicyRef> policy = ctx.policyOf(e.assignment);
    if (policy && policy->initiative && !e.definitionReferenceIds.empty()) {
      Json refs = Json::array();
      for (const std::string& r : e.definitionReferenceIds) refs.push_back(armLiteral(r));
      properties["policyDefinitionReferenceIds"] = std::move(refs);
    }
    properties["exemptionCategory"] =
        e.category == sema::ExemptionCategory::Mitigated ? "Mitigated" : "Waiver";
    if (e.expires) properties["expiresOn"] = e.expires->iso() + "T23:59:59Z";
    properties["displayName"] = armLiteral(displayName);
    if (!description.empty()) properties["description"] = armLiteral(description);

    Json metadata = {{"managedBy", "trustc"}};
    metadata.update(ownerMetadata(ctx, e.owner));
    if (!e.reason.empty()) metadata["reason"] = armLiteral(e.reason);
    if (!e.ticket.empty()) metadata["ticket"] = armLiteral(e.ticket);
    if (!e.controls.empty()) {
      Json controls = Json::array();
      for (Index ci : e.controls) {
        const sema::Control& control = m.controls[ci];
        Json entry = {{"name", control.name}};
        if (control.owner != kNone) entry["owner"] = m.owners[control.owner].name;
        if (!control.evidenceLink.empty())
          entry["evidence"] = armLiteral(control.evidenceLink);
        else if (control.evidenceDecl)
          entry["evidence"] = std::string(control.evidenceDecl->nameText());
        controls.push_back(std::move(entry));
      }
      metadata["controls"] = std::move(controls);
    }
    if (e.created) metadata["createdOn"] = e.created->iso();
    if (e.expires) metadata["reviewBy"] = e.expires->iso();
    ok = checkMetadata(ctx, at, metadata) && ok;
    properties["metadata"] = std::move(metadata);
    resource["properties"] = std::move(properties);
    if (!ok) continue;
    ctx.templateFor(target).resources.push_back({"5|" + e.name, std::move(resource)});
  }
}

}  // namespace trustc::emit
