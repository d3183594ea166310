// wildcard-custom-role: a custom role that grants with wildcards (`*` in its
// actions or data actions: it grants whatever matches, including operations
// Azure adds later) or that is assignable at a management group or the
// tenant root (it can be granted anywhere beneath).
#include "rules/context.h"
#include "sema/analyzer.h"
#include "sema/permission_checks.h"

namespace trustc::rules {

namespace {

void reportBroadAssignable(RuleContext& ctx, const sema::Role& r, const ast::Value& v,
                           std::string_view where) {
  ctx.report(*r.decl, v.location,
             "custom role `{}` is assignable at {}: it can be granted on every subscription and "
             "resource beneath",
             r.name, where)
      .notes.push_back({{}, "make it assignable at the subscriptions or resource groups that use it"});
}

// A property's value as a list (a single value is a list of one).
std::vector<const ast::Value*> listOf(const ast::Value* v) {
  std::vector<const ast::Value*> out;
  if (!v) return out;
  if (v->kind != ast::Value::Kind::List) return {v};
  for (const ast::Value& item : v->items) out.push_back(&item);
  return out;
}

}  // namespace

void checkWildcardCustomRole(RuleContext& ctx) {
  const sema::SemanticModel& m = ctx.model();
  for (const sema::Role& r : m.roles) {
    if (r.builtin || !r.decl) continue;
    for (const sema::PermissionString& s : sema::permissionStringsOf(*r.decl)) {
      if (s.exclusion || !sema::isWildcard(s.value->text)) continue;
      ctx.report(*r.decl, s.value->location,
                 "custom role `{}` grants `{}`: a wildcard grants every operation it matches, including ones "
                 "Azure "
                 "adds later",
                 r.name, s.value->text)
          .notes.push_back(
              {{}, "list the operations the role needs; `trustc explain` shows what a wildcard covers"});
    }
    for (const ast::Value* item : listOf(sema::propertyValue(*r.decl, "assignable"))) {
      const sema::Symbol* s = ctx.compilation().symbols.find(item->text);
      if (s && s->decl->kind == ast::DeclKind::ManagementGroup) {
        reportBroadAssignable(ctx, r, *item, fmt::format("management group `{}`", item->text));
      }
    }
    for (const ast::Value* item : listOf(sema::propertyValue(*r.decl, "assignable_scopes"))) {
      if (item->text == "/") {
        reportBroadAssignable(ctx, r, *item, "the tenant root `/`");
      } else if (item->text.find("/managementGroups/") != std::string::npos) {
        reportBroadAssignable(ctx, r, *item, fmt::format("`{}`", item->text));
      }
    }
  }
}

}  // namespace trustc::rules
