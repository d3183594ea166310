// One function per CLI verb, each in its own file (cmd_*.cpp), listed in
// verbs.def.
#pragma once

#include <string>
#include <vector>

namespace trustc::driver {

using Args = std::vector<std::string>;

#define TRUSTC_VERB(Name, Fn, Summary, Listed) int Fn(const Args& args);
#include "driver/verbs.def"
#undef TRUSTC_VERB

}  // namespace trustc::driver
