// Decoding of string literals: `"..."` with the escapes \" \\ \/ \n \r \t,
// \uXXXX and \u{X...}. An unknown escape is reported at its exact column.
#pragma once

#include <string>
#include <string_view>

#include "diagnostics/sink.h"

namespace trustc {

// `literal` is the token text including its quotes (the closing quote may be
// missing); `at` is the position of the opening quote.
std::string decodeString(std::string_view literal, FileId file, Position at, DiagnosticSink& sink);

}  // namespace trustc
