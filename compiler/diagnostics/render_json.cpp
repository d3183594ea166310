#include <nlohmann/json.hpp>

#include "diagnostics/render.h"

namespace trustc {

namespace {

using nlohmann::ordered_json;

// Every diagnostic and note has the same keys; a place that is not known is null.
void putLocation(ordered_json& j, const SourceManager& sources, const Location& loc) {
  bool known = loc.valid() && loc.range.begin.line > 0;
  j["file"] = loc.valid() ? ordered_json(sources.file(loc.file).path()) : ordered_json(nullptr);
  j["line"] = known ? ordered_json(loc.range.begin.line) : ordered_json(nullptr);
  j["column"] = known ? ordered_json(loc.range.begin.column) : ordered_json(nullptr);
  j["end_line"] = known ? ordered_json(loc.range.end.line) : ordered_json(nullptr);
  j["end_column"] = known ? ordered_json(loc.range.end.column) : ordered_json(nullptr);
}

}  // namespace

void renderJson(std::ostream& out, const SourceManager& sources,
                const std::vector<Diagnostic>& diagnostics) {
  ordered_json list = ordered_json::array();
  for (const Diagnostic& d : diagnostics) {
    ordered_json j;
    j["code"] = d.code;
    j["severity"] = severityName(d.severity);
    j["message"] = d.message;
    putLocation(j, sources, d.location);
    ordered_json notes = ordered_json::array();
    for (const Note& n : d.notes) {
      ordered_json nj;
      nj["message"] = n.message;
      putLocation(nj, sources, n.location);
      notes.push_back(std::move(nj));
    }
    j["notes"] = std::move(notes);
    if (d.fix) {
      ordered_json edits = ordered_json::array();
      for (const TextEdit& e : d.fix->edits) {
        ordered_json ej;
        putLocation(ej, sources, e.location);
        ej["replacement"] = e.replacement;
        edits.push_back(std::move(ej));
      }
      j["fix"] = {{"description", d.fix->description}, {"edits", std::move(edits)}};
    }
    if (d.suppressed) {
      j["suppressed"] = true;
      j["justification"] = d.suppressionReason;
      if (!d.suppressionExpiry.empty()) j["expires"] = d.suppressionExpiry;
    }
    list.push_back(std::move(j));
  }
  Summary s = summarize(diagnostics);
  ordered_json doc;
  doc["diagnostics"] = std::move(list);
  doc["summary"] = {{"errors", s.errors}, {"warnings", s.warnings}};
  // Invalid UTF-8 never reaches here (inputs are validated), but replace
  // rather than throw should a byte slip through.
  out << doc.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
}

}  // namespace trustc
