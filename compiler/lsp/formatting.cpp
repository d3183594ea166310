// `textDocument/formatting`: the same formatter as `trustc fmt`, as one edit
// replacing the whole text; no edit when the text has syntax errors.
#include "format/format.h"
#include "lsp/convert.h"
#include "lsp/handler_util.h"

namespace trustc::lsp {

json handleFormatting(Server& server, const json& params) {
  Document& doc = documentOf(server, params);
  auto formatted = format::formatText(doc.path, doc.text);
  if (!formatted) return nullptr;
  json edits = json::array();
  if (*formatted != doc.text) {
    edits.push_back({{"range", toJson(LspRange{{0, 0}, endOf(doc.text)})}, {"newText", *formatted}});
  }
  return edits;
}

}  // namespace trustc::lsp
