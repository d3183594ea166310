// excess-permissions: a grant allows more than the identity's declared needs
// when a narrower scope, or a built-in role with at most half as many
// effective operations, would still cover every need it serves (a smaller
// difference is not worth trading a well-known role for an obscure one);
// when no built-in role covers them, a custom role with exactly the needed
// operations would. A grant that serves no need is excess too, unless a
// need names an unknown operation (the unknown-action rule's), which the
// grant may be meant for. Identities that declare no needs are not judged.
#include <algorithm>
#include <cstdint>
#include <optional>

#include "rules/context.h"
#include "sema/privilege.h"
#include "sema/stdlib.h"
#include "support/utf8.h"

namespace trustc::rules {

namespace {

std::string customRoleText(std::string_view identity, const std::vector<sema::Operation>& ops) {
  std::vector<std::string> actions, data;
  for (const sema::Operation& op : ops) {
    (op.plane == sema::Plane::Control ? actions : data).push_back(fmt::format("\"{}\"", op.name));
  }
  std::string out = fmt::format("role {}-role {{", identity);
  if (!actions.empty()) out += fmt::format(" actions = [{}]", fmt::join(actions, ", "));
  if (!data.empty()) out += fmt::format(" data_actions = [{}]", fmt::join(data, ", "));
  return out + " }";
}

std::string servedList(const sema::SemanticModel& m, const std::vector<sema::Access::Served>& served) {
  std::vector<std::string> parts;
  for (const auto& s : served)
    parts.push_back(fmt::format("`{}` on `{}`", s.need->permission, m.scopes[s.need->scope].name));
  return fmt::format("{}", fmt::join(parts, ", "));
}

// The lines a declaration fills alone (nothing else before or after it on
// them), with their line break: what removing it removes.
std::optional<Location> wholeLines(const SourceManager& sources, const Location& at) {
  if (!at.valid()) return std::nullopt;
  const SourceFile& file = sources.file(at.file);
  std::string_view first = file.line(at.range.begin.line), last = file.line(at.range.end.line);
  auto blank = [](std::string_view s) { return s.find_first_not_of(" \t\r") == std::string_view::npos; };
  std::size_t beforeBytes = utf8::offsetOfCodePoint(first, at.range.begin.column - 1);
  std::size_t afterBytes = utf8::offsetOfCodePoint(last, at.range.end.column - 1);
  if (!blank(first.substr(0, beforeBytes)) || !blank(last.substr(afterBytes))) return std::nullopt;
  if (at.range.end.line >= file.lineCount()) return std::nullopt;  // no line break to take with it
  return Location{at.file, {{at.range.begin.line, 1}, {at.range.end.line + 1, 1}}};
}

// A role reference as written: a quoted name, a GUID, or a custom role's name.
std::string writtenRole(const ast::Value& name) {
  if (name.kind == ast::Value::Kind::String) return fmt::format("\"{}\"", name.text);
  return name.text;
}

}  // namespace

void checkExcessPermissions(RuleContext& ctx) {
  const sema::SemanticModel& m = ctx.model();
  const sema::Access& access = *ctx.compilation().access;
  const sema::Stdlib& stdlib = ctx.compilation().stdlib;
  for (const sema::Identity& id : m.identities) {
    auto needs = access.needsOf(id);
    bool unknown = std::any_of(needs.begin(), needs.end(), [&](const sema::Need* n) {
      const auto& ops = access.operationsOf(*n);
      return std::any_of(ops.begin(), ops.end(), [](const sema::Operation& op) { return !op.known; });
    });
    if (needs.empty()) continue;
    for (const sema::Grant& g : id.grants) {
      if (g.customRole == sema::kNone || g.scope == sema::kNone) continue;
      const std::string& role = m.roles[g.customRole].name;
      std::string where = sema::describeScope(m, g.scope);
      auto served = access.servedBy(id, g);
      if (served.empty()) {
        if (unknown) continue;
        Diagnostic& d = ctx.report(*g.decl, g.decl->name->location,
                                   "`{}` on {} serves none of the needs `{}` declares: remove the grant, or "
                                   "declare the need it serves",
                                   role, where, id.name);
        if (auto line = wholeLines(ctx.compilation().sources, g.decl->location)) {
          d.fix = Fix{"remove the grant", {{*line, ""}}};
        }
        continue;
      }
      std::vector<sema::Operation> ops;
      std::vector<sema::Index> scopes;
      for (const auto& s : served) {
        scopes.push_back(s.need->scope);
        for (const sema::Operation& op : s.operations) {
          if (std::find(ops.begin(), ops.end(), op) == ops.end()) ops.push_back(op);
        }
      }
      std::size_t count = access.effectiveCountOf(g.customRole);
      sema::Index narrowScope = access.commonScope(scopes);
      bool scopeNarrower = narrowScope != sema::kNone && narrowScope != g.scope;
      // A built-in grant covers its needs itself: only a role half its size
      // matters. For a custom role, whether any built-in role covers them.
      bool builtin = m.roles[g.customRole].builtin;
      // Trading one built-in role for another never adds a power the grant
      // does not give already.
      auto best = access.narrowestBuiltinRole(ops, builtin ? count / 2 : SIZE_MAX,
                                              builtin ? g.customRole : sema::kNone);
      bool roleNarrower = best && 2 * stdlib.role(*best).effectiveCount <= count;
      if (!best && !builtin && count > ops.size()) {
        Diagnostic& d = ctx.report(*g.decl, g.decl->name->location,
                                   "`{}` on {} allows {} operations where `{}` needs {} from it, and no "
                                   "built-in role covers them all; a "
                                   "custom role with exactly those would",
                                   role, where, count, id.name, ops.size());
        d.notes.push_back({{}, fmt::format("it serves {}", servedList(m, served))});
        d.notes.push_back({{},
                           fmt::format("declare `{}` and grant it on `{}`", customRoleText(id.name, ops),
                                       m.scopes[scopeNarrower ? narrowScope : g.scope].name)});
        continue;
      }
      if (!roleNarrower && !scopeNarrower) continue;
      std::string betterRole = roleNarrower ? std::string(stdlib.role(*best).name) : role;
      // The role as the fix writes it: a suggested built-in by its quoted
      // name; the granted role as the grant names it.
      std::string roleText = roleNarrower ? fmt::format("\"{}\"", betterRole) : writtenRole(*g.decl->name);
      std::string betterScope = m.scopes[scopeNarrower ? narrowScope : g.scope].name;
      Diagnostic* d = nullptr;
      if (roleNarrower) {
        d = &ctx.report(
            *g.decl, g.decl->name->location,
            "`{}` on {} allows {} operations, more than `{}` needs: `{}` on `{}` allows {} and covers every "
            "need this grant serves",
            role, where, count, id.name, betterRole, betterScope, stdlib.role(*best).effectiveCount);
      } else {
        d = &ctx.report(*g.decl, g.decl->target->location,
                        "`{}` is granted on {}, but every need it serves is in {}: grant it there", role,
                        where, sema::describeScope(m, narrowScope));
      }
      d->notes.push_back({{}, fmt::format("it serves {}", servedList(m, served))});
      std::vector<TextEdit> edits;
      if (roleNarrower) edits.push_back({g.decl->name->location, roleText});
      if (scopeNarrower) edits.push_back({g.decl->target->location, betterScope});
      d->fix = Fix{fmt::format("grant {} on {}", roleText, betterScope), std::move(edits)};
    }
  }
}

}  // namespace trustc::rules
