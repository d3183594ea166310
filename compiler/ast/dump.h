// A stable, indented dump of the syntax tree for golden tests.
#pragma once

#include <ostream>

#include "ast/ast.h"

namespace trustc::ast {

void dump(std::ostream& out, const File& file);

}  // namespace trustc::ast
