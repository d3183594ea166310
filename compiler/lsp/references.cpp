// `textDocument/references`: every place in the project that names the same
// declaration (or the same built-in role, capability or issuer) as the name
// under the cursor.
#include "lsp/convert.h"
#include "lsp/handler_util.h"
#include "lsp/lookup.h"

namespace trustc::lsp {

json handleReferences(Server& server, const json& params) {
  json out = json::array();
  auto at = locate(server, params);
  if (!at) return out;
  auto site = siteAt(at->c, at->file, at->position);
  if (!site) return out;
  bool withDeclaration = params.contains("context") && params["context"].value("includeDeclaration", false);
  for (const auto& f : at->c.files) {
    forEachSite(at->c, *f, [&](const Site& s) {
      bool same = site->target ? s.target == site->target : s.kind == site->kind && s.text == site->text;
      if (!same || (s.kind == Site::Kind::Declaration && !withDeclaration)) return;
      json where = locationOf(at->c, s.location, server.workspace());
      if (!where.is_null()) out.push_back(std::move(where));
    });
  }
  return out;
}

}  // namespace trustc::lsp
