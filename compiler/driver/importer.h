// The shared shape of the import verbs: `trustc import-X FILE [-o OUT]` reads
// one Azure JSON export and writes trustc source (or data) to OUT or standard
// output, atomically, and nothing at all when the input is wrong.
#pragma once

#include <string>
#include <string_view>

#include "diagnostics/sink.h"
#include "driver/verbs.h"

namespace trustc::driver {

using ImportFn = bool (*)(const SourceManager&, FileId, DiagnosticSink&, std::string&);

// `what` names the expected input in the usage error when FILE is not given
// ("no input: give <what>").
int runImporter(const Args& args, std::string_view verb, std::string_view help, std::string_view what,
                ImportFn import);

}  // namespace trustc::driver
