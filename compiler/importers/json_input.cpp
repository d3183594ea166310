#include "importers/json_input.h"

namespace trustc::importers {

std::optional<nlohmann::json> parseJsonInput(const SourceManager& sources, FileId id, DiagnosticSink& sink,
                                             DiagKind kind, std::string_view what) {
  const SourceFile& file = sources.file(id);
  try {
    return nlohmann::json::parse(file.text());
  } catch (const nlohmann::json::parse_error& e) {
    std::string message = e.what();
    std::size_t colon = message.find(": ");
    Position p = file.positionOf(e.byte > 0 ? e.byte - 1 : 0);
    sink.error(kind, {id, {p, {p.line, p.column + 1}}}, "the {} is not valid JSON: {}", what,
               colon == std::string::npos ? message : message.substr(colon + 2));
    return std::nullopt;
  }
}

}  // namespace trustc::importers
