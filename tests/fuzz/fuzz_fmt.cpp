// libFuzzer target: the formatter's round trip on raw bytes. A file without
// syntax errors must be formatted (the formatter never gives up on valid
// input); its formatted text must parse to the same syntax tree, keep every
// token and comment in order (separators aside), and be a fixed point: formatting it again
// changes nothing.
#include <cstddef>
#include <cstdint>
#include <sstream>
#include <string>
#include <vector>

#include "ast/dump.h"
#include "format/format.h"
#include "syntax/parse.h"
#include "syntax/tokens.h"

namespace {

void require(bool property) {
  if (!property) __builtin_trap();
}

// The syntax tree without positions; nullopt when the text has errors.
std::optional<std::string> structure(const std::string& text) {
  trustc::SourceManager sources;
  trustc::FileId id = sources.add("fuzz.trust", text);
  trustc::DiagnosticSink sink;
  std::unique_ptr<trustc::ast::File> file = trustc::parseFile(sources, id, sink);
  if (sink.hasErrors()) return std::nullopt;
  std::ostringstream out;
  trustc::ast::dump(out, *file, trustc::ast::Positions::Omit);
  return out.str();
}

// The tokens' texts in order, but for the separators the canonical layout
// drops (`;`, a list's trailing comma) and a line comment's trailing blanks.
std::vector<std::string> tokenTexts(const std::string& text) {
  std::vector<std::string> out;
  for (trustc::syntax::Token& t : trustc::syntax::lex(text)) {
    if (t.is(";") || t.is(",")) continue;
    if (t.kind == trustc::syntax::TokenKind::LineComment) {
      t.text.erase(t.text.find_last_not_of(" \t\r") + 1);
    }
    out.push_back(std::move(t.text));
  }
  return out;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string input(reinterpret_cast<const char*>(data), size);
  trustc::SourceManager sources;
  trustc::FileId id = sources.add("fuzz.trust", input);
  trustc::DiagnosticSink sink;
  trustc::format::Result first = trustc::format::formatFile(sources, id, sink);
  if (sink.hasErrors()) {
    require(!first.text);  // a file with syntax errors is left alone
    return 0;
  }
  require(first.failure.empty() && first.text.has_value());
  const std::string& formatted = *first.text;
  std::optional<std::string> before = structure(input);
  std::optional<std::string> after = structure(formatted);
  require(before && after && *before == *after);
  require(tokenTexts(input) == tokenTexts(formatted));
  std::optional<std::string> again = trustc::format::formatText("fuzz.trust", formatted);
  require(again && *again == formatted);
  return 0;
}
