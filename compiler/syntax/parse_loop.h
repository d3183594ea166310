// The parse loop shared by the syntax tree (parse.cpp) and the concrete tree
// (cst.cpp): lexer-token checks, then one top-level item at a time with the
// language's error strategy. Internal to syntax/ (it names ANTLR types).
#pragma once

#include <functional>
#include <mutex>

#include "diagnostics/sink.h"
#include "syntax/antlr.h"
#include "syntax/limits.h"

namespace trustc::syntax {

// ANTLR 4.9's prediction caches are shared between lexer and parser
// instances and are not thread-safe: one lexer or parser runs at a time,
// under this lock.
std::mutex& parseMutex();

// Runs `fn` under the parse lock (ANTLR 4.9's caches are shared and not
// thread-safe) on a thread with a large stack. An exception escaping the
// runtime becomes an E0999 diagnostic at the start of the file.
void guardedParse(FileId file, DiagnosticSink& sink, const std::function<void()>& fn);

// Receives each top-level item while its parse tree is alive, the token that
// follows it, and whether parsing it reported errors.
using ItemHandler = std::function<void(TrustParser::TopItemContext* item, antlr4::Token* next, bool hadErrors)>;

// Parses the filled token stream item by item and hands each top-level item
// to `onItem`.
void parseItems(antlr4::CommonTokenStream& tokens, FileId file, DiagnosticSink& sink, const Limits& limits,
                const ItemHandler& onItem);

}  // namespace trustc::syntax
