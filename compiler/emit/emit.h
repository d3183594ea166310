// `trustc build`'s outputs: ARM templates (one per deployment target), Graph
// federated-credential bodies for app registrations, the index of deployment
// commands and the inventory. docs/build.md describes them for users.
#pragma once

#include <string>
#include <vector>

#include "sema/compilation.h"

namespace trustc::emit {

struct OutputFile {
  std::string path;  // relative to the output folder, `/`-separated
  std::string contents;
};

// Checks what only the build can see (Azure's name and length limits, values
// the templates need) and reports compile errors to `diags`. Run it on a
// compilation without errors; `check` runs it too, so that a clean check means
// a successful build.
void checkBuildable(const Compilation& c, DiagnosticSink& diags);

// Every output file, sorted by path; empty when errors were reported to `diags`.
std::vector<OutputFile> buildOutputs(const Compilation& c, DiagnosticSink& diags);

}  // namespace trustc::emit
