// The compiled standard library: every stdlib declaration, its names in each
// namespace, the built-in roles' permissions and the provider operation
// catalogue, as flat tables of integers over one string pool.
//
// The build compiles stdlib/ once (stdlib/tool/compile_stdlib.cpp: parse,
// check, then `buildImage`) and writes the tables as C++ constants, so a run
// finds a role by name or GUID with a binary search and never parses the
// stdlib: nothing is read or allocated until a declaration is used, and then
// only that declaration is rebuilt as a syntax tree (`materialize`). With
// `--stdlib DIR` the same tables are built at run time from the parsed folder.
//
// Tables hold offsets, not pointers, so they need no relocation at start-up.
#pragma once

#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "ast/ast.h"
#include "sema/operations.h"
#include "sema/symbols.h"

namespace trustc {
class SourceManager;
}

namespace trustc::sema {

namespace image {

inline constexpr std::uint32_t kNone = 0xFFFFFFFFu;

struct Str {
  std::uint32_t offset = 0, size = 0;
};

// A location in a stdlib file, by the file's index in `Image::files`.
struct Loc {
  std::uint32_t file = kNone, line = 0, column = 0, endLine = 0, endColumn = 0;
};

struct Value {
  std::uint8_t kind = 0;  // ast::Value::Kind
  std::uint8_t boolean = 0;
  Loc location;
  Str text;
  std::uint32_t items = 0, itemCount = 0;    // into values
  std::uint32_t fields = 0, fieldCount = 0;  // into properties
  std::uint32_t parts = 0, partCount = 0;    // into idents
};

struct Ident {
  Str text;
  Loc location;
};

struct Property {
  Ident key;
  std::uint32_t value = kNone;
  Loc location;
};

struct Clause {
  std::uint8_t kind = 0;  // ast::Clause::Kind
  Loc keywordLocation;
  std::uint32_t value = kNone;
};

enum DeclFlag : std::uint8_t { kBuiltin = 1, kTargetIsOn = 2, kHasBlock = 4 };

struct Decl {
  std::uint8_t kind = 0;  // ast::DeclKind
  std::uint8_t flags = 0;
  Loc location, keywordLocation;
  std::uint32_t name = kNone, label = kNone, target = kNone;  // into values
  std::uint32_t type = kNone, alias = kNone;                  // into idents
  std::uint32_t clauses = 0, clauseCount = 0;
  std::uint32_t properties = 0, propertyCount = 0;
  std::uint32_t members = 0, memberCount = 0;  // into decls
};

struct File {
  Str name;  // the file name, e.g. `roles.trust`
  Str text;
  std::uint32_t lineStarts = 0, lineCount = 0;  // into lineStarts
  std::uint32_t decls = 0, declCount = 0;       // its top-level declarations
};

// A name (lower-cased) of a top-level declaration in a namespace. Sorted by
// namespace, then key.
struct Key {
  Namespace ns = Namespace::Names;
  Str key;
  std::uint32_t decl = kNone;
};

// deprecated: its name or description says so; conditional: a permission
// block carries an ABAC condition; service: a role for a Microsoft service or
// first-party app (named "... Service Role", or described as a service role,
// for internal use, for Microsoft Defender, or as used by a service) rather
// than for workloads.
enum RoleFlag : std::uint8_t { kDeprecated = 1, kConditional = 2, kService = 4 };

// A built-in role's permissions. Sorted by lower-cased name.
struct Role {
  std::uint32_t decl = kNone;
  Str name, guid;
  std::uint32_t blocks = 0, blockCount = 0;
  std::uint32_t effectiveCount = 0;  // catalogue operations it allows
  std::uint8_t flags = 0;            // RoleFlag
};

// Lists in the order actions, not_actions, data_actions, not_data_actions.
struct Block {
  std::uint32_t first[4] = {0, 0, 0, 0}, count[4] = {0, 0, 0, 0};  // into patterns
  Str condition;
};

struct Image {
  std::string_view pool;
  std::span<const File> files;
  std::span<const std::uint32_t> lineStarts;
  std::span<const Decl> decls;
  std::span<const Value> values;
  std::span<const Property> properties;
  std::span<const Clause> clauses;
  std::span<const Ident> idents;
  std::span<const Key> keys;
  std::span<const Role> roles;
  std::span<const Block> blocks;
  std::span<const Str> patterns;
  std::span<const OperationRow> operations;  // names in `pool`

  std::string_view str(Str s) const { return pool.substr(s.offset, s.size); }
};

// An image built at run time (and by the build), owning its tables.
struct OwnedImage {
  std::string pool;
  std::vector<File> files;
  std::vector<std::uint32_t> lineStarts;
  std::vector<Decl> decls;
  std::vector<Value> values;
  std::vector<Property> properties;
  std::vector<Clause> clauses;
  std::vector<Ident> idents;
  std::vector<Key> keys;
  std::vector<Role> roles;
  std::vector<Block> blocks;
  std::vector<Str> patterns;
  std::vector<OperationRow> operations;

  Image view() const;
};

// Compiles parsed, checked stdlib files (named as in `names`) and the
// operation catalogue into tables.
std::unique_ptr<OwnedImage> buildImage(const std::vector<const ast::File*>& files,
                                       const std::vector<std::string>& names, const SourceManager& sources,
                                       const OperationCatalogue& operations);

// Rebuilds declaration `decl` (with its members) as a syntax tree, its
// locations in the files registered as `fileIds` (by image file index).
std::unique_ptr<ast::Decl> materialize(const Image& image, std::uint32_t decl,
                                       std::span<const FileId> fileIds);

// The operation catalogue of an image.
OperationCatalogue operationsOf(const Image& image);

}  // namespace image

// The image compiled into this binary (generated by the build); empty in the
// build tool that generates it.
const image::Image& embeddedStdlibImage();

}  // namespace trustc::sema
