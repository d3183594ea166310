// What each kind of declaration may contain: its header parts, where it may
// appear, its clauses and its properties with their value types. Semantic
// analysis checks every declaration against this table, so adding a property
// is one line in schema.cpp.
#pragma once

#include <cstdint>
#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

#include "ast/ast.h"

namespace trustc::sema {

using ast::DeclKind;

// A set of declaration kinds.
class KindSet {
 public:
  constexpr KindSet() = default;
  constexpr KindSet(std::initializer_list<DeclKind> kinds) {
    for (DeclKind k : kinds) bits_ |= bit(k);
  }
  constexpr bool contains(DeclKind k) const { return (bits_ & bit(k)) != 0; }
  constexpr bool empty() const { return bits_ == 0; }
  // "a resource group or a resource"
  std::string describe() const;

 private:
  static constexpr std::uint32_t bit(DeclKind k) { return 1u << static_cast<unsigned>(k); }
  std::uint32_t bits_ = 0;
};

// The article and noun used in messages: "an identity", "a resource group".
std::string_view describeKind(DeclKind kind);

inline const KindSet kScopeKinds{DeclKind::ManagementGroup, DeclKind::Subscription, DeclKind::ResourceGroup,
                                 DeclKind::Resource};

enum class ValueType {
  String,         // any string
  Contact,        // an e-mail address or an Entra object id (GUID)
  Url,            // an https URL
  Guid,           // a GUID, quoted or bare
  Date,           // YYYY-MM-DD
  Duration,       // 90d, 12w, 1y
  Bool,
  Number,
  Ref,            // a name of one of refKinds
  RefList,        // a list of names of refKinds (a single name is accepted)
  StringList,     // a list of strings (a single string is accepted)
  Enum,           // one of enumValues, written as a name
  Section,        // a block checked against `fields`
  Any,            // anything: checked by the consumer (e.g. policy parameters)
  StringOrRef,    // a string, or a name of refKinds
};

struct PropertySpec {
  std::string_view key;
  ValueType type = ValueType::String;
  bool required = false;
  KindSet refKinds{};
  std::vector<std::string_view> enumValues{};
  std::vector<PropertySpec> fields{};  // Section
  bool repeatable = false;             // may appear more than once
};

enum class Presence { None, Optional, Required };

struct DeclSpec {
  DeclKind kind;
  Presence name = Presence::Required;
  bool nameMayBeString = false;        // `role "Owner"`, `policy "Allowed locations"`
  Presence label = Presence::None;
  ValueType labelType = ValueType::String;
  std::string_view labelMeaning{};     // "the subscription id"
  Presence type = Presence::None;      // after `:`
  std::vector<std::string_view> typeValues{};
  Presence target = Presence::None;    // after `in` / `on`
  KindSet targetKinds{};
  std::vector<ast::Clause::Kind> clauses{};
  bool topLevel = true;                // may appear at file level
  KindSet parents{};                   // may appear inside these
  bool stdlibOnly = false;             // only `builtin` declarations of the standard library
  std::vector<PropertySpec> properties{};
};

const DeclSpec& specOf(DeclKind kind);
const PropertySpec* findProperty(const std::vector<PropertySpec>& specs, std::string_view key);

}  // namespace trustc::sema
