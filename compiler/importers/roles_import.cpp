#include "importers/roles_import.h"

#include <fmt/format.h>

#include <algorithm>
#include <nlohmann/json.hpp>

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
        if (c < 0x20 || c == 0x7F) out += fmt::format("\\u{:04X}", c);
        else out += ch;
    }
  }
  return out + "\"";
}

namespace {

Location locationOfByte(const SourceFile& file, FileId id, std::size_t offset) {
  Position p = file.positionOf(offset);
  return {id, {p, {p.line, p.column + 1}}};
}

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

std::string stringField(const json& j, const char* key) {
  auto it = j.find(key);
  return it != j.end() && it->is_string() ? it->get<std::string>() : std::string();
}

}  // namespace

bool importRoles(const SourceManager& sources, FileId id, DiagnosticSink& sink, std::string& out) {
  const SourceFile& file = sources.file(id);
  Location start{id, {{1, 1}, {1, 2}}};
  json doc;
  try {
    doc = json::parse(file.text());
  } catch (const json::parse_error& e) {
    std::string what = e.what();
    std::size_t colon = what.find(": ");
    sink.error(DiagKind::RoleListNotJson, locationOfByte(file, id, e.byte > 0 ? e.byte - 1 : 0),
               "the role list is not valid JSON: {}", colon == std::string::npos ? what : what.substr(colon + 2));
    return false;
  }
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
      sink.error(DiagKind::NotARoleList, start,
                 "element {} of the array is not a role definition: it needs `roleName`, `name` (the GUID) and "
                 "`permissions`",
                 i);
      return false;
    }
    bool builtin = stringField(r, "roleType") == "BuiltInRole";
    std::string text = fmt::format("{}role {} {} {{\n", builtin ? "builtin " : "", quoteString(roleName), quoteString(guid));
    if (std::string d = stringField(r, "description"); !d.empty()) text += fmt::format("  description = {}\n", quoteString(d));
    if (!builtin) {
      if (auto scopes = r.find("assignableScopes"); scopes != r.end() && scopes->is_array() && !scopes->empty()) {
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
    std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return s;
  };
  std::sort(entries.begin(), entries.end(), [&](const Entry& a, const Entry& b) {
    auto ka = lower(a.name), kb = lower(b.name);
    return ka != kb ? ka < kb : a.guid < b.guid;
  });
  out = fmt::format(
      "// Azure role definitions: {} roles.\n"
      "// Generated by `trustc import-roles` from the output of `az role definition list -o json`.\n\n",
      entries.size());
  for (std::size_t i = 0; i < entries.size(); ++i) {
    if (i) out += "\n";
    out += entries[i].text;
  }
  return true;
}

}  // namespace trustc::importers
