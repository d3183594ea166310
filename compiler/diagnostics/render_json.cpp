#include <nlohmann/json.hpp>

#include "diagnostics/render.h"

namespace trustc {

namespace {

using nlohmann::ordered_json;

void putLocation(ordered_json& j, const SourceManager& sources, const Location& loc) {
  if (!loc.valid()) return;
  j["file"] = sources.file(loc.file).path();
  j["line"] = loc.range.begin.line;
  j["column"] = loc.range.begin.column;
  j["end_line"] = loc.range.end.line;
  j["end_column"] = loc.range.end.column;
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
  doc["summary"] = {{"errors", s.errors}, {"warnings", s.warnings}, {"infos", s.infos},
                    {"suppressed", s.suppressed}};
  // Invalid UTF-8 never reaches here (inputs are validated), but replace
  // rather than throw should a byte slip through.
  out << doc.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
}

}  // namespace trustc
