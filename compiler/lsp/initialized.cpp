// `initialized`: the client is ready; nothing to do.
#include "lsp/server.h"

namespace trustc::lsp {

void handleInitialized(Server&, const json&) {}

}  // namespace trustc::lsp
