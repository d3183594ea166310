#include "emit/limits.h"

namespace trustc::emit {

std::size_t textLength(std::string_view text) {
  std::size_t n = 0;
  for (char ch : text) n += (static_cast<unsigned char>(ch) & 0xC0) != 0x80;
  return n;
}

std::string excerpt(std::string_view text) {
  if (textLength(text) <= 60) return std::string(text);
  std::size_t cut = 0;
  for (std::size_t chars = 0; cut < text.size() && chars < 40; ++chars) {
    ++cut;
    while (cut < text.size() && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) ++cut;
  }
  return std::string(text.substr(0, cut)) + "…";
}

bool checkLength(DiagnosticSink& diags, Location at, std::string_view what, std::string_view value,
                 std::size_t max, DiagKind kind) {
  std::size_t n = textLength(value);
  if (n <= max) return true;
  diags.error(kind, at, "{} `{}` has {} characters, but Azure allows at most {}; shorten it", what,
              excerpt(value), n, max);
  return false;
}

bool checkPolicyName(DiagnosticSink& diags, Location at, std::string_view what, std::string_view name,
                     std::size_t max) {
  if (!checkLength(diags, at, what, name, max, DiagKind::AzureNameTooLong)) return false;
  for (char ch : name) {
    if (std::string_view("<>*%&:\\?.+/").find(ch) != std::string_view::npos ||
        static_cast<unsigned char>(ch) < 0x20) {
      diags.error(DiagKind::AzureNameInvalid, at,
                  "{} `{}` contains `{}`, which Azure does not allow in policy names", what, name, ch);
      return false;
    }
  }
  if (!name.empty() && name.back() == ' ') {
    diags.error(DiagKind::AzureNameInvalid, at, "{} `{}` ends with a space, which Azure does not allow", what,
                name);
    return false;
  }
  return true;
}

bool checkIdentifierName(DiagnosticSink& diags, Location at, std::string_view what, std::string_view name,
                         std::size_t max) {
  if (!checkLength(diags, at, what, name, max, DiagKind::AzureNameTooLong)) return false;
  auto alnum = [](char ch) {
    return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9');
  };
  bool ok = name.size() >= 3 && alnum(name[0]);
  for (char ch : name) ok = ok && (alnum(ch) || ch == '-' || ch == '_');
  if (!ok) {
    diags.error(
        DiagKind::AzureNameInvalid, at,
        "{} `{}` must have at least 3 characters, only letters, digits, `-` and `_`, and start with a letter "
        "or digit",
        what, name);
  }
  return ok;
}

}  // namespace trustc::emit
