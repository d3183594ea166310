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

// Reports the build's errors about Azure's limits on names and texts
// (E0900-E0902) and declarations that would be one Azure resource (E0910),
// for `check` to run on a compilation without errors. What only a deployment
// needs (object ids, application ids, locations, definition ids, resource
// ids) is left to `build`, so a manifest written for review alone still
// checks clean.
void checkBuildable(const Compilation& c, DiagnosticSink& diags);

// Every output file, sorted by path; empty when errors were reported to `diags`.
std::vector<OutputFile> buildOutputs(const Compilation& c, DiagnosticSink& diags);

}  // namespace trustc::emit
