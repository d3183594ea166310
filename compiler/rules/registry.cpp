#include "rules/registry.h"

namespace trustc::rules {

std::string_view categoryName(Category category) {
  switch (category) {
    case Category::LeastPrivilege: return "least-privilege";
    case Category::Identity: return "identity";
    case Category::Exemptions: return "exemptions";
    case Category::Suppressions: return "suppressions";
  }
  return "";
}

const std::vector<RuleInfo>& allRules() {
  static const std::vector<RuleInfo> rules = {
#define TRUSTC_RULE(Name, Id, Cat, Sev, Summary) {RuleId::Name, Id, Category::Cat, Severity::Sev, Summary},
#include "rules/rules.def"
#undef TRUSTC_RULE
  };
  return rules;
}

const RuleInfo& ruleInfo(RuleId id) { return allRules()[static_cast<std::size_t>(id)]; }

const RuleInfo* findRule(std::string_view name) {
  for (const RuleInfo& r : allRules()) {
    if (r.name == name) return &r;
  }
  return nullptr;
}

}  // namespace trustc::rules
