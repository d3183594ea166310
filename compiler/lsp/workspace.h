// What the server knows: the open documents and, for each project they
// belong to, the latest compilation (with the open documents' text in place
// of the files on disk). A project is the folder of the nearest `trustc.json`
// above a document, else the document's own folder; a document that is not a
// file on disk is a project of its own.
#pragma once

#include <nlohmann/json.hpp>

#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "sema/compilation.h"
#include "support/date.h"

namespace trustc::lsp {

struct WorkspaceOptions {
  std::optional<Date> asOf;
  std::optional<std::string> stdlibDir;
  // ANTLR's caches are cleared when they hold more DFA states than this.
  std::size_t maxParserCacheStates = 10000;
};

struct Document {
  std::string uri;
  std::string path;  // absolute; a made-up path for documents that are not files
  std::string text;
  int version = 0;
  std::string root;  // the project it belongs to
};

struct Project {
  std::unique_ptr<Compilation> compilation;
  std::map<std::string, FileId> files;  // absolute path -> file of the compilation
  std::optional<FileId> configFile;     // the project's trustc.json, when it has one
  std::set<std::string> published;      // URIs whose diagnostics were published
  bool dirty = true;                    // a document changed since the last analysis
  bool unpublished = true;              // analysed since diagnostics were last published
  bool singleFile = false;
};

class Workspace {
 public:
  explicit Workspace(WorkspaceOptions options) : options_(std::move(options)) {}

  Document& open(const std::string& uri, std::string text, int version);
  void close(const std::string& uri);
  Document* document(const std::string& uri);
  // Marks the document's project for analysis (after its text changed).
  void touch(const Document& doc);
  // Marks every project for analysis (files changed on disk).
  void touchAll();

  // The document's project, analysed if it changed.
  Project& project(const Document& doc);
  // The file of the document in its project's compilation, if it was read.
  std::optional<FileId> fileOf(Project& project, const Document& doc) const;
  // The URI of a file of a compilation.
  std::string uriOf(const Compilation& c, FileId file) const;

  // Analyses every project that changed and returns the publishDiagnostics
  // parameters to send (every file of the project, and an empty list for
  // files that had diagnostics before and have none now).
  std::vector<nlohmann::json> analyzeChanged();

  std::size_t analyses() const { return analyses_; }

 private:
  void analyze(const std::string& root, Project& p);

  WorkspaceOptions options_;
  std::map<std::string, Document> documents_;
  std::map<std::string, Project> projects_;
  std::map<std::string, std::string> uriOfPath_;
  std::size_t analyses_ = 0;
};

}  // namespace trustc::lsp
