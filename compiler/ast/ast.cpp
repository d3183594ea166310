#include "ast/ast.h"

namespace trustc::ast {

std::string_view keyword(DeclKind kind) {
  switch (kind) {
#define TRUSTC_DECL(Name, Keyword) \
  case DeclKind::Name:             \
    return Keyword;
#include "ast/decl_kinds.def"
#undef TRUSTC_DECL
  }
  return "";
}

std::vector<std::string_view> allKeywords() {
  return {
#define TRUSTC_DECL(Name, Keyword) Keyword,
#include "ast/decl_kinds.def"
#undef TRUSTC_DECL
  };
}

std::string_view valueKindName(Value::Kind kind) {
  switch (kind) {
    case Value::Kind::String: return "a string";
    case Value::Kind::Number: return "a number";
    case Value::Kind::Date: return "a date";
    case Value::Kind::Duration: return "a duration";
    case Value::Kind::Guid: return "a GUID";
    case Value::Kind::Bool: return "`true` or `false`";
    case Value::Kind::Ref: return "a name";
    case Value::Kind::List: return "a list";
    case Value::Kind::Object: return "a block";
    case Value::Kind::Invalid: return "an invalid value";
  }
  return "a value";
}

std::string_view clauseKeyword(Clause::Kind kind) {
  switch (kind) {
    case Clause::Kind::Because: return "because";
    case Clause::Kind::Until: return "until";
    case Clause::Kind::When: return "when";
    case Clause::Kind::By: return "by";
  }
  return "";
}

}  // namespace trustc::ast
