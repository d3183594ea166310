// Finding and reading a project's files: folders are searched recursively for
// `*.trust` files; imports are resolved relative to the importing file and
// confined to the project root; cycles are reported.
#pragma once

#include <filesystem>

#include "sema/compilation.h"

namespace trustc::sema {

// Reads the inputs and their imports into the compilation's sources and
// parses them. Files are ordered by path, so results do not depend on the
// order inputs were given in.
void loadProject(const CompileOptions& options, Compilation& c);

// How a path is shown in diagnostics: relative to the working directory when
// beneath it, else as given.
std::string displayPath(const std::filesystem::path& path);

// Reads the standard library (embedded, or from options.stdlibDir).
void loadStdlib(const CompileOptions& options, Compilation& c);

}  // namespace trustc::sema
