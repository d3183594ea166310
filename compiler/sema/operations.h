// The provider operation catalogue: every control-plane action and data action
// Azure defines (`az provider operation list`), used to catch typos in custom
// roles and needs, to expand wildcard permissions, and to count what a role
// really grants. The standard library keeps it in `provider-operations.txt`
// (written by `trustc import-operations`); the build embeds it as a table.
//
// Names are case-insensitive, as Azure treats them. The table is sorted by
// the lower-cased name, so an exact name or a wildcard's literal prefix is a
// binary search away.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace trustc::sema {

enum class Plane : std::uint8_t { Control, Data };
std::string_view planeName(Plane plane);  // "control-plane action", "data action"

// One operation: its name in the catalogue's string pool.
struct OperationRow {
  std::uint32_t offset = 0;
  std::uint16_t size = 0;
  Plane plane = Plane::Control;
};

// Case-insensitive (ASCII) ordering and equality of operation names.
int compareNoCase(std::string_view a, std::string_view b);
bool equalsNoCase(std::string_view a, std::string_view b);
bool startsWithNoCase(std::string_view text, std::string_view prefix);

class OperationCatalogue {
 public:
  OperationCatalogue() = default;
  // A view over tables that outlive it (the embedded catalogue); `rows` sorted
  // by compareNoCase of their names.
  OperationCatalogue(std::string_view pool, std::span<const OperationRow> rows) : pool_(pool), rows_(rows) {}
  // A catalogue owning its names; they are sorted and de-duplicated
  // (case-insensitively; the first spelling wins).
  static OperationCatalogue fromNames(std::vector<std::pair<std::string, Plane>> names);

  std::size_t size() const { return rows_.size(); }
  bool empty() const { return rows_.empty(); }
  std::string_view name(std::size_t i) const { return pool_.substr(rows_[i].offset, rows_[i].size); }
  Plane plane(std::size_t i) const { return rows_[i].plane; }
  std::size_t count(Plane plane) const;

  // The operation with this exact name (case-insensitive).
  std::optional<std::size_t> find(std::string_view name) const;
  // Every operation a permission string matches (sema/permissions.h), in
  // catalogue order. A string without `*` matches at most itself.
  std::vector<std::size_t> matches(std::string_view permission) const;
  // The range of operations whose names start with `prefix` (case-insensitive).
  std::pair<std::size_t, std::size_t> prefixRange(std::string_view prefix) const;
  // The known operation closest to a misspelled one, for "did you mean".
  std::optional<std::string> closest(std::string_view name) const;

  // The tables, for writing them out (the standard library compiler).
  std::string_view pool() const { return pool_; }
  std::span<const OperationRow> rows() const { return rows_; }

 private:
  struct Storage {
    std::string pool;
    std::vector<OperationRow> rows;
  };
  std::shared_ptr<const Storage> storage_;
  std::string_view pool_;
  std::span<const OperationRow> rows_;
};

// The text form of the catalogue (`stdlib/provider-operations.txt`): `#`
// comment lines; a section header `[actions]` or `[data_actions]`; then one
// name segment per line, indented one space per level below its parent. A
// line ending in `/` is a prefix whose children follow; any other line ends
// an operation. For example
//
//   [actions]
//   Microsoft.ManagedIdentity/
//    userAssignedIdentities/
//     assign/
//      action
//     read
//
// holds `Microsoft.ManagedIdentity/userAssignedIdentities/assign/action` and
// `Microsoft.ManagedIdentity/userAssignedIdentities/read`.
struct OperationTextError {
  std::size_t line = 0;
  std::string message;
};
std::optional<OperationCatalogue> parseOperationText(std::string_view text, OperationTextError& error);
// Writes the text form; `header` lines are written first as `#` comments.
std::string writeOperationText(const OperationCatalogue& catalogue, const std::vector<std::string>& header);

}  // namespace trustc::sema
