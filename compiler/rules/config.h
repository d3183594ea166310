// Rule configuration: severities per rule and per category, and the options
// rules read. Defaults here; `trustc.json` (see docs/configuration.md)
// overrides them.
#pragma once

#include <map>
#include <optional>
#include <string>

#include "diagnostics/diagnostic.h"
#include "rules/registry.h"

namespace trustc::rules {

struct RuleOptions {
  int maxExemptionDays = 90;         // exemption-too-long
  int expiringSoonDays = 14;         // exemption-expiring-soon
  int maxSecretDays = 180;           // long-lived-secret
  int secretExpiringSoonDays = 30;   // long-lived-secret
  int clusterThreshold = 3;          // exemption-cluster
  int minReasonLength = 20;          // vague-reason
};

struct Config {
  std::map<RuleId, Severity> ruleSeverity;
  std::map<Category, Severity> categorySeverity;
  RuleOptions options;
  std::string path;  // the file it came from, if any

  // The configured severity of a rule, if the configuration sets one.
  std::optional<Severity> configured(RuleId rule) const;
  // Whether the rule runs at all (not `off`).
  bool enabled(RuleId rule) const;
};

}  // namespace trustc::rules
