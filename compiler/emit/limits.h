// Azure's limits on names and texts (azure-formats.md §2–§7, resource-name
// rules), checked before anything is written: a name Azure would reject is a
// compile error at the declaration, not a failed deployment.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "diagnostics/sink.h"

namespace trustc::emit {

// Length in characters (code points).
std::size_t textLength(std::string_view text);

// The text itself when short, else its first 40 characters and `…`.
std::string excerpt(std::string_view text);

// Reports `kind` (E0900 for names, E0902 for texts) when `value` is longer than `max`.
bool checkLength(DiagnosticSink& diags, Location at, std::string_view what, std::string_view value,
                 std::size_t max, DiagKind kind);

// Policy assignment and exemption names: 1..max characters, none of
// `<>*%&:\?.+/` or control characters, not ending with a space or `.`.
bool checkPolicyName(DiagnosticSink& diags, Location at, std::string_view what, std::string_view name,
                     std::size_t max);

// Names of user-assigned identities (3..128) and federated credentials
// (3..120): letters, digits, `-` and `_`, starting with a letter or digit.
bool checkIdentifierName(DiagnosticSink& diags, Location at, std::string_view what, std::string_view name,
                         std::size_t max);

}  // namespace trustc::emit
