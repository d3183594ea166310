// `textDocument/hover`: what the name under the cursor is (see describe.h).
#include "lsp/convert.h"
#include "lsp/describe.h"
#include "lsp/handler_util.h"
#include "lsp/lookup.h"

namespace trustc::lsp {

json handleHover(Server& server, const json& params) {
  auto at = locate(server, params);
  if (!at) return nullptr;
  auto site = siteAt(at->c, at->file, at->position);
  if (!site) return nullptr;
  std::string text = describe(at->c, *site);
  if (text.empty()) return nullptr;
  return {{"contents", {{"kind", "markdown"}, {"value", text}}}, {"range", toJson(rangeOf(at->c, site->location))}};
}

}  // namespace trustc::lsp
