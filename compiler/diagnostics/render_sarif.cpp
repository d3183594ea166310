#include <filesystem>
#include <map>
#include <nlohmann/json.hpp>
#include <set>

#include "diagnostics/render.h"

namespace trustc {

namespace {

using nlohmann::ordered_json;
namespace fs = std::filesystem;

std::string_view levelOf(Severity s) {
  switch (s) {
    case Severity::Error: return "error";
    case Severity::Warning: return "warning";
    default: return "note";
  }
}

// Percent-encodes what a URI path may not hold; keeps `/`.
std::string uriPath(std::string_view path) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string out;
  for (char ch : path) {
    auto c = static_cast<unsigned char>(ch);
    bool plain = std::isalnum(c) || c == '/' || c == '-' || c == '_' || c == '.' || c == '~';
    if (plain) {
      out += ch;
    } else {
      out += '%';
      out += kHex[c >> 4];
      out += kHex[c & 15];
    }
  }
  return out;
}

// The artifact's path relative to the source root, or its absolute path
// (as a file URI) when it lies outside.
std::pair<std::string, bool> artifactUri(const std::string& path, const std::string& root) {
  std::error_code ec;
  fs::path abs = fs::absolute(path, ec).lexically_normal();
  if (!root.empty()) {
    fs::path rel = abs.lexically_relative(fs::path(root));
    if (!rel.empty() && *rel.begin() != "..") return {uriPath(rel.generic_string()), true};
  }
  return {"file://" + uriPath(abs.generic_string()), false};
}

ordered_json region(const Location& loc) {
  ordered_json r;
  r["startLine"] = loc.range.begin.line;
  r["startColumn"] = loc.range.begin.column;
  if (loc.range.end.line != 0) {
    r["endLine"] = loc.range.end.line;
    r["endColumn"] = loc.range.end.column;
  }
  return r;
}

ordered_json physicalLocation(const SourceManager& sources, const Location& loc,
                              const SarifOptions& options) {
  auto [uri, relative] = artifactUri(sources.file(loc.file).path(), options.sourceRoot);
  ordered_json artifact;
  artifact["uri"] = uri;
  if (relative) artifact["uriBaseId"] = "%SRCROOT%";
  ordered_json p;
  p["artifactLocation"] = std::move(artifact);
  if (loc.range.begin.line != 0) p["region"] = region(loc);
  return {{"physicalLocation", std::move(p)}};
}

}  // namespace

void renderSarif(std::ostream& out, const SourceManager& sources, const std::vector<Diagnostic>& diagnostics,
                 const std::vector<RuleDescriptor>& rules, const SarifOptions& options) {
  ordered_json driver;
  driver["name"] = "trustc";
  driver["version"] = options.toolVersion;
  driver["semanticVersion"] = options.toolVersion;
  if (!options.informationUri.empty()) driver["informationUri"] = options.informationUri;
  ordered_json descriptors = ordered_json::array();
  std::map<std::string, std::size_t, std::less<>> ruleIndex;
  std::set<std::string_view> used;
  for (const Diagnostic& d : diagnostics) used.insert(d.code);
  for (const RuleDescriptor& r : rules) {
    ordered_json d;
    d["id"] = r.id;
    d["shortDescription"] = {{"text", r.shortDescription}};
    d["fullDescription"] = {{"text", r.fullDescription.empty() ? r.shortDescription : r.fullDescription}};
    d["defaultConfiguration"] = {{"level", levelOf(r.defaultSeverity)}};
    if (!r.helpUri.empty()) d["helpUri"] = r.helpUri;
    if (!r.helpMarkdown.empty() && used.count(r.id)) {
      d["help"] = {{"text", r.fullDescription.empty() ? r.shortDescription : r.fullDescription},
                   {"markdown", r.helpMarkdown}};
    }
    ruleIndex[r.id] = descriptors.size();
    descriptors.push_back(std::move(d));
  }
  driver["rules"] = std::move(descriptors);

  ordered_json results = ordered_json::array();
  for (const Diagnostic& d : diagnostics) {
    ordered_json r;
    r["ruleId"] = d.code;
    if (auto it = ruleIndex.find(d.code); it != ruleIndex.end()) r["ruleIndex"] = it->second;
    r["level"] = levelOf(d.severity);
    std::string text = d.message;
    for (const Note& n : d.notes) {
      if (!n.location.valid()) text += "\n" + n.message;
    }
    r["message"] = {{"text", text}};
    ordered_json locations = ordered_json::array();
    if (d.location.valid()) locations.push_back(physicalLocation(sources, d.location, options));
    r["locations"] = std::move(locations);
    ordered_json related = ordered_json::array();
    for (const Note& n : d.notes) {
      if (!n.location.valid()) continue;
      ordered_json rel = physicalLocation(sources, n.location, options);
      rel["id"] = related.size();
      rel["message"] = {{"text", n.message}};
      related.push_back(std::move(rel));
    }
    if (!related.empty()) r["relatedLocations"] = std::move(related);
    if (d.suppressed) {
      ordered_json s;
      s["kind"] = "inSource";
      s["status"] = "accepted";
      s["justification"] = d.suppressionReason;
      if (!d.suppressionExpiry.empty()) s["properties"] = {{"expiry", d.suppressionExpiry}};
      r["suppressions"] = ordered_json::array({std::move(s)});
    }
    results.push_back(std::move(r));
  }

  ordered_json run;
  run["tool"] = {{"driver", std::move(driver)}};
  if (!options.sourceRoot.empty()) {
    std::string root = "file://" + uriPath(fs::path(options.sourceRoot).generic_string());
    if (root.back() != '/') root += '/';
    run["originalUriBaseIds"] = {{"%SRCROOT%", {{"uri", root}}}};
  }
  run["results"] = std::move(results);
  run["columnKind"] = "unicodeCodePoints";

  ordered_json log;
  log["$schema"] = "https://json.schemastore.org/sarif-2.1.0.json";
  log["version"] = "2.1.0";
  log["runs"] = ordered_json::array({std::move(run)});
  out << log.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
}

}  // namespace trustc
