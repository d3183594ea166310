// `initialize`: what the server can do.
#include "lsp/server.h"

namespace trustc::lsp {

json handleInitialize(Server& server, const json&) {
  if (server.initialized()) throw RpcError{ErrorCode::InvalidRequest, "the server is already initialized"};
  server.setInitialized();
  return {
      {"capabilities",
       {{"positionEncoding", "utf-16"},
        {"textDocumentSync", {{"openClose", true}, {"change", 2}}},  // 2: incremental
        {"hoverProvider", true},
        {"definitionProvider", true},
        {"referencesProvider", true},
        {"completionProvider", {{"triggerCharacters", {"\"", "."}}}},
        {"documentFormattingProvider", true},
        {"codeActionProvider", {{"codeActionKinds", {"quickfix"}}}}}},
      {"serverInfo", {{"name", "trustc"}, {"version", TRUSTC_VERSION}}},
  };
}

}  // namespace trustc::lsp
