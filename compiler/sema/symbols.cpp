#include "sema/symbols.h"

#include <algorithm>
#include <cctype>

namespace trustc::sema {

std::string toLower(std::string_view text) {
  std::string out(text);
  std::transform(out.begin(), out.end(), out.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return out;
}

const Symbol* SymbolTable::declare(std::string_view name, Symbol symbol) {
  auto [it, inserted] = names_.try_emplace(std::string(name), symbol);
  return inserted ? nullptr : &it->second;
}

const Symbol* SymbolTable::find(std::string_view name) const {
  auto it = names_.find(name);
  return it == names_.end() ? nullptr : &it->second;
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
  return it == byKey.end() ? nullptr : &it->second;
}

bool SymbolTable::Catalogue::add(std::string_view key, Symbol symbol) {
  return byKey.try_emplace(toLower(key), symbol).second;
}

std::vector<std::string_view> SymbolTable::Catalogue::displayNames() const {
  std::vector<std::string_view> out;
  for (const auto& [key, symbol] : byKey) {
    if (symbol.decl && symbol.decl->name) out.push_back(symbol.decl->name->text);
  }
  return out;
}

}  // namespace trustc::sema
