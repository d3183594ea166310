// unknown-action: a permission in a custom role, a capability or a need that
// matches no operation any Azure provider defines (the provider operation
// catalogue, stdlib/provider-operations.txt): a typo grants nothing, and a
// need with one checks nothing. Reported at the string, with the closest
// operation Azure defines.
#include "rules/context.h"
#include "sema/permission_checks.h"
#include "sema/stdlib.h"

namespace trustc::rules {

namespace {

void check(RuleContext& ctx, const ast::Decl& subject, const ast::Value& v, std::string_view owner) {
  const sema::OperationCatalogue& ops = ctx.compilation().stdlib.operations();
  if (!sema::wellFormedPermission(v.text) || !ops.matches(v.text).empty()) return;
  Diagnostic& d = ctx.report(subject, v.location, "{}: `{}` is not an operation any Azure provider defines",
                             owner, v.text);
  if (sema::isWildcard(v.text)) {
    d.notes.push_back({{}, "the wildcard matches no operation Azure defines"});
  } else if (auto m = ops.closest(v.text)) {
    d.notes.push_back({{}, fmt::format("did you mean `{}`?", *m)});
    d.fix = Fix{fmt::format("replace with `{}`", *m), {{v.location, fmt::format("\"{}\"", *m)}}};
  } else {
    d.notes.push_back(
        {{}, "`az provider operation show --namespace NAMESPACE` lists a provider's operations"});
  }
}

}  // namespace

void checkUnknownAction(RuleContext& ctx) {
  const sema::SemanticModel& m = ctx.model();
  for (const sema::Role& r : m.roles) {
    if (r.builtin || !r.decl) continue;
    for (const sema::PermissionString& s : sema::permissionStringsOf(*r.decl)) {
      check(ctx, *r.decl, *s.value, fmt::format("custom role `{}`", r.name));
    }
  }
  for (const auto& file : ctx.compilation().files) {
    for (const auto& d : file->decls) {
      if (d->kind != ast::DeclKind::Capability) continue;
      for (const sema::PermissionString& s : sema::permissionStringsOf(*d)) {
        check(ctx, *d, *s.value, fmt::format("capability `{}`", d->nameText()));
      }
    }
  }
  auto needs = [&](const std::vector<sema::Need>& list, std::string_view who) {
    for (const sema::Need& n : list) {
      if (!n.isCapability && n.decl->name)
        check(ctx, *n.decl, *n.decl->name, fmt::format("a need of `{}`", who));
    }
  };
  for (const sema::Identity& id : m.identities) needs(id.needs, id.name);
  for (const sema::Workload& w : m.workloads) needs(w.needs, w.name);
}

}  // namespace trustc::rules
