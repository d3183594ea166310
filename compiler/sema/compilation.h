// A compilation is a value: sources, syntax trees, diagnostics and the
// semantic model of one project. Nothing is global, so the language server
// can hold several.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "ast/ast.h"
#include "diagnostics/sink.h"
#include "sema/access.h"
#include "sema/model.h"
#include "sema/stdlib.h"
#include "sema/symbols.h"
#include "support/date.h"
#include "syntax/limits.h"

namespace trustc {

struct CompileOptions {
  std::vector<std::string> inputs;       // files or folders
  std::optional<std::string> stdlibDir;  // another standard library folder
  bool useStdlib = true;
  bool analyze = true;  // false: read and parse only (`dump-ast`)
  std::optional<Date> asOf;
  Limits limits;
  // In-memory contents that replace files on disk (the language server's open documents).
  std::vector<std::pair<std::string, std::string>> overlays;
};

struct Compilation {
  SourceManager sources;
  DiagnosticSink diagnostics;
  std::vector<std::unique_ptr<ast::File>> files;  // the project's files
  sema::Stdlib stdlib;                            // the standard library (compiled, or parsed with --stdlib)
  sema::SymbolTable symbols;
  sema::SemanticModel model;
  // Effective permissions and needs over the model (set once the model is built).
  std::unique_ptr<sema::Access> access;
  // The enclosing declaration of every nested declaration.
  std::unordered_map<const ast::Decl*, const ast::Decl*> parents;
  Date today;
  // Inputs that could not be read at all (exit status 2), as messages.
  std::vector<std::string> inputErrors;
};

std::unique_ptr<Compilation> compile(const CompileOptions& options);

}  // namespace trustc
