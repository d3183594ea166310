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
#include "sema/model.h"
#include "sema/symbols.h"
#include "support/date.h"
#include "syntax/limits.h"

namespace trustc {

// A standard library read and parsed once and shared by many compilations
// (the language server compiles on every edit; parsing the role catalogue
// each time would dominate). Its files take the first FileIds.
struct ParsedStdlib {
  std::vector<std::pair<std::string, std::string>> sources;  // path, text
  std::vector<std::shared_ptr<const ast::File>> files;
  std::vector<Diagnostic> diagnostics;
  std::vector<std::string> inputErrors;
};

struct CompileOptions {
  std::vector<std::string> inputs;        // files or folders
  std::optional<std::string> stdlibDir;   // another standard library folder
  bool useStdlib = true;
  bool analyze = true;  // false: read and parse only (`dump-ast`)
  std::optional<Date> asOf;
  Limits limits;
  // In-memory contents that replace files on disk (the language server's open documents).
  std::vector<std::pair<std::string, std::string>> overlays;
  // The standard library parsed beforehand (parseStdlib), used instead of
  // reading it again.
  std::shared_ptr<const ParsedStdlib> parsedStdlib;
};

struct Compilation {
  SourceManager sources;
  DiagnosticSink diagnostics;
  std::vector<std::unique_ptr<ast::File>> files;        // the project's files
  std::vector<std::shared_ptr<const ast::File>> stdlibFiles;  // the standard library's
  sema::SymbolTable symbols;
  sema::SemanticModel model;
  // The enclosing declaration of every nested declaration.
  std::unordered_map<const ast::Decl*, const ast::Decl*> parents;
  Date today;
  // Inputs that could not be read at all (exit status 2), as messages.
  std::vector<std::string> inputErrors;
};

std::unique_ptr<Compilation> compile(const CompileOptions& options);

// Reads and parses the standard library that `options` names, for reuse.
std::shared_ptr<const ParsedStdlib> parseStdlib(const CompileOptions& options);

}  // namespace trustc
