// Prints a concrete syntax tree in the canonical layout. Internal to format/.
#pragma once

#include <string>

#include "syntax/cst.h"

namespace trustc::format {

// The tree must come from a file without syntax errors.
std::string print(const syntax::Cst& cst);

}  // namespace trustc::format
