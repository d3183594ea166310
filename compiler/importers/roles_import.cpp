#include "importers/roles_import.h"

#include <fmt/format.h>

#include <algorithm>
#include <nlohmann/json.hpp>

#include "importers/json_input.h"
#include "sema/literals.h"

namespace trustc::importers {

using nlohmann::json;

std::string quoteString(std::string_view text) {
  std::string out = "\"";
  for (char ch : text) {
    auto c = static_cast<unsigned char>(ch);
    switch (ch) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      default:
        if (c < 0x20 || c == 0x7F)
          out += fmt::format("\\u{:04X}", c);
        else
          out += ch;
    }
  }
  return out + "\"";
}

namespace {

void writeList(std::string& out, std::string_view key, const json& list) {
  if (!list.is_array() || list.empty()) return;
  std::vector<std::string> items;
  for (const json& item : list) {
    if (item.is_string()) items.push_back(quoteString(item.get<std::string>()));
  }
  out += fmt::format("    {} = [", key);
  for (std::size_t i = 0; i < items.size(); ++i) {
    out += i ? ",\n      " : "\n      ";
    out += items[i];
  }
  out += "\n    ]\n";
}

}  // namespace

bool importRoles(const SourceManager& sources, FileId id, DiagnosticSink& sink, std::string& out) {
  Location start{id, {{1, 1}, {1, 2}}};
  auto parsed = parseJson(sources, id, sink, DiagKind::RoleListNotJson, "the role list");
  if (!parsed) return false;
  const json& doc = *parsed;
  if (!doc.is_array()) {
    sink.error(DiagKind::NotARoleList, start,
               "expected a JSON array of role definitions, as printed by `az role definition list -o json`");
    return false;
  }
  struct Entry {
    std::string name, guid, text;
  };
  std::vector<Entry> entries;
  for (std::size_t i = 0; i < doc.size(); ++i) {
    const json& r = doc[i];
    std::string roleName = r.is_object() ? stringField(r, "roleName") : "";
    std::string guid = r.is_object() ? stringField(r, "name") : "";
    auto perms = r.is_object() ? r.find("permissions") : r.end();
    if (!r.is_object() || roleName.empty() || guid.empty() || perms == r.end() || !perms->is_array()) {
      sink.error(
          DiagKind::NotARoleList, start,
          "element {} of the array is not a role definition: it needs `roleName`, `name` (the GUID) and "
          "`permissions`",
          i);
      return false;
    }
    if (!sema::isGuid(guid)) {
      sink.error(
          DiagKind::NotARoleList, start,
          "element {} (`{}`) has the `name` `{}`, which is not a GUID: Azure names every role definition by "
          "its GUID",
          i, roleName, guid);
      return false;
    }
    bool builtin = stringField(r, "roleType") == "BuiltInRole";
    std::string text =
        fmt::format("{}role {} {} {{\n", builtin ? "builtin " : "", quoteString(roleName), quoteString(guid));
    if (std::string d = stringField(r, "description"); !d.empty())
      text += fmt::format("  description = {}\n", quoteString(d));
    if (!builtin) {
      if (auto scopes = r.find("assignableScopes");
          scopes != r.end() && scopes->is_array() && !scopes->empty()) {
        std::string list;
        for (const json& s : *scopes) {
          if (s.is_string()) list += (list.empty() ? "" : ", ") + quoteString(s.get<std::string>());
        }
        text += fmt::format("  assignable_scopes = [{}]\n", list);
      }
    }
    for (const json& p : *perms) {
      if (!p.is_object()) continue;
      text += "  permissions {\n";
      writeList(text, "actions", p.value("actions", json::array()));
      writeList(text, "not_actions", p.value("notActions", json::array()));
      writeList(text, "data_actions", p.value("dataActions", json::array()));
      writeList(text, "not_data_actions", p.value("notDataActions", json::array()));
      if (std::string c = stringField(p, "condition"); !c.empty()) {
        text += fmt::format("    condition = {}\n", quoteString(c));
        if (std::string v = stringField(p, "conditionVersion"); !v.empty()) {
          text += fmt::format("    condition_version = {}\n", quoteString(v));
        }
      }
      text += "  }\n";
    }
    text += "}\n";
    entries.push_back({roleName, guid, std::move(text)});
  }
  // Sorted by name (case-insensitively), then GUID: the output does not depend on the input's order.
  auto lower = [](std::string s) {
    std::transform(s.begin(), s.end(), s.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return s;
  };
  std::sort(entries.begin(), entries.end(), [&](const Entry& a, const Entry& b) {
    auto ka = lower(a.name), kb = lower(b.name);
    return ka != kb ? ka < kb : a.guid < b.guid;
  });
  // Roles are found by name and by GUID: each must name one role.
  for (std::size_t i = 1; i < entries.size(); ++i) {
    if (lower(entries[i - 1].name) == lower(entries[i].name)) {
      sink.error(DiagKind::NotARoleList, start, "two role definitions are named `{}` (GUIDs {} and {})",
                 entries[i].name, entries[i - 1].guid, entries[i].guid);
      return false;
    }
  }
  std::vector<std::string> guids;
  for (const Entry& e : entries) guids.push_back(lower(e.guid));
  std::sort(guids.begin(), guids.end());
  if (auto dup = std::adjacent_find(guids.begin(), guids.end()); dup != guids.end()) {
    sink.error(DiagKind::NotARoleList, start, "two role definitions have the GUID `{}`", *dup);
    return false;
  }
  out = fmt::format(
      "// Azure role definitions: {} role{}.\n"
      "// Generated by `trustc import-roles` from the output of `az role definition list -o json`.\n\n",
      entries.size(), entries.size() == 1 ? "" : "s");
  for (std::size_t i = 0; i < entries.size(); ++i) {
    if (i) out += "\n";
    out += entries[i].text;
  }
  return true;
}

}  // namespace trustc::importers
