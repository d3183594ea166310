#include "support/markdown.h"

namespace trustc::markdown {

namespace {

// Splits off the next line (without its terminator) from `text`.
std::string_view nextLine(std::string_view& text) {
  std::size_t end = text.find('\n');
  std::string_view line = text.substr(0, end);
  text.remove_prefix(end == std::string_view::npos ? text.size() : end + 1);
  if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
  return line;
}

bool blank(std::string_view line) { return line.find_first_not_of(" \t") == std::string_view::npos; }

}  // namespace

std::string leadParagraph(std::string_view page, std::string_view heading) {
  std::string_view rest = page;
  bool found = false;
  while (!rest.empty() && !found) {
    std::string_view line = nextLine(rest);
    found = line.substr(0, 3) == "## " && line.substr(3) == heading;
  }
  if (!found) return {};
  std::string out;
  while (!rest.empty()) {
    std::string_view line = nextLine(rest);
    if (blank(line)) {
      if (out.empty()) continue;
      break;
    }
    if (line.starts_with("#") || line.starts_with("```")) break;
    std::size_t first = line.find_first_not_of(" \t");
    if (!out.empty()) out += ' ';
    out.append(line.substr(first));
  }
  return out;
}

}  // namespace trustc::markdown
