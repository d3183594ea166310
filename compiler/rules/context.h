// What a rule sees: the compilation (read-only), its options, today, and a
// way to report findings about a declaration. Rules never mutate the model.
#pragma once

#include <fmt/format.h>

#include <vector>

#include "rules/config.h"
#include "rules/registry.h"
#include "sema/compilation.h"

namespace trustc::rules {

struct Finding {
  RuleId rule;
  const ast::Decl* subject = nullptr;  // suppressions on it or its ancestors apply
  Diagnostic diagnostic;
  bool severityFromRule = false;  // the rule chose the severity for this finding
};

struct SuppressionUse {
  const sema::Suppression* suppression = nullptr;
  const RuleInfo* rule = nullptr;  // null when the id is unknown
  int uses = 0;
  bool expired = false;
};

class RuleContext {
 public:
  RuleContext(const Compilation& c, const Config& config) : c_(c), config_(config) {}

  const Compilation& compilation() const { return c_; }
  const sema::SemanticModel& model() const { return c_.model; }
  const RuleOptions& options() const { return config_.options; }
  const Config& config() const { return config_; }
  Date today() const { return c_.today; }

  // A finding of the current rule, at its default severity.
  template <typename... Args>
  Diagnostic& report(const ast::Decl& subject, Location at, fmt::format_string<Args...> format, Args&&... args) {
    return add(std::nullopt, subject, at, fmt::format(format, std::forward<Args>(args)...));
  }
  // A finding whose severity depends on the case (e.g. an error on production);
  // a severity set in the configuration still wins.
  template <typename... Args>
  Diagnostic& reportAs(Severity severity, const ast::Decl& subject, Location at, fmt::format_string<Args...> format,
                       Args&&... args) {
    return add(severity, subject, at, fmt::format(format, std::forward<Args>(args)...));
  }

  // Used by the runner.
  void setRule(RuleId rule) { rule_ = rule; }
  std::vector<Finding>& findings() { return findings_; }
  std::vector<SuppressionUse>& suppressionUses() { return uses_; }
  const std::vector<SuppressionUse>& suppressionUses() const { return uses_; }

 private:
  Diagnostic& add(std::optional<Severity> severity, const ast::Decl& subject, Location at, std::string message);

  const Compilation& c_;
  const Config& config_;
  RuleId rule_{};
  std::vector<Finding> findings_;
  std::vector<SuppressionUse> uses_;
};

// Every rule's entry point, declared from rules.def.
#define TRUSTC_RULE(Name, Id, Cat, Sev, Summary) void check##Name(RuleContext& ctx);
#include "rules/rules.def"
#undef TRUSTC_RULE

}  // namespace trustc::rules
