#include "rules/config.h"

namespace trustc::rules {

std::optional<Severity> Config::configured(RuleId rule) const {
  if (auto it = ruleSeverity.find(rule); it != ruleSeverity.end()) return it->second;
  if (auto it = categorySeverity.find(ruleInfo(rule).category); it != categorySeverity.end()) return it->second;
  return std::nullopt;
}

bool Config::enabled(RuleId rule) const { return configured(rule).value_or(ruleInfo(rule).defaultSeverity) != Severity::Off; }

}  // namespace trustc::rules
