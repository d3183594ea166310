// Recovery of a common mistake before analysis: `environment prod` inside a
// workload, with the `=` forgotten, reads as a nested declaration. When such a
// declaration is bare (a keyword and a name, nothing else), cannot stand where
// it is, and its keyword is a property of the enclosing declaration, it is
// turned back into the property it was meant to be, with one error.
#include <fmt/format.h>

#include "sema/analyzer.h"

namespace trustc::sema {

namespace {

bool bare(const ast::Decl& d) {
  return d.name && !d.builtin && !d.label && !d.type && !d.alias && !d.target && d.clauses.empty() &&
         !d.hasBlock;
}

}  // namespace

void recoverPropertyDecls(ast::Decl& parent, DiagnosticSink& sink) {
  const DeclSpec& parentSpec = specOf(parent.kind);
  auto& members = parent.members;
  for (auto it = members.begin(); it != members.end();) {
    ast::Decl& m = **it;
    std::string_view key = ast::keyword(m.kind);
    const PropertySpec* property = findProperty(parentSpec.properties, key);
    bool headerKind = m.kind != DeclKind::Needs && m.kind != DeclKind::Grant && m.kind != DeclKind::Trust &&
                      m.kind != DeclKind::Suppress;
    if (!headerKind || !property || !bare(m) || specOf(m.kind).parents.contains(parent.kind)) {
      recoverPropertyDecls(m, sink);
      ++it;
      continue;
    }
    Location keyLocation = m.keywordLocation;
    Diagnostic& d =
        sink.error(DiagKind::SyntaxError, m.name->location, "missing `=` between `{}` and its value", key);
    d.fix = Fix{"insert `=`", {{{keyLocation.file, {keyLocation.range.end, keyLocation.range.end}}, " ="}}};
    ast::Property p;
    p.key = {std::string(key), keyLocation};
    p.value = std::move(*m.name);
    p.location = m.location;
    parent.properties.push_back(std::move(p));
    it = members.erase(it);
  }
}

}  // namespace trustc::sema
