// What most handlers start with: the document a request names and the
// position in it, in trustc's terms.
#pragma once

#include <nlohmann/json.hpp>

#include "lsp/server.h"
#include "lsp/text.h"

namespace trustc::lsp {

// The open document named by params.textDocument.uri; an InvalidParams
// error when it is not open.
Document& documentOf(Server& server, const json& params);
LspPosition positionOf(const json& position);

// A request at a position of an open document, with its project analysed.
struct At {
  Document& doc;
  Project& project;
  const Compilation& c;
  FileId file;
  Position position;
};
// nullopt when the document could not be read into its project.
std::optional<At> locate(Server& server, const json& params);

}  // namespace trustc::lsp
