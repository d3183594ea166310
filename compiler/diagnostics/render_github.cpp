#include "diagnostics/render.h"

#include "support/utf8.h"

namespace trustc {

namespace {

// Workflow-command escaping: the message escapes %, CR and LF; properties
// also escape `:` and `,`.
std::string escapeData(std::string_view text) {
  std::string out;
  for (char c : text) {
    switch (c) {
      case '%': out += "%25"; break;
      case '\r': out += "%0D"; break;
      case '\n': out += "%0A"; break;
      default: out += c;
    }
  }
  return out;
}

std::string escapeProperty(std::string_view text) {
  std::string out;
  for (char c : escapeData(text)) {
    switch (c) {
      case ':': out += "%3A"; break;
      case ',': out += "%2C"; break;
      default: out += c;
    }
  }
  return out;
}

std::string_view commandOf(Severity s) {
  switch (s) {
    case Severity::Error: return "error";
    case Severity::Warning: return "warning";
    default: return "notice";
  }
}

}  // namespace

void renderGithub(std::ostream& out, const SourceManager& sources,
                  const std::vector<Diagnostic>& diagnostics) {
  for (const Diagnostic& d : diagnostics) {
    if (d.suppressed) continue;
    out << "::" << commandOf(d.severity);
    std::string props;
    auto add = [&](std::string_view key, const std::string& value) {
      props += props.empty() ? " " : ",";
      props += std::string(key) + "=" + value;
    };
    if (d.location.valid()) {
      add("file", escapeProperty(sources.file(d.location.file).path()));
      const Range& r = d.location.range;
      if (r.begin.line) {
        add("line", std::to_string(r.begin.line));
        add("col", std::to_string(r.begin.column));
        if (r.end.line) {
          add("endLine", std::to_string(r.end.line));
          if (r.end.line == r.begin.line) add("endColumn", std::to_string(r.end.column));
        }
      }
    }
    add("title", escapeProperty("trustc " + d.code));
    // Control characters from the manifest (in names it quotes) never reach the log as they are.
    std::string message = utf8::printable(d.message, true) + " [" + d.code + "]";
    for (const Note& n : d.notes) message += "\nnote: " + utf8::printable(n.message, true);
    out << props << "::" << escapeData(message) << "\n";
  }
}

}  // namespace trustc
