// Finding and reading a project's files: folders are searched recursively for
// `*.trust` files; imports are resolved relative to the importing file and
// confined to the project root; cycles are reported.
#pragma once

#include "sema/compilation.h"

namespace trustc::sema {

// Reads the inputs and their imports into the compilation's sources and
// parses them. Files are ordered by path, so results do not depend on the
// order inputs were given in.
void loadProject(const CompileOptions& options, Compilation& c);

// Reads the standard library (embedded, or from options.stdlibDir).
void loadStdlib(const CompileOptions& options, Compilation& c);

}  // namespace trustc::sema
