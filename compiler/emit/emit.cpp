#include "emit/emit.h"

#include <algorithm>

#include "emit/context.h"

namespace trustc::emit {

namespace {

void checkResourceNames(const Context& ctx) {
  const sema::SemanticModel& m = ctx.model;
  for (std::size_t i = 0; i < m.scopes.size(); ++i) {
    const sema::Scope& s = m.scopes[i];
    if (s.kind != sema::ScopeKind::Resource || ctx.ids.resourceNameFits(static_cast<Index>(i))) continue;
    std::size_t segments =
        static_cast<std::size_t>(std::count(s.resourceType.begin(), s.resourceType.end(), '/'));
    Diagnostic& d =
        ctx.diags.error(DiagKind::ResourceNameShape, ctx.where(s.decl),
                        "resource `{}` of type `{}` needs a name of {} `/`-separated part{}, but its name "
                        "is `{}`",
                        s.name, s.resourceType, segments, segments == 1 ? "" : "s", s.azureName);
    d.notes.push_back({{}, "a child resource is named `PARENT/CHILD`: write `name = \"...\"`"});
  }
}

// Fills the templates, reporting what Azure would reject; with `out`, also
// renders every output file (the rendering reports nothing of its own but
// missing locations, which only deployment needs).
bool run(const Compilation& c, DiagnosticSink& diags, std::vector<OutputFile>* out) {
  std::size_t before = diags.errorCount();
  Context ctx(c, diags);
  checkResourceNames(ctx);
  emitRoleDefinitions(ctx);
  emitPolicyDefinitions(ctx);
  emitIdentities(ctx);
  emitRoleAssignments(ctx);
  emitGraphCredentials(ctx);
  emitPolicyAssignments(ctx);
  emitPolicyExemptions(ctx);
  std::sort(ctx.graphCalls.begin(), ctx.graphCalls.end(), [](const GraphCall& a, const GraphCall& b) {
    return std::tie(a.identity, a.credential) < std::tie(b.identity, b.credential);
  });
  if (!out) return diags.errorCount() == before;
  renderTemplates(ctx, *out);
  renderIndex(ctx, *out);
  renderInventory(ctx, *out);
  for (OutputFile& f : ctx.files) out->push_back(std::move(f));
  std::sort(out->begin(), out->end(),
            [](const OutputFile& a, const OutputFile& b) { return a.path < b.path; });
  return diags.errorCount() == before;
}

// Azure's limits on what is declared, and declarations that would be one
// Azure resource, as opposed to facts that only deployment needs (object
// ids, application ids, locations, definition ids). A duplicate is only found
// where the facts it depends on are known, so a manifest written for review
// alone still checks clean.
bool isCheckError(std::string_view code) {
  for (DiagKind k : {DiagKind::AzureNameTooLong, DiagKind::AzureNameInvalid, DiagKind::AzureTextTooLong,
                     DiagKind::DuplicateAzureResource}) {
    if (diagKindInfo(k).code == code) return true;
  }
  return false;
}

}  // namespace

void checkBuildable(const Compilation& c, DiagnosticSink& diags) {
  DiagnosticSink all;
  run(c, all, nullptr);
  for (Diagnostic& d : all.diagnostics()) {
    if (isCheckError(d.code)) diags.add(std::move(d));
  }
}

std::vector<OutputFile> buildOutputs(const Compilation& c, DiagnosticSink& diags) {
  std::vector<OutputFile> out;
  if (!run(c, diags, &out)) out.clear();
  return out;
}

}  // namespace trustc::emit
