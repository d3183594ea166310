// What hover shows for a name: for a role its id and effective permissions,
// for an identity what it is granted and needs, for a rule its summary, for
// any other name its declaration. Markdown.
#pragma once

#include <string>

#include "lsp/lookup.h"

namespace trustc::lsp {

std::string describe(const Compilation& c, const Site& site);

}  // namespace trustc::lsp
