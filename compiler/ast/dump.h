// A stable, indented dump of the syntax tree for golden tests.
#pragma once

#include <ostream>

#include "ast/ast.h"

namespace trustc::ast {

enum class Positions { Include, Omit };

// With Positions::Omit, the " @LINE:COL" markers are left out: two files that
// differ only in layout (a file and its formatted text) dump the same.
void dump(std::ostream& out, const File& file, Positions positions = Positions::Include);

}  // namespace trustc::ast
