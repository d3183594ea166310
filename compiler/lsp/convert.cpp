#include "lsp/convert.h"

#include "lsp/workspace.h"

namespace trustc::lsp {

using nlohmann::json;

namespace {

int severityOf(Severity s) {
  switch (s) {
    case Severity::Error: return 1;
    case Severity::Warning: return 2;
    default: return 3;
  }
}

bool inProject(const Compilation& c, FileId file) {
  for (const auto& f : c.files) {
    if (f->file == file) return true;
  }
  return false;
}

}  // namespace

json toJson(const LspRange& r) {
  return {{"start", {{"line", r.start.line}, {"character", r.start.character}}},
          {"end", {{"line", r.end.line}, {"character", r.end.character}}}};
}

LspRange rangeOf(const Compilation& c, const Location& location) {
  if (!location.valid() || location.file >= c.sources.size()) return {};
  return toLsp(c.sources.file(location.file), location.range);
}

json locationOf(const Compilation& c, const Location& location, const Workspace& workspace) {
  if (!location.valid() || location.file >= c.sources.size() || !inProject(c, location.file)) return nullptr;
  return {{"uri", workspace.uriOf(c, location.file)}, {"range", toJson(rangeOf(c, location))}};
}

bool shown(const Diagnostic& d) { return !d.suppressed && d.severity != Severity::Off; }

json toLsp(const Compilation& c, const Diagnostic& d, const std::string& uri, const Workspace& workspace) {
  std::string message = d.message;
  json related = json::array();
  for (const Note& n : d.notes) {
    json where = locationOf(c, n.location, workspace);
    if (where.is_null()) message += "\nnote: " + n.message;
    else related.push_back({{"location", where}, {"message", n.message}});
  }
  json out = {{"range", toJson(rangeOf(c, d.location))},
              {"severity", severityOf(d.severity)},
              {"code", d.code},
              {"source", "trustc"},
              {"message", message}};
  if (!related.empty()) out["relatedInformation"] = related;
  if (d.fix) out["data"] = {{"fix", d.fix->description}, {"uri", uri}};
  return out;
}

json diagnosticsOf(const Compilation& c, FileId file, const std::string& uri, const Workspace& workspace) {
  json out = json::array();
  for (const Diagnostic& d : c.diagnostics.diagnostics()) {
    if (d.location.file == file && shown(d)) out.push_back(toLsp(c, d, uri, workspace));
  }
  return out;
}

json workspaceEdit(const Compilation& c, const Fix& fix, const Workspace& workspace) {
  json changes = json::object();
  for (const TextEdit& e : fix.edits) {
    if (!e.location.valid() || e.location.file >= c.sources.size()) continue;
    std::string uri = workspace.uriOf(c, e.location.file);
    if (!changes.contains(uri)) changes[uri] = json::array();
    changes[uri].push_back({{"range", toJson(rangeOf(c, e.location))}, {"newText", e.replacement}});
  }
  return {{"changes", changes}};
}

}  // namespace trustc::lsp
