// How tokens are named in messages: in the language's own words, never
// ANTLR's token names.
#pragma once

#include <string>

#include "syntax/antlr.h"

namespace trustc::syntax {

// What a token type is, e.g. "`{`", "a name", "a string", "end of file".
std::string describeTokenType(std::size_t type);
// What a concrete token is, e.g. "name `identiy`", "`}`", "string \"x\"".
std::string describeToken(const antlr4::Token* token);
// "a name, `=` or `{`" for a set of expected token types.
std::string describeExpected(const antlr4::misc::IntervalSet& expected);

}  // namespace trustc::syntax
