// A concrete syntax tree for tools that reproduce the text (the formatter):
// unlike the AST it keeps every token and comment, and the nesting that the
// parser found (declarations, blocks, properties, lists). Built from the
// same parse as the AST, so both always agree. No ANTLR type appears here.
#pragma once

#include <memory>
#include <vector>

#include "diagnostics/sink.h"
#include "syntax/limits.h"
#include "syntax/tokens.h"

namespace trustc::syntax {

enum class NodeKind {
  File,
  Import,       // import "path"
  Decl,         // header tokens, Clause nodes, an optional Block
  Clause,       // because/until/when/by and its value
  Block,        // { members }
  Property,     // key = value
  Section,      // key { ... }
  List,         // [ values ]
  Object,       // a block used as a value
  EmptyMember,  // a lone `;`
  Stray,        // a token that cannot start a declaration (an error)
};

struct Node {
  struct Child {
    std::uint32_t token = 0;     // index into Cst::tokens when `node` is null
    std::unique_ptr<Node> node;  // a nested node
  };
  NodeKind kind = NodeKind::File;
  std::vector<Child> children;  // in source order
};

struct Cst {
  std::vector<Token> tokens;  // every token but whitespace (comments included)
  Node root;                  // kind File
};

// Parses a file into a concrete tree. Syntax errors go to `sink`; the tree of
// a file with errors is incomplete and must not be printed back.
Cst parseConcrete(const SourceManager& sources, FileId file, DiagnosticSink& sink, const Limits& limits = {});

}  // namespace trustc::syntax
