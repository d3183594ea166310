#include "lsp/handler_util.h"

namespace trustc::lsp {

Document& documentOf(Server& server, const json& params) {
  const std::string uri = params.at("textDocument").at("uri").get<std::string>();
  Document* doc = server.workspace().document(uri);
  if (!doc) throw RpcError{ErrorCode::InvalidParams, "the document `" + uri + "` is not open"};
  return *doc;
}

LspPosition positionOf(const json& position) {
  return {position.at("line").get<std::uint32_t>(), position.at("character").get<std::uint32_t>()};
}

std::optional<At> locate(Server& server, const json& params) {
  Document& doc = documentOf(server, params);
  LspPosition lsp = positionOf(params.at("position"));
  Project& project = server.workspace().project(doc);
  auto file = server.workspace().fileOf(project, doc);
  if (!file) return std::nullopt;
  const Compilation& c = *project.compilation;
  return At{doc, project, c, *file, fromLsp(c.sources.file(*file), lsp)};
}

}  // namespace trustc::lsp
