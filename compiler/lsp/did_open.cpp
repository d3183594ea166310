// `textDocument/didOpen`: the document's text replaces its file in its project.
#include "lsp/server.h"

namespace trustc::lsp {

void handleDidOpen(Server& server, const json& params) {
  const json& doc = params.at("textDocument");
  server.workspace().open(doc.at("uri").get<std::string>(), doc.at("text").get<std::string>(),
                          doc.value("version", 0));
}

}  // namespace trustc::lsp
