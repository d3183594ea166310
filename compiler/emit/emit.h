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

// Reports the build's errors that concern what is declared (Azure's name and
// length limits, resource names, duplicates: E0900-E0902, E0909, E0910), for
// `check` to run on a compilation without errors. The facts only a deployment
// needs (object ids, application ids, locations, definition ids) are left to
// `build`, so a manifest written for review alone still checks clean.
void checkBuildable(const Compilation& c, DiagnosticSink& diags);

// Every output file, sorted by path; empty when errors were reported to `diags`.
std::vector<OutputFile> buildOutputs(const Compilation& c, DiagnosticSink& diags);

}  // namespace trustc::emit
