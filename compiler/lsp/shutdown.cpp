// `shutdown`: from now on only `exit` is accepted.
#include "lsp/server.h"

namespace trustc::lsp {

json handleShutdown(Server& server, const json&) {
  server.setShutdown();
  return nullptr;
}

}  // namespace trustc::lsp
