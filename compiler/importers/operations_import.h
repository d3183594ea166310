// `trustc import-operations`: turns Azure's provider operation list into the
// compact text form of the operation catalogue (sema/operations.h), which the
// standard library keeps as `provider-operations.txt`.
#pragma once

#include <string>

#include "diagnostics/sink.h"

namespace trustc::importers {

// Accepts what `az provider operation list -o json` prints (an array of
// providers, each with `operations` and `resourceTypes[].operations`, every
// operation with `name` and `isDataAction`), one provider as printed by
// `az provider operation show`, or the merged form
// `{"controlPlaneActions": [...], "dataActions": [...]}`. Returns false (with
// diagnostics) when the text is not valid JSON or holds no operations.
bool importOperations(const SourceManager& sources, FileId file, DiagnosticSink& sink, std::string& out);

}  // namespace trustc::importers
