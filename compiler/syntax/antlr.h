// The one header that brings in ANTLR: the runtime and the generated lexer and
// parser. Included only by files in compiler/syntax/.
#pragma once

#include <antlr4-runtime.h>

#include "TrustLexer.h"
#include "TrustParser.h"
#include "support/source.h"

namespace trustc::syntax {

using grammar::TrustLexer;
using grammar::TrustParser;

// Location of a token and of a parse-tree node (columns in code points: the
// ANTLR input stream holds UTF-32).
Location tokenLocation(FileId file, const antlr4::Token* token);
Location nodeLocation(FileId file, antlr4::ParserRuleContext* node);

}  // namespace trustc::syntax
