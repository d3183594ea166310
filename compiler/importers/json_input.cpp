#include "importers/json_input.h"

namespace trustc::importers {

std::optional<nlohmann::json> parseJson(const SourceManager& sources, FileId file, DiagnosticSink& sink, DiagKind kind,
                                        std::string_view what) {
  const SourceFile& f = sources.file(file);
  try {
    return nlohmann::json::parse(f.text());
  } catch (const nlohmann::json::parse_error& e) {
    std::string reason = e.what();
    std::size_t colon = reason.find(": ");
    if (colon != std::string::npos) reason = reason.substr(colon + 2);
    Position at = f.positionOf(e.byte > 0 ? e.byte - 1 : 0);
    sink.error(kind, {file, {at, {at.line, at.column + 1}}}, "{} is not valid JSON: {}", what, reason);
    return std::nullopt;
  }
}

std::string stringField(const nlohmann::json& object, const char* key) {
  auto it = object.find(key);
  return it != object.end() && it->is_string() ? it->get<std::string>() : std::string();
}

}  // namespace trustc::importers
