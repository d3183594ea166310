// `textDocument/didChange`: whole-text and incremental changes, applied in order.
#include "lsp/handler_util.h"

namespace trustc::lsp {

void handleDidChange(Server& server, const json& params) {
  Document& doc = documentOf(server, params);
  for (const json& change : params.at("contentChanges")) {
    std::string text = change.at("text").get<std::string>();
    if (!change.contains("range")) {
      doc.text = std::move(text);
      continue;
    }
    const json& range = change.at("range");
    std::size_t begin = offsetOf(doc.text, positionOf(range.at("start")));
    std::size_t end = offsetOf(doc.text, positionOf(range.at("end")));
    if (end < begin) std::swap(begin, end);
    doc.text.replace(begin, end - begin, text);
  }
  doc.version = params.at("textDocument").value("version", doc.version);
  server.workspace().touch(doc);
}

}  // namespace trustc::lsp
