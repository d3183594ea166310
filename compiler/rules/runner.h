// Runs every enabled rule over a compilation, applies suppressions and the
// configured severities, and appends the findings to its diagnostics.
#pragma once

#include "rules/config.h"
#include "sema/compilation.h"

namespace trustc::rules {

void runRules(Compilation& c, const Config& config);

}  // namespace trustc::rules
