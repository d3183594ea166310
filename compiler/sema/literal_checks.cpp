#include <fmt/format.h>

#include <cctype>

#include "sema/analyzer.h"
#include "sema/literals.h"

namespace trustc::sema {

using ast::Value;

bool isGuid(std::string_view text) {
  static constexpr int kGroups[] = {8, 4, 4, 4, 12};
  std::size_t i = 0;
  for (int g = 0; g < 5; ++g) {
    if (g > 0) {
      if (i >= text.size() || text[i] != '-') return false;
      ++i;
    }
    for (int k = 0; k < kGroups[g]; ++k, ++i) {
      if (i >= text.size() || !std::isxdigit(static_cast<unsigned char>(text[i]))) return false;
    }
  }
  return i == text.size();
}

bool isResourceType(std::string_view text) {
  // Namespace/type(/subtype)*, the namespace of two or more dotted words.
  std::size_t slash = text.find('/');
  if (slash == std::string_view::npos) return false;
  std::string_view ns = text.substr(0, slash);
  auto word = [](std::string_view w) {
    if (w.empty() || !std::isalpha(static_cast<unsigned char>(w[0]))) return false;
    for (char c : w) {
      if (!std::isalnum(static_cast<unsigned char>(c))) return false;
    }
    return true;
  };
  std::size_t dots = 0, start = 0;
  for (std::size_t i = 0; i <= ns.size(); ++i) {
    if (i == ns.size() || ns[i] == '.') {
      if (!word(ns.substr(start, i - start))) return false;
      if (i < ns.size()) ++dots;
      start = i + 1;
    }
  }
  if (dots == 0) return false;
  std::string_view rest = text.substr(slash + 1);
  start = 0;
  for (std::size_t i = 0; i <= rest.size(); ++i) {
    if (i == rest.size() || rest[i] == '/') {
      if (!word(rest.substr(start, i - start))) return false;
      start = i + 1;
    }
  }
  return true;
}

bool isEmail(std::string_view text) {
  std::size_t at = text.find('@');
  if (at == 0 || at == std::string_view::npos || text.find('@', at + 1) != std::string_view::npos) return false;
  std::string_view domain = text.substr(at + 1);
  std::size_t dot = domain.find('.');
  if (dot == 0 || dot == std::string_view::npos || domain.back() == '.') return false;
  for (char c : text) {
    if (std::isspace(static_cast<unsigned char>(c))) return false;
  }
  return true;
}

bool Analyzer::checkGuid(const Value& v) {
  if (v.kind == Value::Kind::Guid) return true;
  if (v.kind != Value::Kind::String) {
    wrongType(v, "the value", "a GUID");
    return false;
  }
  if (isGuid(v.text)) return true;
  diags_.error(DiagKind::MalformedGuid, v.location,
               "`{}` is not a GUID: a GUID has 32 hex digits in groups of 8-4-4-4-12", v.text);
  return false;
}

bool Analyzer::checkDate(const Value& v) {
  if (parseDate(v.text)) return true;
  diags_.error(DiagKind::MalformedDate, v.location, "{}", dateProblem(v.text));
  return false;
}

bool Analyzer::checkDuration(const Value& v) {
  if (parseDurationDays(v.text)) return true;
  diags_.error(DiagKind::MalformedDuration, v.location,
               "`{}` is not a duration: write a positive count and a unit, `d` (days), `w` (weeks) or `y` "
               "(years), e.g. `90d`",
               v.text);
  return false;
}

bool Analyzer::checkResourceType(const Value& v) {
  if (isResourceType(v.text)) return true;
  Diagnostic& d = diags_.error(DiagKind::MalformedResourceType, v.location,
                               "`{}` is not a resource type: write `Namespace/type`", v.text);
  d.notes.push_back({{}, "for example \"Microsoft.Storage/storageAccounts\" or \"Microsoft.KeyVault/vaults\""});
  return false;
}

bool Analyzer::checkContact(const Value& v) {
  if (v.kind == Value::Kind::Guid || isEmail(v.text) || isGuid(v.text)) return true;
  diags_.error(DiagKind::MalformedValue, v.location,
               "`{}` is not a contact: give an e-mail address or an Entra group's object id", v.text);
  return false;
}

bool Analyzer::checkUrl(const Value& v) {
  std::string_view t = v.text;
  if (t.substr(0, 8) == "https://" && t.size() > 8 && t.find(' ') == std::string_view::npos) return true;
  diags_.error(DiagKind::MalformedValue, v.location, "`{}` is not an https URL", v.text);
  return false;
}

void Analyzer::wrongType(const Value& v, std::string_view key, std::string_view expected) {
  Diagnostic& d = diags_.error(DiagKind::WrongValueType, v.location, "`{}` takes {}, found {}", key, expected,
                               ast::valueKindName(v.kind));
  if (v.kind == Value::Kind::String && expected.find("name") != std::string_view::npos) {
    d.notes.push_back({{}, "names are written without quotes"});
  } else if (v.kind == Value::Kind::Ref && expected.find("string") != std::string_view::npos) {
    d.notes.push_back({{}, fmt::format("write it in quotes: \"{}\"", v.text)});
  } else if (v.kind == Value::Kind::Number && expected.find("duration") != std::string_view::npos) {
    d.notes.push_back({{}, fmt::format("add a unit: `{}d`", v.text)});
  } else if (v.kind == Value::Kind::Ref && (toLower(v.text) == "true" || toLower(v.text) == "false")) {
    d.notes.push_back({{}, fmt::format("write it in lower case: `{}`", toLower(v.text))});
  } else if (v.kind == Value::Kind::String && expected.find("one of") != std::string_view::npos) {
    d.notes.push_back({{}, fmt::format("write it without quotes: `{}`", v.text)});
  } else if (v.kind == Value::Kind::String && expected.find("date") != std::string_view::npos) {
    d.notes.push_back({{}, fmt::format("dates are written without quotes: {}", v.text)});
  }
}

}  // namespace trustc::sema
