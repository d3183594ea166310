// Secrets written in manifests. A secret's `value`, and any string with the
// shape of an Entra ID client secret, is masked wherever a renderer quotes
// the source (SourceFile::displayLine); the `literal-secret` rule reports it.
// No message ever repeats the text.
#pragma once

#include <string_view>

#include "sema/compilation.h"

namespace trustc::sema {

// Entra ID client secrets since 2021: three characters, a digit, `Q~`, and 31
// to 34 more of `[A-Za-z0-9_~.-]` (the shape secret scanners look for).
bool looksLikeClientSecret(std::string_view text);

// Registers every secret text of the project's files with the source manager.
void redactSecrets(Compilation& c);

}  // namespace trustc::sema
