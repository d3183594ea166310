// Names a project declares. User declarations share one namespace (a name
// means one thing, whatever its kind); standard-library roles, policies,
// capabilities and issuers each have their own, looked up by their own
// syntax (a role by its quoted name or GUID, a capability by its dotted name).
//
// The standard library is not entered here: a lookup that the project does
// not answer falls through to the compiled stdlib (sema/stdlib.h), which
// rebuilds the declaration it finds on first use.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "ast/ast.h"

namespace trustc::sema {

class Stdlib;

struct Symbol {
  const ast::Decl* decl = nullptr;
  int index = -1;  // index into the SemanticModel vector of its kind, -1 when not modelled
  bool stdlib = false;
};

// Where a declaration's name is looked up.
enum class Namespace : std::uint8_t { Names, Roles, Policies, Capabilities, Issuers };
// The namespace of a declaration's name, or nullopt for members named within
// their parent (needs, grants, trusts, suppressions, secrets, certificates).
// Catalogue namespaces also take the label (a role's GUID) as a key.
std::optional<Namespace> namespaceOf(const ast::Decl& d);

class SymbolTable {
 public:
  // The standard library that lookups fall through to.
  void setStdlib(const Stdlib* stdlib);

  // Adds a name; returns the earlier symbol when the name is taken.
  const Symbol* declare(std::string_view name, Symbol symbol);
  const Symbol* find(std::string_view name) const;
  // Names whose declaration kind is accepted, for "did you mean" (the project's only).
  std::vector<std::string_view> namesOf(bool (*accept)(ast::DeclKind, const void*), const void* ctx) const;
  const std::map<std::string, Symbol, std::less<>>& all() const { return names_; }

  // Case-insensitive catalogues: role names, policy display names.
  struct Catalogue {
    explicit Catalogue(Namespace n) : ns(n) {}
    Namespace ns;
    std::map<std::string, Symbol, std::less<>> byKey;  // lower-cased key; the project's declarations
    const Stdlib* stdlib = nullptr;
    const Symbol* find(std::string_view key) const;
    bool add(std::string_view key, Symbol symbol);
    // Every name, the project's and the standard library's.
    std::vector<std::string_view> displayNames() const;
  };
  Catalogue roles{Namespace::Roles};        // by name and by GUID
  Catalogue policies{Namespace::Policies};  // by display name and by GUID
  Catalogue capabilities{Namespace::Capabilities};
  Catalogue issuers{Namespace::Issuers};

 private:
  std::map<std::string, Symbol, std::less<>> names_;
  const Stdlib* stdlib_ = nullptr;
};

std::string toLower(std::string_view text);

}  // namespace trustc::sema
