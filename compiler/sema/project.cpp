#include "sema/project.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>

#include <fmt/format.h>

#include "sema/stdlib.h"
#include "support/files.h"
#include "syntax/parse.h"

namespace trustc::sema {

namespace fs = std::filesystem;

namespace {

std::string stripBom(std::string text) {
  if (text.size() >= 3 && static_cast<unsigned char>(text[0]) == 0xEF &&
      static_cast<unsigned char>(text[1]) == 0xBB && static_cast<unsigned char>(text[2]) == 0xBF) {
    text.erase(0, 3);
  }
  return text;
}

// Reads at most limit + 1 bytes: enough to report an oversized file without
// holding all of it. The buffer is sized by the file, not by the limit.
std::optional<std::string> readFile(const fs::path& path, std::size_t limit) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return std::nullopt;
  // Grown as it is read, not sized by the limit: zeroing a limit-sized buffer
  // costs more than reading a typical manifest.
  std::string text;
  char chunk[1 << 16];
  while (text.size() <= limit && in) {
    in.read(chunk, static_cast<std::streamsize>(std::min(sizeof chunk, limit + 1 - text.size())));
    text.append(chunk, static_cast<std::size_t>(in.gcount()));
  }
  if (in.bad()) return std::nullopt;
  return text;
}

}  // namespace

std::string displayPath(const fs::path& path) {
  std::error_code ec;
  fs::path cwd = fs::current_path(ec);
  fs::path abs = fs::absolute(path, ec).lexically_normal();
  if (!ec) {
    fs::path rel = abs.lexically_relative(cwd);
    if (!rel.empty() && *rel.begin() != "..") return rel.generic_string();
  }
  return path.lexically_normal().generic_string();
}

namespace {

// Inside the root both as written and once symbolic links are resolved, so a
// link cannot lead an import out of the project.
bool within(const fs::path& root, const fs::path& path) {
  if (!lexicallyWithin(root, path)) return false;
  std::error_code ec1, ec2;
  fs::path realRoot = fs::weakly_canonical(root, ec1);
  fs::path realPath = fs::weakly_canonical(path, ec2);
  return ec1 || ec2 || lexicallyWithin(realRoot, realPath);
}

class Loader {
 public:
  Loader(const CompileOptions& options, Compilation& c) : options_(options), c_(c) {
    for (const auto& [path, text] : options.overlays) {
      overlays_[fs::absolute(path).lexically_normal().string()] = text;
    }
  }

  void run() {
    std::set<fs::path> roots;
    for (const std::string& input : options_.inputs) {
      fs::path p(input);
      std::error_code ec;
      fs::path abs = fs::absolute(p, ec).lexically_normal();
      bool overlay = overlays_.count(abs.string()) > 0;
      if (!overlay && !fs::exists(abs, ec)) {
        c_.inputErrors.push_back("cannot read '" + input + "': no such file or folder");
        continue;
      }
      if (fs::is_directory(abs, ec)) {
        std::vector<fs::path> found;
        for (fs::recursive_directory_iterator it(abs, fs::directory_options::skip_permission_denied, ec), end;
             !ec && it != end; it.increment(ec)) {
          if (it->is_regular_file(ec) && it->path().extension() == ".trust") found.push_back(it->path());
        }
        if (ec)
          c_.inputErrors.push_back("cannot read folder '" + input + "': " + ec.message());
        else if (found.empty())
          c_.inputErrors.push_back("no `.trust` files in the folder '" + input + "'");
        std::sort(found.begin(), found.end());
        for (const fs::path& f : found) enqueue(f.lexically_normal(), abs, {});
      } else {
        enqueue(abs, abs.parent_path(), {});
      }
    }
    // Parse in path order: the result does not depend on the order of inputs.
    std::sort(pending_.begin(), pending_.end(),
              [](const Pending& a, const Pending& b) { return a.path < b.path; });
    for (std::size_t i = 0; i < pending_.size(); ++i) {
      Pending p = pending_[i];  // copy: parse() may enqueue imports
      parse(p);
    }
  }

 private:
  struct Pending {
    fs::path path;
    fs::path root;
    Location importedFrom;
  };

  void enqueue(const fs::path& path, const fs::path& root, Location from) {
    if (!seen_.insert(path).second) return;
    pending_.push_back({path, root, from});
  }

  void parse(const Pending& p) {
    std::optional<std::string> text;
    if (auto it = overlays_.find(p.path.string()); it != overlays_.end())
      text = it->second;
    else
      text = readFile(p.path, options_.limits.maxFileBytes);
    if (!text) {
      if (p.importedFrom.valid()) {
        c_.diagnostics.error(DiagKind::ImportNotFound, p.importedFrom, "cannot read the imported file `{}`",
                             displayPath(p.path));
      } else {
        c_.inputErrors.push_back("cannot read '" + displayPath(p.path) + "'");
      }
      return;
    }
    FileId id = c_.sources.add(displayPath(p.path), stripBom(std::move(*text)));
    ids_[p.path] = id;
    auto file = parseFile(c_.sources, id, c_.diagnostics, options_.limits);
    for (const ast::Import& imp : file->imports) resolveImport(p, imp);
    c_.files.push_back(std::move(file));
  }

  void resolveImport(const Pending& from, const ast::Import& imp) {
    fs::path target = (from.path.parent_path() / imp.path).lexically_normal();
    if (!within(from.root, target)) {
      c_.diagnostics.error(DiagKind::ImportOutsideRoot, imp.location,
                           "`{}` is outside the project folder `{}`; imports cannot leave it", imp.path,
                           displayPath(from.root));
      return;
    }
    if (target.extension() != ".trust") {
      c_.diagnostics.error(DiagKind::ImportNotManifest, imp.location, "`{}` is not a `.trust` manifest",
                           imp.path);
      return;
    }
    edges_[from.path].push_back({target, imp.location});
    if (std::vector<fs::path> cycle = pathBetween(target, from.path); !cycle.empty()) {
      Diagnostic& d =
          c_.diagnostics.error(DiagKind::ImportCycle, imp.location,
                               "importing `{}` makes a cycle: it leads back to this file", imp.path);
      std::string chain = displayPath(from.path);
      for (const fs::path& step : cycle) chain += " -> " + displayPath(step);
      d.notes.push_back({{}, fmt::format("the cycle: {}; remove one of these imports", chain)});
      return;
    }
    if (!seen_.count(target)) {
      std::error_code ec;
      if (!fs::exists(target, ec) && !overlays_.count(target.string())) {
        c_.diagnostics.error(DiagKind::ImportNotFound, imp.location, "cannot find the imported file `{}`",
                             imp.path);
        seen_.insert(target);
        return;
      }
    }
    enqueue(target, from.root, imp.location);
  }

  // The files from `from` to `to` through the imports seen so far (both
  // included), or nothing when `to` cannot be reached.
  std::vector<fs::path> pathBetween(const fs::path& from, const fs::path& to) {
    std::map<fs::path, fs::path> cameFrom;
    std::vector<fs::path> queue{from};
    cameFrom[from] = from;
    for (std::size_t i = 0; i < queue.size(); ++i) {
      fs::path at = queue[i];
      if (at == to) {
        std::vector<fs::path> path{at};
        while (path.back() != from) path.push_back(cameFrom[path.back()]);
        return {path.rbegin(), path.rend()};
      }
      for (const auto& [next, loc] : edges_[at]) {
        if (cameFrom.try_emplace(next, at).second) queue.push_back(next);
      }
    }
    return {};
  }

  const CompileOptions& options_;
  Compilation& c_;
  std::map<std::string, std::string> overlays_;
  std::set<fs::path> seen_;
  std::vector<Pending> pending_;
  std::map<fs::path, FileId> ids_;
  std::map<fs::path, std::vector<std::pair<fs::path, Location>>> edges_;
};

}  // namespace

void loadProject(const CompileOptions& options, Compilation& c) { Loader(options, c).run(); }

void loadStdlib(const CompileOptions& options, Compilation& c) {
  if (!options.useStdlib) return;
  if (!options.stdlibDir) {
    c.stdlib.useEmbedded(c.sources);
    return;
  }
  // A folder: parse its manifests and compile them into the same tables the
  // build embeds (the build runs exactly this on stdlib/).
  std::error_code ec;
  std::vector<fs::path> found;
  for (fs::directory_iterator it(*options.stdlibDir, ec), end; !ec && it != end; it.increment(ec)) {
    if (it->path().extension() == ".trust") found.push_back(it->path());
  }
  if (ec || found.empty()) {
    c.inputErrors.push_back("cannot read the standard library folder '" + *options.stdlibDir + "'");
    return;
  }
  std::sort(found.begin(), found.end());
  std::vector<std::unique_ptr<ast::File>> files;
  std::vector<std::string> names;
  for (const fs::path& f : found) {
    auto text = readFile(f, options.limits.maxFileBytes);
    if (!text) {
      c.inputErrors.push_back("cannot read '" + displayPath(f) + "'");
      continue;
    }
    FileId id = c.sources.add(displayPath(f), stripBom(std::move(*text)));
    files.push_back(parseFile(c.sources, id, c.diagnostics, options.limits));
    names.push_back(f.filename().string());
  }
  // The operation catalogue: the folder's own, else the embedded one.
  OperationCatalogue operations = image::operationsOf(embeddedStdlibImage());
  fs::path opsFile = fs::path(*options.stdlibDir) / "provider-operations.txt";
  if (fs::exists(opsFile, ec)) {
    auto text = readFile(opsFile, options.limits.maxFileBytes);
    OperationTextError error;
    std::optional<OperationCatalogue> parsed = text ? parseOperationText(*text, error) : std::nullopt;
    if (!parsed) {
      c.inputErrors.push_back(text ? fmt::format("{}:{}: {}", displayPath(opsFile), error.line, error.message)
                                   : "cannot read '" + displayPath(opsFile) + "'");
      return;
    }
    operations = std::move(*parsed);
  }
  c.stdlib.useParsed(std::move(files), names, c.sources, std::move(operations));
}

}  // namespace trustc::sema
