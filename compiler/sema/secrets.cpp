#include "sema/secrets.h"

#include <cctype>

#include "sema/analyzer.h"

namespace trustc::sema {

namespace {

bool secretChar(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '~' || c == '.' || c == '-';
}

void redactIn(Compilation& c, const ast::Value& v) {
  if (v.kind == ast::Value::Kind::String && looksLikeClientSecret(v.text)) c.sources.redact(v.location);
  for (const ast::Value& item : v.items) redactIn(c, item);
  for (const ast::Property& p : v.fields) redactIn(c, p.value);
}

void redactIn(Compilation& c, const ast::Decl& d) {
  if (d.kind == ast::DeclKind::Secret) {
    if (const ast::Value* value = propertyValue(d, "value")) c.sources.redact(value->location);
  }
  if (d.name) redactIn(c, *d.name);
  if (d.label) redactIn(c, *d.label);
  for (const ast::Clause& cl : d.clauses) redactIn(c, cl.value);
  for (const ast::Property& p : d.properties) redactIn(c, p.value);
  for (const auto& m : d.members) redactIn(c, *m);
}

}  // namespace

bool looksLikeClientSecret(std::string_view s) {
  for (std::size_t q = s.find("Q~"); q != std::string_view::npos; q = s.find("Q~", q + 1)) {
    if (q < 4 || !std::isdigit(static_cast<unsigned char>(s[q - 1]))) continue;
    bool head = secretChar(s[q - 2]) && secretChar(s[q - 3]) && secretChar(s[q - 4]);
    std::size_t tail = 0;
    while (q + 2 + tail < s.size() && secretChar(s[q + 2 + tail])) ++tail;
    if (head && tail >= 31 && tail <= 34) return true;
  }
  return false;
}

void redactSecrets(Compilation& c) {
  for (const auto& f : c.files) {
    for (const auto& d : f->decls) redactIn(c, *d);
  }
}

}  // namespace trustc::sema
