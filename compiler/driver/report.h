// Printing a compilation's diagnostics in the chosen format, filtered by the
// options, and the exit status that follows from them.
#pragma once

#include "driver/options.h"

namespace trustc::driver {

// Filters (severity threshold; below error, the --project focus), sorts and
// renders the diagnostics; returns kExitFindings when errors remain (or
// warnings with --werror), else kExitClean.
int reportDiagnostics(Compilation& c, const Options& options, const Focus& focus);

}  // namespace trustc::driver
