// unmet-need: a declared need that no grant covers: the workload will fail
// when it tries. A need on a workload is met when one of its identities'
// grants covers it.
#include "rules/context.h"
#include "sema/privilege.h"
#include "sema/stdlib.h"

namespace trustc::rules {

namespace {

// `ownNeed`: the need is the identity's own, declared in its block, where the
// fix adds the grant beside it.
void reportUnmet(RuleContext& ctx, const sema::Need& need, std::string_view who,
                 const std::vector<sema::Operation>& unmet, bool ownNeed) {
  const sema::SemanticModel& m = ctx.model();
  const sema::Access& access = *ctx.compilation().access;
  std::size_t all = 0;
  for (const sema::Operation& op : access.operationsOf(need)) all += op.known ? 1 : 0;
  std::string what = unmet.size() == all ? std::string("no grant gives it")
                                         : fmt::format("no grant gives {} of its {} operations, e.g. `{}`",
                                                       unmet.size(), all, unmet.front().name);
  Diagnostic& d = ctx.report(*need.decl, need.decl->name->location, "{} needs `{}` on {}, but {}", who,
                             need.permission, sema::describeScope(m, need.scope), what);
  auto best = access.narrowestBuiltinRole(unmet);
  if (!best) return;
  std::string grant =
      fmt::format("grant \"{}\" on {}", ctx.compilation().stdlib.role(*best).name, m.scopes[need.scope].name);
  if (!ownNeed) {
    d.notes.push_back({{}, fmt::format("the narrowest built-in role that gives it: `{}`", grant)});
    return;
  }
  // On a line of its own after the need, indented like it.
  const Location& at = need.decl->location;
  std::string indent(at.range.begin.column > 0 ? at.range.begin.column - 1 : 0, ' ');
  d.fix = Fix{fmt::format("add `{}`, the narrowest built-in role that gives it", grant),
              {{{at.file, {at.range.end, at.range.end}}, "\n" + indent + grant}}};
}

}  // namespace

void checkUnmetNeed(RuleContext& ctx) {
  const sema::SemanticModel& m = ctx.model();
  const sema::Access& access = *ctx.compilation().access;
  for (const sema::Identity& id : m.identities) {
    for (const sema::Need& need : id.needs) {
      if (need.scope == sema::kNone) continue;
      auto unmet = access.unmetOperations(id, need);
      if (!unmet.empty()) reportUnmet(ctx, need, fmt::format("`{}`", id.name), unmet, true);
    }
  }
  for (std::size_t w = 0; w < m.workloads.size(); ++w) {
    const auto& identities = access.identitiesOf(static_cast<sema::Index>(w));
    for (const sema::Need& need : m.workloads[w].needs) {
      if (need.scope == sema::kNone) continue;
      std::vector<sema::Operation> best;
      bool met = false;
      for (const sema::Identity* id : identities) {
        auto unmet = access.unmetOperations(*id, need);
        if (unmet.empty()) met = true;
        if (best.empty() || unmet.size() < best.size()) best = std::move(unmet);
      }
      if (met) continue;
      if (identities.empty()) {
        for (const sema::Operation& op : access.operationsOf(need)) {
          if (op.known) best.push_back(op);
        }
        if (best.empty()) continue;
      }
      reportUnmet(ctx, need, fmt::format("workload `{}`", m.workloads[w].name), best, false);
    }
  }
}

}  // namespace trustc::rules
