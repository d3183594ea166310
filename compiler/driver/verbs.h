// One function per CLI verb, each in its own file (cmd_*.cpp).
#pragma once

#include <string>
#include <vector>

namespace trustc::driver {

using Args = std::vector<std::string>;

int runCheck(const Args& args);
int runDumpAst(const Args& args);

}  // namespace trustc::driver
