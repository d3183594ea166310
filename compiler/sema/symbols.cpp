#include "sema/symbols.h"

#include <algorithm>
#include <cctype>

#include "sema/stdlib.h"

namespace trustc::sema {

std::string toLower(std::string_view text) {
  std::string out(text);
  std::transform(out.begin(), out.end(), out.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return out;
}

std::optional<Namespace> namespaceOf(const ast::Decl& d) {
  using K = ast::DeclKind;
  switch (d.kind) {
    case K::Needs:
    case K::Grant:
    case K::Trust:
    case K::Suppress:
    case K::Secret:
    case K::Certificate: return std::nullopt;
    case K::Capability: return Namespace::Capabilities;
    case K::Issuer: return Namespace::Issuers;
    case K::Role:
      if (d.builtin || (d.name && d.name->kind == ast::Value::Kind::String)) return Namespace::Roles;
      return Namespace::Names;
    case K::Policy:
    case K::Initiative:
      if (d.builtin || (d.name && d.name->kind == ast::Value::Kind::String)) return Namespace::Policies;
      return Namespace::Names;
    default: return Namespace::Names;
  }
}

void SymbolTable::setStdlib(const Stdlib* stdlib) {
  stdlib_ = stdlib;
  for (Catalogue* c : {&roles, &policies, &capabilities, &issuers}) c->stdlib = stdlib;
}

const Symbol* SymbolTable::declare(std::string_view name, Symbol symbol) {
  auto [it, inserted] = names_.try_emplace(std::string(name), symbol);
  return inserted ? nullptr : &it->second;
}

const Symbol* SymbolTable::find(std::string_view name) const {
  auto it = names_.find(name);
  if (it != names_.end()) return &it->second;
  return stdlib_ ? stdlib_->find(Namespace::Names, name) : nullptr;
}

std::vector<std::string_view> SymbolTable::namesOf(bool (*accept)(ast::DeclKind, const void*),
                                                   const void* ctx) const {
  std::vector<std::string_view> out;
  for (const auto& [name, symbol] : names_) {
    if (accept(symbol.decl->kind, ctx)) out.push_back(name);
  }
  return out;
}

const Symbol* SymbolTable::Catalogue::find(std::string_view key) const {
  auto it = byKey.find(toLower(key));
  if (it != byKey.end()) return &it->second;
  return stdlib ? stdlib->find(ns, key) : nullptr;
}

bool SymbolTable::Catalogue::add(std::string_view key, Symbol symbol) {
  return byKey.try_emplace(toLower(key), symbol).second;
}

std::vector<std::string_view> SymbolTable::Catalogue::displayNames() const {
  std::vector<std::string_view> out;
  for (const auto& [key, symbol] : byKey) {
    if (symbol.decl && symbol.decl->name) out.push_back(symbol.decl->name->text);
  }
  if (stdlib) {
    for (std::string_view name : stdlib->names(ns)) out.push_back(name);
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

}  // namespace trustc::sema
