#include "format/format.h"

#include <sstream>

#include "ast/dump.h"
#include "format/printer.h"
#include "syntax/cst.h"
#include "syntax/parse.h"

namespace trustc::format {

namespace {

// The syntax tree as text without positions: what must not change.
std::string structure(const ast::File& file) {
  std::ostringstream dump;
  ast::dump(dump, file, ast::Positions::Omit);
  return dump.str();
}

// Parses `text` on its own; nullopt when it has errors.
std::optional<std::string> structureOf(const std::string& path, std::string text, const Limits& limits) {
  SourceManager sources;
  FileId id = sources.add(path, std::move(text));
  DiagnosticSink sink;
  auto file = parseFile(sources, id, sink, limits);
  if (sink.hasErrors()) return std::nullopt;
  return structure(*file);
}

}  // namespace

Result formatFile(const SourceManager& sources, FileId id, DiagnosticSink& sink, const Limits& limits) {
  Result result;
  // The syntax tree gives every syntax error (some are found while lowering)
  // and the structure the formatted text must keep.
  std::size_t errorsBefore = sink.errorCountIn(id);
  auto original = parseFile(sources, id, sink, limits);
  if (sink.errorCountIn(id) > errorsBefore) return result;

  DiagnosticSink scratch;
  syntax::Cst cst = syntax::parseConcrete(sources, id, scratch, limits);
  std::string formatted = print(cst);
  auto after = structureOf(sources.file(id).path(), formatted, limits);
  if (scratch.hasErrors() || !after || *after != structure(*original)) {
    result.failure =
        "formatting would change what this file means, so it was left as it is; please report it";
    return result;
  }
  result.text = std::move(formatted);
  return result;
}

std::optional<std::string> formatText(std::string_view path, std::string_view text) {
  SourceManager sources;
  FileId id = sources.add(std::string(path), std::string(text));
  DiagnosticSink sink;
  return formatFile(sources, id, sink).text;
}

}  // namespace trustc::format
