// `trustc rules [--format=text|json]`: every lint rule with its default
// severity and one-line summary, from the registry (rules/rules.def).
#include <fmt/format.h>

#include <iostream>
#include <nlohmann/json.hpp>

#include "driver/options.h"
#include "driver/verbs.h"
#include "rules/registry.h"

namespace trustc::driver {

namespace {
constexpr std::string_view kHelp = R"(usage: trustc rules [--format=text|json]

Lists every lint rule: its id, its default severity and what it finds, by
category. `trustc explain RULE-ID` prints a rule's documentation. With
--format=json, prints [{"id": ..., "severity": ..., "summary": ...}, ...].
)";
}  // namespace

int runRules(const Args& args) {
  auto options = parseOptions(args, "rules");
  if (!options) return kExitUsage;
  if (options->help) {
    fmt::print("{}", kHelp);
    return kExitClean;
  }
  if (!options->inputs.empty()) {
    usageError(fmt::format("`trustc rules` takes no argument; did you mean `trustc explain {}`?",
                           options->inputs[0]));
    return kExitUsage;
  }
  if (options->format != OutputFormat::Text && options->format != OutputFormat::Json) {
    usageError("`trustc rules` prints text or json: use --format=text or --format=json");
    return kExitUsage;
  }
  const auto& all = rules::allRules();
  if (options->format == OutputFormat::Json) {
    nlohmann::ordered_json list = nlohmann::ordered_json::array();
    for (const rules::RuleInfo& r : all) {
      list.push_back({{"id", r.name}, {"severity", severityName(r.defaultSeverity)}, {"summary", r.summary}});
    }
    std::cout << list.dump(2) << "\n";
    return kExitClean;
  }
  std::size_t width = 0;
  for (const rules::RuleInfo& r : all) width = std::max(width, r.name.size());
  std::optional<rules::Category> category;
  for (const rules::RuleInfo& r : all) {
    if (category != r.category) {
      fmt::print("{}{}\n", category ? "\n" : "", rules::categoryName(r.category));
      category = r.category;
    }
    fmt::print("  {:<{}}  {:<7}  {}\n", r.name, width, severityName(r.defaultSeverity), r.summary);
  }
  return kExitClean;
}

}  // namespace trustc::driver
