// `textDocument/codeAction`: a quick fix for every diagnostic in the range
// that carries a fix (e.g. "did you mean" replacements).
#include "lsp/convert.h"
#include "lsp/handler_util.h"

namespace trustc::lsp {

namespace {

bool overlaps(const LspRange& a, const LspRange& b) { return !(a.end < b.start) && !(b.end < a.start); }

LspRange rangeFrom(const json& r) { return {positionOf(r.at("start")), positionOf(r.at("end"))}; }

}  // namespace

json handleCodeAction(Server& server, const json& params) {
  json out = json::array();
  Document& doc = documentOf(server, params);
  Project& project = server.workspace().project(doc);
  auto file = server.workspace().fileOf(project, doc);
  if (!file) return out;
  const Compilation& c = *project.compilation;
  LspRange wanted = rangeFrom(params.at("range"));
  for (const Diagnostic& d : c.diagnostics.diagnostics()) {
    if (d.location.file != *file || !d.fix || !shown(d) || !overlaps(rangeOf(c, d.location), wanted)) continue;
    out.push_back({{"title", d.fix->description},
                   {"kind", "quickfix"},
                   {"isPreferred", true},
                   {"diagnostics", {toLsp(c, d, doc.uri, server.workspace())}},
                   {"edit", workspaceEdit(c, *d.fix, server.workspace())}});
  }
  return out;
}

}  // namespace trustc::lsp
