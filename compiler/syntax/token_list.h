// Turns ANTLR's token stream into syntax::Token values. Internal to syntax/.
#pragma once

#include <cstdint>
#include <vector>

#include "syntax/antlr.h"
#include "syntax/tokens.h"

namespace trustc::syntax {

// Every token of a filled stream but whitespace and EOF. When `indexOf` is
// given, it maps each ANTLR token index to the index in the result (-1 for
// tokens left out).
std::vector<Token> convertTokens(antlr4::CommonTokenStream& stream, std::vector<std::int32_t>* indexOf = nullptr);

}  // namespace trustc::syntax
