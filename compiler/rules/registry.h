// The lint rules: ids, categories, default severities and summaries, all
// derived from rules.def.
#pragma once

#include <string_view>
#include <vector>

#include "diagnostics/diagnostic.h"

namespace trustc::rules {

enum class Category { LeastPrivilege, Identity, Exemptions, Suppressions };
std::string_view categoryName(Category category);  // "least-privilege", ...

enum class RuleId {
#define TRUSTC_RULE(Name, Id, Cat, Sev, Summary) Name,
#include "rules/rules.def"
#undef TRUSTC_RULE
};

struct RuleInfo {
  RuleId id;
  std::string_view name;
  Category category;
  Severity defaultSeverity;
  std::string_view summary;
};

const std::vector<RuleInfo>& allRules();
const RuleInfo& ruleInfo(RuleId id);
const RuleInfo* findRule(std::string_view name);

}  // namespace trustc::rules
