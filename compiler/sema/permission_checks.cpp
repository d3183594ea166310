#include "sema/permission_checks.h"

#include <fmt/format.h>

#include "sema/analyzer.h"

namespace trustc::sema {

namespace {

void collect(const std::vector<ast::Property>& props, std::vector<PermissionString>& out) {
  for (const ast::Property& p : props) {
    const std::string& k = p.key.text;
    if (k == "permissions" && p.value.kind == ast::Value::Kind::Object) {
      collect(p.value.fields, out);
      continue;
    }
    bool data = k == "data_actions" || k == "not_data_actions";
    if (!data && k != "actions" && k != "not_actions") continue;
    bool exclusion = k.rfind("not_", 0) == 0;
    auto add = [&](const ast::Value& v) {
      if (v.kind == ast::Value::Kind::String)
        out.push_back({&v, data ? Plane::Data : Plane::Control, exclusion});
    };
    add(p.value);
    for (const ast::Value& item : p.value.items) add(item);
  }
}

bool isOperationChar(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '_' ||
         c == '-' || c == '/' || c == '*' || c == '{' || c == '}' || c == '$' || c == ':';
}

std::string_view otherList(Plane plane, bool exclusion) {
  if (plane == Plane::Control) return exclusion ? "not_data_actions" : "data_actions";
  return exclusion ? "not_actions" : "actions";
}

}  // namespace

std::vector<PermissionString> permissionStringsOf(const ast::Decl& d) {
  std::vector<PermissionString> out;
  collect(d.properties, out);
  return out;
}

bool wellFormedPermission(std::string_view text) {
  if (text.empty() || text.front() == '/' || text.back() == '/' ||
      text.find("//") != std::string_view::npos) {
    return false;
  }
  for (char c : text) {
    if (!isOperationChar(c)) return false;
  }
  return text == "*" || text.find('/') != std::string_view::npos;
}

void checkPermissions(Compilation& c) {
  const OperationCatalogue& ops = c.stdlib.operations();
  auto malformed = [&](const ast::Value& v) {
    Diagnostic& d = c.diagnostics.error(
        DiagKind::MalformedAction, v.location,
        "`{}` is not an Azure operation: write `Provider.Namespace/resourceType/operation`, "
        "with `*` as a wildcard",
        v.text);
    d.notes.push_back(
        {{}, "for example `Microsoft.Storage/storageAccounts/blobServices/containers/blobs/read`"});
  };
  // Custom roles and capabilities declared by the project.
  for (const auto& file : c.files) {
    std::vector<const ast::Decl*> stack;
    for (const auto& d : file->decls) stack.push_back(d.get());
    while (!stack.empty()) {
      const ast::Decl* d = stack.back();
      stack.pop_back();
      for (const auto& m : d->members) stack.push_back(m.get());
      if (d->kind == ast::DeclKind::Needs && d->name && d->name->kind == ast::Value::Kind::String &&
          !wellFormedPermission(d->name->text)) {
        malformed(*d->name);
      }
      if (d->kind != ast::DeclKind::Role && d->kind != ast::DeclKind::Capability) continue;
      for (const PermissionString& s : permissionStringsOf(*d)) {
        if (!wellFormedPermission(s.value->text)) {
          malformed(*s.value);
          continue;
        }
        bool inPlane = false, elsewhere = false;
        for (std::size_t i : ops.matches(s.value->text)) {
          (ops.plane(i) == s.plane ? inPlane : elsewhere) = true;
        }
        if (inPlane || !elsewhere) continue;
        Diagnostic& diag = c.diagnostics.error(
            DiagKind::ActionInWrongPlane, s.value->location, "`{}` is a {}, but it is listed with the {}s",
            s.value->text, planeName(s.plane == Plane::Control ? Plane::Data : Plane::Control),
            planeName(s.plane));
        diag.notes.push_back(
            {{},
             fmt::format("move it to `{}`; where it is, it {} nothing", otherList(s.plane, s.exclusion),
                         s.exclusion ? "takes back" : "grants")});
      }
    }
  }
  // Where custom roles may be assigned.
  const SemanticModel& m = c.model;
  for (const Role& r : m.roles) {
    if (r.builtin || !r.decl) continue;
    bool data = false;
    for (const PermissionBlock& b : r.permissions) data |= !b.dataActions.empty();
    if (!data) continue;
    for (Index s : r.assignableScopes) {
      if (m.scopes[s].kind != ScopeKind::ManagementGroup) continue;
      const ast::Value* where = propertyValue(*r.decl, "assignable");
      Diagnostic& diag = c.diagnostics.error(
          DiagKind::DataActionsAtManagementGroup, where ? where->location : r.decl->keywordLocation,
          "role `{}` has data actions, so Azure cannot make it assignable at management group `{}`", r.name,
          m.scopes[s].name);
      diag.notes.push_back(
          {{},
           "make it assignable at subscriptions or resource groups, or move its data actions to "
           "a role of their own"});
    }
  }
  for (const Identity& id : m.identities) {
    for (const Grant& g : id.grants) {
      if (g.customRole == kNone || g.scope == kNone) continue;
      const Role& r = m.roles[g.customRole];
      if (r.builtin || r.assignableScopes.empty()) continue;
      bool ok = false;
      for (Index s : r.assignableScopes) ok |= m.scopeWithin(g.scope, s);
      if (ok) continue;
      Diagnostic& diag =
          c.diagnostics.error(DiagKind::GrantOutsideAssignableScopes, g.decl->target->location,
                              "role `{}` is not assignable at `{}`: Azure rejects the assignment", r.name,
                              m.scopes[g.scope].name);
      std::vector<std::string> names;
      for (Index s : r.assignableScopes) names.push_back("`" + m.scopes[s].name + "`");
      const ast::Value* where = propertyValue(*r.decl, "assignable");
      diag.notes.push_back({where ? where->location : r.decl->keywordLocation,
                            fmt::format("it is assignable at {} and beneath", fmt::join(names, ", "))});
    }
  }
}

}  // namespace trustc::sema
