// The front door of the syntax layer: text in, syntax tree and diagnostics
// out. Parsing never throws for user errors; a file with errors still yields a
// (possibly partial) tree. No ANTLR type appears in this header.
#pragma once

#include <memory>

#include "ast/ast.h"
#include "diagnostics/sink.h"
#include "syntax/limits.h"

namespace trustc {

std::unique_ptr<ast::File> parseFile(const SourceManager& sources, FileId file,
                                     DiagnosticSink& sink, const Limits& limits = {});

// Checks that run on the raw bytes before the lexer: NUL bytes, UTF-8,
// size and nesting depth. Returns false when the file must not be parsed.
bool prescan(const SourceManager& sources, FileId file, DiagnosticSink& sink,
             const Limits& limits);

}  // namespace trustc
