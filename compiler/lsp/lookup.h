// What a position in a manifest refers to: every place a name is written
// (declared or used), with the declaration it names. Hover, definition,
// references and rename-like features all start here.
#pragma once

#include <functional>
#include <optional>
#include <string>

#include "sema/compilation.h"

namespace trustc::lsp {

struct Site {
  enum class Kind {
    Declaration,  // the name of a declaration, where it is declared
    Reference,    // a name used in a target, clause or property
    Role,         // the role of a grant (built-in or custom)
    Capability,   // a named capability in `needs`
    Action,       // an action pattern in `needs`
    Issuer,       // the issuer of `trust`
    Rule,         // the rule id of `suppress`
    Policy,       // the policy of a policy assignment
  };
  Kind kind = Kind::Reference;
  Location location;                  // where the name is written
  const ast::Decl* target = nullptr;  // the declaration it names (may be in the stdlib), or null
  const ast::Decl* within = nullptr;  // the declaration it is written in
  std::string text;                   // the name as written
};

// Every site of a file, in source order.
void forEachSite(const Compilation& c, const ast::File& file, const std::function<void(const Site&)>& fn);
// The innermost site at a position (the cursor may also be just after it).
std::optional<Site> siteAt(const Compilation& c, FileId file, Position at);
// The file's syntax tree in the compilation.
const ast::File* fileTree(const Compilation& c, FileId file);

}  // namespace trustc::lsp
