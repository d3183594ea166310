#include "rules/config_file.h"

#include <fmt/format.h>

#include <filesystem>
#include <functional>
#include <map>
#include <nlohmann/json.hpp>

#include "rules/json_spans.h"
#include "sema/project.h"
#include "support/files.h"
#include "support/spelling.h"

namespace trustc::rules {

namespace {

namespace fs = std::filesystem;
using nlohmann::json;

// --- The options --------------------------------------------------------------------

struct OptionSpec {
  std::string_view name;
  int RuleOptions::*field;
  int min;
  std::string_view meaning;
};

constexpr int kMaxDays = 36500;

const std::vector<OptionSpec>& optionSpecs() {
  static const std::vector<OptionSpec> specs = {
      {"max-exemption-days", &RuleOptions::maxExemptionDays, 1, "days an exemption may last from today"},
      {"expiring-soon-days", &RuleOptions::expiringSoonDays, 0,
       "days before an exemption's expiry it is reported"},
      {"max-secret-days", &RuleOptions::maxSecretDays, 1, "days a secret credential may live"},
      {"secret-expiring-soon-days", &RuleOptions::secretExpiringSoonDays, 0,
       "days before a secret's expiry it is reported"},
      {"cluster-threshold", &RuleOptions::clusterThreshold, 2, "active exemptions that make a cluster"},
      {"min-reason-length", &RuleOptions::minReasonLength, 0,
       "characters an exemption reason needs at least"},
  };
  return specs;
}

// --- Reading the file ---------------------------------------------------------------

class Reader {
 public:
  Reader(const SourceFile& file, FileId id, const JsonSpans& spans, DiagnosticSink& sink)
      : file_(file), id_(id), spans_(spans), sink_(sink) {}

  Config read(const json& doc) {
    Config config;
    config.path = file_.path();
    if (!doc.is_object()) {
      sink_.error(DiagKind::BadConfigValue, valueAt(""),
                  "the configuration is a JSON object with `rules`, `categories` and `options`");
      return config;
    }
    for (const auto& [key, value] : doc.items()) {
      std::string at = jsonPointerStep(key);
      if (key == "$schema") continue;
      if (key == "rules") {
        readSeverities(value, at,
                       [&](const std::string& id, std::optional<Severity> s, const std::string& p) {
                         const RuleInfo* rule = findRule(id);
                         if (!rule) return unknownRule(id, p);
                         if (s) config.ruleSeverity[rule->id] = *s;
                       });
      } else if (key == "categories") {
        readSeverities(value, at,
                       [&](const std::string& name, std::optional<Severity> s, const std::string& p) {
                         std::vector<std::string_view> names;
                         for (Category c : kCategories) {
                           names.push_back(categoryName(c));
                           if (categoryName(c) != name) continue;
                           if (s) config.categorySeverity[c] = *s;
                           return;
                         }
                         unknownKey(p, fmt::format("unknown rule category `{}`", name), names);
                       });
      } else if (key == "options") {
        readOptions(value, at, config.options);
      } else {
        unknownKey(at, fmt::format("unknown configuration key `{}`", key),
                   {"rules", "categories", "options", "$schema"});
      }
    }
    return config;
  }

 private:
  static constexpr Category kCategories[] = {Category::LeastPrivilege, Category::Identity,
                                             Category::Exemptions, Category::Suppressions};

  Location locate(const std::map<std::string, JsonSpan>& spans, const std::string& pointer) const {
    auto it = spans.find(pointer);
    JsonSpan s = it == spans.end() ? JsonSpan{0, 1} : it->second;
    Position begin = file_.positionOf(s.begin);
    Position end = file_.positionOf(s.end > s.begin ? s.end : s.begin + 1);
    if (end.line != begin.line) end = {begin.line, begin.column + 1};
    return {id_, {begin, end}};
  }
  Location keyAt(const std::string& pointer) const { return locate(spans_.keys, pointer); }
  Location valueAt(const std::string& pointer) const { return locate(spans_.values, pointer); }

  void unknownKey(const std::string& pointer, std::string message,
                  const std::vector<std::string_view>& known) {
    Diagnostic& d = sink_.error(DiagKind::UnknownConfigKey, keyAt(pointer), "{}", message);
    std::string key = pointer.substr(pointer.rfind('/') + 1);
    if (auto m = closestMatch(key, known)) {
      d.notes.push_back({{}, fmt::format("did you mean `{}`?", *m)});
      d.fix = Fix{fmt::format("replace with `{}`", *m), {{keyAt(pointer), fmt::format("\"{}\"", *m)}}};
    } else {
      d.notes.push_back({{}, fmt::format("the keys here are {}", fmt::join(known, ", "))});
    }
  }

  void unknownRule(const std::string& id, const std::string& pointer) {
    Diagnostic& d =
        sink_.error(DiagKind::UnknownRule, keyAt(pointer), "unknown rule `{}` in the configuration", id);
    std::vector<std::string_view> names;
    for (const RuleInfo& r : allRules()) names.push_back(r.name);
    if (auto m = closestMatch(id, names)) {
      d.notes.push_back({{}, fmt::format("did you mean `{}`?", *m)});
      d.fix = Fix{fmt::format("replace with `{}`", *m), {{keyAt(pointer), fmt::format("\"{}\"", *m)}}};
    } else {
      d.notes.push_back({{}, "`trustc rules` lists every rule"});
    }
  }

  using ApplySeverity =
      std::function<void(const std::string& name, std::optional<Severity>, const std::string& at)>;
  void readSeverities(const json& object, const std::string& at, const ApplySeverity& apply) {
    if (!object.is_object()) {
      sink_.error(DiagKind::BadConfigValue, valueAt(at),
                  "`{}` is an object of names and severities, e.g. "
                  "{{ \"vague-reason\": \"error\" }}",
                  at.substr(1));
      return;
    }
    for (const auto& [name, value] : object.items()) {
      std::string p = at + jsonPointerStep(name);
      std::optional<Severity> s = value.is_string() ? parseSeverity(value.get<std::string>()) : std::nullopt;
      if (!s) {
        Diagnostic& d = sink_.error(DiagKind::BadConfigValue, valueAt(p),
                                    "{} is not a severity: use \"off\", "
                                    "\"info\", \"warning\" or \"error\"",
                                    value.dump());
        if (value.is_string()) {
          if (auto m = closestMatch(value.get<std::string>(), {"off", "info", "warning", "error"})) {
            d.fix = Fix{fmt::format("replace with \"{}\"", *m), {{valueAt(p), fmt::format("\"{}\"", *m)}}};
          }
        }
      }
      apply(name, s, p);
    }
  }

  void readOptions(const json& object, const std::string& at, RuleOptions& options) {
    if (!object.is_object()) {
      sink_.error(DiagKind::BadConfigValue, valueAt(at),
                  "`options` is an object of option names and numbers, e.g. "
                  "{{ \"max-exemption-days\": 60 }}");
      return;
    }
    std::vector<std::string_view> names = optionNames();
    for (const auto& [name, value] : object.items()) {
      std::string p = at + jsonPointerStep(name);
      auto spec = std::find_if(optionSpecs().begin(), optionSpecs().end(),
                               [&key = name](const OptionSpec& o) { return o.name == key; });
      if (spec == optionSpecs().end()) {
        unknownKey(p, fmt::format("unknown option `{}`", name), names);
        continue;
      }
      if (!value.is_number_integer() || value.get<std::int64_t>() < spec->min ||
          value.get<std::int64_t>() > kMaxDays) {
        sink_.error(DiagKind::BadConfigValue, valueAt(p),
                    "`{}` is the number of {}: a whole number from {} to {}, "
                    "not {}",
                    name, spec->meaning, spec->min, kMaxDays, value.dump());
        continue;
      }
      options.*(spec->field) = static_cast<int>(value.get<std::int64_t>());
    }
  }

  const SourceFile& file_;
  FileId id_;
  const JsonSpans& spans_;
  DiagnosticSink& sink_;
};

}  // namespace

std::vector<std::string_view> optionNames() {
  std::vector<std::string_view> names;
  for (const OptionSpec& o : optionSpecs()) names.push_back(o.name);
  return names;
}

Config parseConfig(const SourceManager& sources, FileId file, DiagnosticSink& sink) {
  const SourceFile& f = sources.file(file);
  std::string_view text = f.text();
  json doc;
  try {
    doc = json::parse(text);
  } catch (const json::parse_error& e) {
    std::string reason = e.what();
    if (std::size_t colon = reason.find(": "); colon != std::string::npos) reason = reason.substr(colon + 2);
    Position at = f.positionOf(e.byte > 0 ? e.byte - 1 : 0);
    sink.error(DiagKind::ConfigNotJson, {file, {at, {at.line, at.column + 1}}},
               "the configuration is not valid JSON: {}", reason);
    Config config;
    config.path = f.path();
    return config;
  }
  JsonSpans spans = locateJson(text);
  return Reader(f, file, spans, sink).read(doc);
}

ConfigSearch findConfigFile(const std::vector<std::string>& inputs) {
  ConfigSearch out;
  std::string from;
  for (const std::string& input : inputs) {
    std::error_code ec;
    fs::path at = fs::absolute(input, ec).lexically_normal();
    if (!fs::is_directory(at, ec)) at = at.parent_path();
    std::optional<std::string> found;
    for (; !at.empty(); at = at.parent_path()) {
      if (fs::is_regular_file(at / kConfigFileName, ec)) {
        found = (at / kConfigFileName).string();
        break;
      }
      if (at == at.parent_path()) break;
    }
    if (!found) continue;
    if (out.path && *out.path != *found) {
      out.error = fmt::format(
          "inputs '{}' and '{}' have different configuration files ({} and {}); check them "
          "separately, or choose one with --config",
          from, input, sema::displayPath(*out.path), sema::displayPath(*found));
      return out;
    }
    out.path = found;
    from = input;
  }
  return out;
}

std::optional<Config> loadConfig(Compilation& c, const std::optional<std::string>& explicitPath,
                                 const std::vector<std::string>& inputs, std::string& ioError) {
  std::optional<std::string> path = explicitPath;
  if (!path) {
    ConfigSearch search = findConfigFile(inputs);
    if (!search.error.empty()) {
      ioError = search.error;
      return std::nullopt;
    }
    path = search.path;
  }
  if (!path) return Config{};
  auto text = readWholeFile(*path);
  if (!text) {
    ioError = fmt::format("cannot read the configuration file '{}'", *path);
    return std::nullopt;
  }
  FileId id = c.sources.add(sema::displayPath(*path), std::move(*text));
  return parseConfig(c.sources, id, c.diagnostics);
}

}  // namespace trustc::rules
