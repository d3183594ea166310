#include "rules/runner.h"

#include <fmt/format.h>

#include "rules/context.h"
#include "support/spelling.h"

namespace trustc::rules {

Diagnostic& RuleContext::add(std::optional<Severity> severity, const ast::Decl& subject, Location at,
                             std::string message) {
  Finding f;
  f.rule = rule_;
  f.subject = &subject;
  f.severityFromRule = severity.has_value();
  f.diagnostic.code = std::string(ruleInfo(rule_).name);
  f.diagnostic.severity = severity.value_or(ruleInfo(rule_).defaultSeverity);
  f.diagnostic.location = at;
  f.diagnostic.message = std::move(message);
  findings_.push_back(std::move(f));
  return findings_.back().diagnostic;
}

namespace {

using CheckFn = void (*)(RuleContext&);

const std::vector<CheckFn>& checks() {
  static const std::vector<CheckFn> fns = {
#define TRUSTC_RULE(Name, Id, Cat, Sev, Summary) &check##Name,
#include "rules/rules.def"
#undef TRUSTC_RULE
  };
  return fns;
}

// Suppressions name rules by id; an unknown id is a compile error.
void collectSuppressions(Compilation& c, RuleContext& ctx) {
  std::vector<std::string_view> names;
  for (const RuleInfo& r : allRules()) names.push_back(r.name);
  for (const sema::Suppression& s : c.model.suppressions) {
    SuppressionUse use;
    use.suppression = &s;
    use.rule = findRule(s.rule);
    use.expired = s.until && *s.until < c.today;
    if (!use.rule && s.decl->name) {
      Diagnostic& d = c.diagnostics.error(DiagKind::UnknownRule, s.decl->name->location, "unknown rule `{}`", s.rule);
      if (auto m = closestMatch(s.rule, names)) {
        d.notes.push_back({{}, fmt::format("did you mean `{}`?", *m)});
        d.fix = Fix{fmt::format("replace with `{}`", *m), {{s.decl->name->location, *m}}};
      } else {
        d.notes.push_back({{}, "`trustc rules` lists every rule"});
      }
    }
    ctx.suppressionUses().push_back(use);
  }
}

// A finding is suppressed by a valid suppression of its rule attached to its
// subject or to any declaration enclosing it.
void applySuppressions(const Compilation& c, RuleContext& ctx) {
  for (Finding& f : ctx.findings()) {
    for (const ast::Decl* at = f.subject; at; ) {
      for (SuppressionUse& use : ctx.suppressionUses()) {
        const sema::Suppression& s = *use.suppression;
        if (s.target != at || !use.rule || use.rule->id != f.rule) continue;
        if (use.expired || s.reason.empty()) continue;
        f.diagnostic.suppressed = true;
        f.diagnostic.suppressionReason = s.reason;
        if (s.until) f.diagnostic.suppressionExpiry = s.until->iso();
        ++use.uses;
      }
      if (f.diagnostic.suppressed) break;
      auto parent = c.parents.find(at);
      at = parent == c.parents.end() ? nullptr : parent->second;
    }
  }
}

}  // namespace

void runRules(Compilation& c, const Config& config) {
  RuleContext ctx(c, config);
  collectSuppressions(c, ctx);
  const auto& fns = checks();
  for (const RuleInfo& r : allRules()) {
    if (r.category == Category::Suppressions || !config.enabled(r.id)) continue;
    ctx.setRule(r.id);
    fns[static_cast<std::size_t>(r.id)](ctx);
  }
  applySuppressions(c, ctx);
  // Rules about suppressions run last: they see which suppressions were used.
  for (const RuleInfo& r : allRules()) {
    if (r.category != Category::Suppressions || !config.enabled(r.id)) continue;
    ctx.setRule(r.id);
    fns[static_cast<std::size_t>(r.id)](ctx);
  }
  for (Finding& f : ctx.findings()) {
    if (auto configured = config.configured(f.rule)) f.diagnostic.severity = *configured;
    if (f.diagnostic.severity == Severity::Off) continue;
    c.diagnostics.add(std::move(f.diagnostic));
  }
}

}  // namespace trustc::rules
