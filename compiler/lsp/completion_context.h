// Where the cursor is, for completion: what is being typed and what may come
// there. Read from the tokens before the cursor, so it works on text that
// does not parse yet (as text being typed rarely does).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "ast/ast.h"
#include "sema/schema.h"
#include "syntax/tokens.h"

namespace trustc::lsp {

struct CompletionContext {
  enum class Kind {
    None,
    Role,           // after `grant`
    Capability,     // after `needs`
    Scope,          // after `on` or `in`
    Issuer,         // after `trust`
    Rule,           // after `suppress`
    Owner,          // after `by`
    Type,           // after `:` in a declaration header
    PropertyValue,  // after `key =` (or inside its list)
    Member,         // at the start of a member, or of a top-level declaration
  };
  Kind kind = Kind::None;
  // The text being typed (replaced by the completion), as a range of the line.
  Position replaceBegin;
  Position replaceEnd;
  std::string prefix;
  bool quoted = false;  // the prefix opens a string
  // The declarations and sections around the cursor, innermost last.
  std::optional<ast::DeclKind> decl;  // the innermost enclosing declaration
  std::vector<std::string> sections;  // sections inside it, outermost first
  std::optional<ast::DeclKind> header;  // Type, Scope: the declaration whose header this is
  std::string key;                      // PropertyValue: the property
};

CompletionContext completionContext(const std::vector<syntax::Token>& tokens, Position cursor);

// The declaration kind a keyword starts, if any (`identity`, `grant`, ...).
std::optional<ast::DeclKind> declKindOf(std::string_view keyword);

// The properties that may appear at the context's place (of its declaration,
// or of the innermost section); null at top level.
const std::vector<sema::PropertySpec>* propertiesAt(const CompletionContext& ctx);

}  // namespace trustc::lsp
