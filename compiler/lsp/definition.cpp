// `textDocument/definition`: where the name under the cursor is declared.
#include "lsp/convert.h"
#include "lsp/handler_util.h"
#include "lsp/lookup.h"

namespace trustc::lsp {

json handleDefinition(Server& server, const json& params) {
  auto at = locate(server, params);
  if (!at) return nullptr;
  auto site = siteAt(at->c, at->file, at->position);
  if (!site || !site->target) return nullptr;
  const ast::Decl& d = *site->target;
  // Standard-library declarations are not files the editor can open.
  return locationOf(at->c, d.name ? d.name->location : d.keywordLocation, server.workspace());
}

}  // namespace trustc::lsp
