// The standard library of one compilation: the image compiled into the binary
// (sema/stdlib_image.h), or a folder given with `--stdlib DIR`, parsed and
// compiled into the same tables at run time.
//
// Lookups go through the tables; a declaration is rebuilt as a syntax tree the
// first time it is found (and kept, so pointers to it stay valid for the
// compilation's life). Rebuilding mutates a cache inside this object, which is
// why a compilation is used by one thread at a time.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "ast/ast.h"
#include "sema/operations.h"
#include "sema/permissions.h"
#include "sema/stdlib_image.h"
#include "sema/symbols.h"

namespace trustc::sema {

// A built-in role as the catalogue holds it.
struct BuiltinRole {
  std::string_view name;
  std::string_view guid;
  std::uint32_t decl = image::kNone;
  std::size_t effectiveCount = 0;  // catalogue operations it allows
  bool deprecated = false;         // its name or description says it is deprecated
  bool conditional = false;        // a permission block carries an ABAC condition
  PermissionSet permissions;       // views into the image
};

class Stdlib {
 public:
  Stdlib() = default;
  Stdlib(const Stdlib&) = delete;
  Stdlib& operator=(const Stdlib&) = delete;

  // Uses the embedded image, its files registered in `sources` (their text is
  // not copied).
  void useEmbedded(SourceManager& sources);
  // Uses stdlib files parsed from a folder (already registered and analyzed as
  // part of the compilation) and an operation catalogue.
  void useParsed(std::vector<std::unique_ptr<ast::File>> files, const std::vector<std::string>& names,
                 const SourceManager& sources, OperationCatalogue operations);

  bool loaded() const { return !image_.files.empty() || !image_.operations.empty(); }
  const image::Image& image() const { return image_; }
  // The tables built from a folder (`--stdlib DIR`), or null for the embedded image.
  const image::OwnedImage* builtImage() const { return owned_.get(); }
  const OperationCatalogue& operations() const { return operations_; }
  // The parsed files (`--stdlib DIR` only), for the analyzer to check.
  const std::vector<std::unique_ptr<ast::File>>& parsedFiles() const { return parsed_; }

  // The declaration named `key` (case-insensitive in catalogues) in a namespace.
  const Symbol* find(Namespace ns, std::string_view key) const;
  // Every name in a namespace, as declared (for "did you mean" and completion).
  std::vector<std::string_view> names(Namespace ns) const;
  // A top-level declaration by its image index, rebuilt on first use.
  const ast::Decl& decl(std::uint32_t index) const;
  // Every top-level declaration of a kind, in file order.
  std::vector<const ast::Decl*> declsOf(ast::DeclKind kind) const;

  // The built-in roles, sorted by name.
  std::size_t roleCount() const { return image_.roles.size(); }
  BuiltinRole role(std::size_t i) const;
  // A built-in role by name or GUID (case-insensitive).
  std::optional<std::size_t> findRole(std::string_view nameOrGuid) const;

 private:
  std::optional<std::uint32_t> findKey(Namespace ns, std::string_view key) const;

  image::Image image_;
  std::unique_ptr<image::OwnedImage> owned_;
  std::vector<FileId> fileIds_;
  std::vector<std::unique_ptr<ast::File>> parsed_;
  std::vector<const ast::Decl*> parsedDecls_;  // by image index (top-level only)
  OperationCatalogue operations_;
  mutable std::unordered_map<std::uint32_t, std::unique_ptr<ast::Decl>> materialized_;
  mutable std::unordered_map<std::uint32_t, Symbol> symbols_;
};

}  // namespace trustc::sema
