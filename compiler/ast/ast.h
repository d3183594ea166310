// The hand-written syntax tree, lowered from the ANTLR parse tree at once.
// Every node carries its source location. The tree is uniform: a declaration
// has a header (name, label, kind, placement, clauses) and a block of
// properties and nested declarations; sema gives each kind its meaning.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "support/source.h"

namespace trustc::ast {

enum class DeclKind {
#define TRUSTC_DECL(Name, Keyword) Name,
#include "ast/decl_kinds.def"
#undef TRUSTC_DECL
};
std::string_view keyword(DeclKind kind);
std::vector<std::string_view> allKeywords();

struct Ident {
  std::string text;
  Location location;
};

struct Property;

struct Value {
  enum class Kind { String, Number, Date, Duration, Guid, Bool, Ref, List, Object, Invalid };
  Kind kind = Kind::Invalid;
  Location location;
  // String: the decoded text; Ref: the dotted name; others: the literal as written.
  std::string text;
  bool boolean = false;
  std::vector<Value> items;        // List
  std::vector<Property> fields;    // Object
  std::vector<Ident> parts;        // Ref: each dotted part
};
std::string_view valueKindName(Value::Kind kind);

struct Property {
  Ident key;
  Value value;
  Location location;
};

struct Clause {
  enum class Kind { Because, Until, When, By };
  Kind kind;
  Location keywordLocation;
  Value value;
};
std::string_view clauseKeyword(Clause::Kind kind);

struct Decl {
  DeclKind kind = DeclKind::Tenant;
  Location location;         // the whole declaration
  Location keywordLocation;  // its keyword
  bool builtin = false;
  // The declared name; for `needs` the permission, for `grant` the role, for
  // `trust` the issuer, for `suppress` the rule id. A Ref, String or Guid.
  std::optional<Value> name;
  std::optional<Value> label;    // the string or GUID after the name
  std::optional<Ident> type;     // after `:`
  std::optional<Ident> alias;    // `trust ISSUER as NAME`
  std::optional<Value> target;   // a Ref after `in` or `on`
  bool targetIsOn = false;
  std::vector<Clause> clauses;
  bool hasBlock = false;
  // The parser recovered from a syntax error in or right after this
  // declaration: parts may be missing, so sema does not report them missing.
  bool incomplete = false;
  std::vector<Property> properties;
  std::vector<std::unique_ptr<Decl>> members;

  // The name as written (the Ref's or string's text), or "".
  std::string_view nameText() const { return name ? std::string_view(name->text) : std::string_view(); }
};

struct Import {
  std::string path;
  Location location;
};

struct File {
  FileId file = kNoFile;
  std::vector<Import> imports;
  std::vector<std::unique_ptr<Decl>> decls;
};

}  // namespace trustc::ast
