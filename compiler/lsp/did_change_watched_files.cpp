// `workspace/didChangeWatchedFiles`: manifests changed on disk (outside the
// editor, e.g. by `git checkout`): every project is analysed again.
#include "lsp/server.h"

namespace trustc::lsp {

void handleDidChangeWatchedFiles(Server& server, const json&) { server.workspace().touchAll(); }

}  // namespace trustc::lsp
