// Reading the documentation pages (docs/rules, docs/errors): the first
// paragraph under a `## ` heading, as one line of text, for tools that show a
// page's gist (SARIF's fullDescription).
#pragma once

#include <string>
#include <string_view>

namespace trustc::markdown {

// The first paragraph after the line `## <heading>`, its lines joined with
// spaces; a list's items count as the paragraph's lines. Empty when the page
// has no such heading.
std::string leadParagraph(std::string_view page, std::string_view heading);

}  // namespace trustc::markdown
