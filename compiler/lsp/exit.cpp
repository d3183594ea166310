// `exit`: stop serving (status 0 after `shutdown`, else 1).
#include "lsp/server.h"

namespace trustc::lsp {

void handleExit(Server& server, const json&) { server.setExit(); }

}  // namespace trustc::lsp
