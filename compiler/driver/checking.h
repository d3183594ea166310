// What `check` and `build` share: compile the inputs, run the lint rules and
// the build's checks (for `check`, those on Azure's limits; for `build`, all),
// and print the diagnostics in the requested format.
#pragma once

#include <memory>
#include <vector>

#include "driver/options.h"
#include "emit/emit.h"

namespace trustc::driver {

// Returns the exit status: 0 clean, 1 findings (errors, or warnings with
// --werror), 2 unreadable inputs. When `outputs` is given and there is no
// error, it receives the files `build` writes.
int checkProject(const Options& options, std::vector<emit::OutputFile>* outputs = nullptr);

}  // namespace trustc::driver
