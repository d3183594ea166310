// `trustc fmt PATH...`: rewrites manifests in the canonical layout.
#include <fmt/format.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <iostream>
#include <iterator>

#include "diagnostics/render.h"
#include "driver/options.h"
#include "driver/verbs.h"
#include "format/format.h"
#include "support/files.h"

namespace trustc::driver {

namespace {

namespace fs = std::filesystem;

constexpr std::string_view kHelp = R"(usage: trustc fmt [--check] PATH...
       trustc fmt -

Rewrites manifests (files, or folders searched for *.trust files) in the
canonical layout: two-space indentation; a block written on one line stays
on one line (two spaces between members) when it fits in 100 columns, other
blocks take one member per line; one space around `=`; comments kept where
they are. Only whitespace, line breaks,
unneeded `;` and trailing commas change; a file keeps its meaning. A file
with syntax errors is reported and left alone. `-` reads standard input
and writes the result to standard output.

Exit status: 0 done (or, with --check, nothing to change), 1 syntax errors
(or, with --check, files that would change), 2 usage or I/O failure.

options:
  --check   change nothing; list the files that would change
)";

struct FmtOptions {
  bool check = false;
  bool help = false;
  std::vector<std::string> paths;
};

std::optional<FmtOptions> parseFmtOptions(const Args& args) {
  FmtOptions o;
  for (const std::string& a : args) {
    if (a == "--check")
      o.check = true;
    else if (a == "-h" || a == "--help")
      o.help = true;
    else if (a.size() > 1 && a[0] == '-') {
      usageError(fmt::format("unknown option `{}` for `trustc fmt`; see `trustc fmt --help`", a));
      return std::nullopt;
    } else {
      o.paths.push_back(a);
    }
  }
  return o;
}

// The files a path names: itself, or the *.trust files beneath a folder in
// path order.
std::vector<std::string> expand(const std::string& path, std::vector<std::string>& errors) {
  std::error_code ec;
  if (!fs::is_directory(path, ec)) {
    if (!fs::exists(path, ec))
      errors.push_back(fmt::format("cannot read '{}': no such file or folder", path));
    else
      return {path};
    return {};
  }
  std::vector<std::string> found;
  for (fs::recursive_directory_iterator it(path, fs::directory_options::skip_permission_denied, ec), end;
       !ec && it != end; it.increment(ec)) {
    if (it->is_regular_file(ec) && it->path().extension() == ".trust") found.push_back(it->path().string());
  }
  if (ec) errors.push_back(fmt::format("cannot read folder '{}': {}", path, ec.message()));
  std::sort(found.begin(), found.end());
  return found;
}

class Formatter {
 public:
  explicit Formatter(bool check) : check_(check) {}

  // Formats one file's text; returns the formatted text, or nullopt after
  // reporting why it cannot be formatted.
  std::optional<std::string> run(const std::string& path, std::string text) {
    FileId id = sources_.add(path, std::move(text));
    DiagnosticSink sink;
    format::Result r = format::formatFile(sources_, id, sink);
    if (!r.text) {
      sink.sort(sources_);
      renderText(std::cerr, sources_, sink.diagnostics(), {isatty(STDERR_FILENO) != 0, true});
      if (!r.failure.empty()) fmt::print(stderr, "{}: error: {}\n", path, r.failure);
      findings_ = true;
    }
    return r.text;
  }

  void file(const std::string& path) {
    auto text = readWholeFile(path);
    if (!text) {
      usageError(fmt::format("cannot read '{}'", path));
      ioFailure_ = true;
      return;
    }
    auto formatted = run(path, *text);
    if (!formatted || *formatted == *text) return;
    if (check_) {
      fmt::print("{}\n", path);
      findings_ = true;
      return;
    }
    // A symbolic link stays a link: the file it points to is rewritten.
    std::error_code ec;
    fs::path target = fs::is_symlink(path, ec) ? fs::canonical(path, ec) : fs::path(path);
    if (ec) target = path;
    fs::perms mode = fs::status(target, ec).permissions();
    if (std::string error = writeFileAtomically(target.string(), *formatted); !error.empty()) {
      usageError(error);
      ioFailure_ = true;
      return;
    }
    if (!ec) fs::permissions(target, mode, ec);
  }

  void standardInput() {
    std::string text(std::istreambuf_iterator<char>(std::cin), {});
    auto formatted = run("<stdin>", text);
    if (!formatted) return;
    if (check_) {
      if (*formatted != text) {
        fmt::print("<stdin>\n");
        findings_ = true;
      }
      return;
    }
    std::cout << *formatted;
    std::cout.flush();
  }

  int status() const { return ioFailure_ ? kExitUsage : findings_ ? kExitFindings : kExitClean; }
  void ioFailure() { ioFailure_ = true; }

 private:
  bool check_;
  SourceManager sources_;
  bool findings_ = false;
  bool ioFailure_ = false;
};

}  // namespace

int runFmt(const Args& args) {
  auto options = parseFmtOptions(args);
  if (!options) return kExitUsage;
  if (options->help) {
    fmt::print("{}", kHelp);
    return kExitClean;
  }
  if (options->paths.empty()) {
    usageError("no input: give manifest files or folders, or `-` for standard input");
    return kExitUsage;
  }
  Formatter formatter(options->check);
  for (const std::string& path : options->paths) {
    if (path == "-") {
      formatter.standardInput();
      continue;
    }
    std::vector<std::string> errors;
    for (const std::string& file : expand(path, errors)) formatter.file(file);
    for (const std::string& e : errors) usageError(e);
    if (!errors.empty()) formatter.ioFailure();
  }
  return formatter.status();
}

}  // namespace trustc::driver
