#include "lsp/workspace.h"

#include <filesystem>

#include "emit/emit.h"
#include "lsp/convert.h"
#include "lsp/text.h"
#include "rules/config_file.h"
#include "rules/runner.h"
#include "syntax/caches.h"

namespace trustc::lsp {

namespace fs = std::filesystem;

namespace {

std::string projectRoot(const fs::path& file) {
  std::error_code ec;
  for (fs::path dir = file.parent_path(); !dir.empty(); dir = dir.parent_path()) {
    if (fs::exists(dir / "trustc.json", ec)) return dir.string();
    if (dir == dir.root_path()) break;
  }
  return file.parent_path().string();
}

bool within(const std::string& root, const std::string& path) {
  return path.size() > root.size() && path.compare(0, root.size(), root) == 0 && path[root.size()] == '/';
}

// The made-up path of a document that is not a file, e.g. `untitled:1`.
std::string virtualPath(const std::string& uri) {
  std::string name;
  for (char c : uri) name += std::isalnum(static_cast<unsigned char>(c)) ? c : '_';
  if (name.size() < 6 || name.compare(name.size() - 6, 6, ".trust") != 0) name += ".trust";
  return "/nonexistent-trustc-documents/" + name;
}

}  // namespace

Document& Workspace::open(const std::string& uri, std::string text, int version) {
  Document& doc = documents_[uri];
  doc.uri = uri;
  doc.text = std::move(text);
  doc.version = version;
  if (auto path = uriToPath(uri)) {
    doc.path = fs::path(*path).lexically_normal().string();
    std::error_code ec;
    doc.root = projectRoot(doc.path);
    if (!fs::is_directory(doc.root, ec)) doc.root = doc.path;
  } else {
    doc.path = virtualPath(uri);
    doc.root = doc.path;
  }
  uriOfPath_[doc.path] = uri;
  Project& p = projects_[doc.root];
  p.singleFile = doc.root == doc.path;
  p.dirty = true;
  return doc;
}

void Workspace::close(const std::string& uri) {
  auto it = documents_.find(uri);
  if (it == documents_.end()) return;
  std::string root = it->second.root;
  uriOfPath_.erase(it->second.path);
  documents_.erase(it);
  projects_[root].dirty = true;
}

Document* Workspace::document(const std::string& uri) {
  auto it = documents_.find(uri);
  return it == documents_.end() ? nullptr : &it->second;
}

void Workspace::touch(const Document& doc) { projects_[doc.root].dirty = true; }

void Workspace::touchAll() {
  for (auto& [root, p] : projects_) p.dirty = true;
}

Project& Workspace::project(const Document& doc) {
  Project& p = projects_[doc.root];
  if (p.dirty || !p.compilation) analyze(doc.root, p);
  return p;
}

std::optional<FileId> Workspace::fileOf(Project& p, const Document& doc) const {
  auto it = p.files.find(doc.path);
  if (it == p.files.end()) return std::nullopt;
  return it->second;
}

std::string Workspace::uriOf(const Compilation& c, FileId file) const {
  std::error_code ec;
  std::string path = fs::absolute(c.sources.file(file).path(), ec).lexically_normal().string();
  if (auto it = uriOfPath_.find(path); it != uriOfPath_.end()) return it->second;
  return pathToUri(path);
}

void Workspace::analyze(const std::string& root, Project& p) {
  CompileOptions o;
  o.asOf = options_.asOf;
  o.stdlibDir = options_.stdlibDir;
  if (!p.singleFile) o.inputs.push_back(root);
  // Open documents replace their files; new ones not yet saved are inputs too.
  for (const auto& [uri, doc] : documents_) {
    if (doc.root != root) continue;
    o.overlays.emplace_back(doc.path, doc.text);
    if (p.singleFile || within(root, doc.path)) o.inputs.push_back(doc.path);
  }
  p.compilation = compile(o);
  Compilation& c = *p.compilation;
  // The same steps as `trustc check`: the project's trustc.json, the rules,
  // then Azure's limits on what would be deployed.
  std::string configError;
  const std::size_t filesBefore = c.sources.size();
  std::optional<rules::Config> config = rules::loadConfig(c, std::nullopt, o.inputs, configError);
  // Its mistakes are published on the file itself, like a manifest's.
  p.configFile.reset();
  if (c.sources.size() > filesBefore) p.configFile = static_cast<FileId>(filesBefore);
  if (!c.diagnostics.hasErrors() && config) rules::runRules(c, *config);
  if (!c.diagnostics.hasErrors()) emit::checkBuildable(c, c.diagnostics);
  c.diagnostics.sort(c.sources);
  p.files.clear();
  std::error_code ec;
  for (const auto& f : c.files) {
    p.files[fs::absolute(c.sources.file(f->file).path(), ec).lexically_normal().string()] = f->file;
  }
  p.dirty = false;
  p.unpublished = true;
  ++analyses_;
  // Bound ANTLR's process-wide caches (they grow with the variety of input).
  if (syntax::parserCacheSize().dfaStates > options_.maxParserCacheStates) syntax::clearParserCaches();
}

std::vector<nlohmann::json> Workspace::analyzeChanged() {
  std::vector<nlohmann::json> out;
  for (auto it = projects_.begin(); it != projects_.end();) {
    auto& [root, p] = *it;
    bool open = false;
    for (const auto& [uri, doc] : documents_) open = open || doc.root == root;
    if (!open) {  // no open document left: clear what was published and forget it
      for (const std::string& uri : p.published)
        out.push_back({{"uri", uri}, {"diagnostics", nlohmann::json::array()}});
      it = projects_.erase(it);
      continue;
    }
    if (p.dirty || !p.compilation) analyze(root, p);
    if (p.unpublished) {
      p.unpublished = false;
      std::set<std::string> now;
      const Compilation& c = *p.compilation;
      std::vector<FileId> files;
      for (const auto& f : c.files) files.push_back(f->file);
      if (p.configFile) files.push_back(*p.configFile);
      for (FileId file : files) {
        std::string uri = uriOf(c, file);
        nlohmann::json params = {{"uri", uri}, {"diagnostics", diagnosticsOf(c, file, uri, *this)}};
        if (const Document* d = document(uri)) params["version"] = d->version;
        if (!params["diagnostics"].empty()) now.insert(uri);
        if (!params["diagnostics"].empty() || p.published.count(uri) || document(uri))
          out.push_back(std::move(params));
      }
      for (const std::string& uri : p.published) {
        if (!now.count(uri) &&
            std::none_of(out.begin(), out.end(), [&](const auto& j) { return j["uri"] == uri; })) {
          out.push_back({{"uri", uri}, {"diagnostics", nlohmann::json::array()}});
        }
      }
      p.published = std::move(now);
    }
    ++it;
  }
  return out;
}

}  // namespace trustc::lsp
