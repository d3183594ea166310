// Names a project declares. User declarations share one namespace (a name
// means one thing, whatever its kind); standard-library roles, policies,
// capabilities and issuers each have their own, looked up by their own
// syntax (a role by its quoted name or GUID, a capability by its dotted name).
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "ast/ast.h"

namespace trustc::sema {

struct Symbol {
  const ast::Decl* decl = nullptr;
  int index = -1;  // index into the SemanticModel vector of its kind, -1 when not modelled
  bool stdlib = false;
};

class SymbolTable {
 public:
  // Adds a name; returns the earlier symbol when the name is taken.
  const Symbol* declare(std::string_view name, Symbol symbol);
  const Symbol* find(std::string_view name) const;
  // Names whose declaration kind is accepted, for "did you mean".
  std::vector<std::string_view> namesOf(bool (*accept)(ast::DeclKind, const void*), const void* ctx) const;
  const std::map<std::string, Symbol, std::less<>>& all() const { return names_; }

  // Case-insensitive catalogues: role names, policy display names.
  struct Catalogue {
    std::map<std::string, Symbol, std::less<>> byKey;  // lower-cased key
    const Symbol* find(std::string_view key) const;
    bool add(std::string_view key, Symbol symbol);
    std::vector<std::string_view> displayNames() const;
  };
  Catalogue roles;       // by name and by GUID
  Catalogue policies;    // by display name and by GUID
  Catalogue capabilities;
  Catalogue issuers;

 private:
  std::map<std::string, Symbol, std::less<>> names_;
};

std::string toLower(std::string_view text);

}  // namespace trustc::sema
