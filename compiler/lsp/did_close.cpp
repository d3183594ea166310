// `textDocument/didClose`: the file on disk counts again; a project with no
// open document left is forgotten and its diagnostics cleared.
#include "lsp/server.h"

namespace trustc::lsp {

void handleDidClose(Server& server, const json& params) {
  server.workspace().close(params.at("textDocument").at("uri").get<std::string>());
}

}  // namespace trustc::lsp
