#include "rules/config_file.h"

#include <fmt/format.h>

#include <filesystem>
#include <functional>
#include <iterator>
#include <map>
#include <nlohmann/json.hpp>

#include "sema/project.h"
#include "support/files.h"
#include "support/spelling.h"

namespace trustc::rules {

namespace {

namespace fs = std::filesystem;
using nlohmann::json;

// --- Where each key and value of the file is ------------------------------------
//
// nlohmann_json keeps no positions, so the file is read a second time through
// its SAX interface with an iterator that records the offset of the last byte
// the parser read. When the parser reports a key or a value, it has read up to
// the value's last byte (a number: one byte past it).

class OffsetIterator {
 public:
  using iterator_category = std::input_iterator_tag;
  using value_type = char;
  using difference_type = std::ptrdiff_t;
  using pointer = const char*;
  using reference = const char&;

  OffsetIterator(const char* at, const char* base, std::size_t* last) : at_(at), base_(base), last_(last) {}
  reference operator*() const {
    *last_ = static_cast<std::size_t>(at_ - base_);
    return *at_;
  }
  OffsetIterator& operator++() {
    ++at_;
    return *this;
  }
  OffsetIterator operator++(int) {
    OffsetIterator before = *this;
    ++at_;
    return before;
  }
  bool operator==(const OffsetIterator& other) const { return at_ == other.at_; }
  bool operator!=(const OffsetIterator& other) const { return at_ != other.at_; }

 private:
  const char* at_;
  const char* base_;
  std::size_t* last_;
};

struct Span {
  std::size_t begin = 0, end = 0;  // byte offsets, end exclusive
};

struct Spans {
  std::map<std::string, Span> keys, values;  // by JSON pointer
};

// One JSON pointer step: "/" and the key with `~` and `/` escaped (RFC 6901).
std::string step(const std::string& key) {
  std::string out = "/";
  for (char ch : key) {
    if (ch == '~') out += "~0";
    else if (ch == '/') out += "~1";
    else out += ch;
  }
  return out;
}

std::string pointerOf(const std::vector<std::string>& path) {
  std::string out;
  for (const std::string& part : path) out += step(part);
  return out;
}

class SpanRecorder : public nlohmann::json_sax<json> {
 public:
  SpanRecorder(std::string_view text, const std::size_t* last, Spans& spans) : text_(text), last_(last), spans_(spans) {}

  bool null() override { return literal(4); }
  bool boolean(bool v) override { return literal(v ? 4 : 5); }
  bool number_integer(number_integer_t) override { return number(); }
  bool number_unsigned(number_unsigned_t) override { return number(); }
  bool number_float(number_float_t, const string_t&) override { return number(); }
  bool string(string_t&) override { return value({stringStart(), *last_ + 1}); }
  bool binary(binary_t&) override { return true; }
  bool start_object(std::size_t) override { return open(); }
  bool start_array(std::size_t) override { return open(); }
  bool end_object() override { return close(); }
  bool end_array() override { return close(); }
  bool key(string_t& k) override {
    path_.back() = k;
    spans_.keys[pointerOf(path_)] = {stringStart(), *last_ + 1};
    return true;
  }
  bool parse_error(std::size_t, const std::string&, const nlohmann::detail::exception&) override { return false; }

 private:
  // The opening quote of the string whose closing quote was read last.
  std::size_t stringStart() const {
    std::size_t at = *last_;
    while (at > 0) {
      --at;
      if (text_[at] != '"') continue;
      std::size_t backslashes = 0;
      while (at > backslashes && text_[at - backslashes - 1] == '\\') ++backslashes;
      if (backslashes % 2 == 0) return at;
    }
    return 0;
  }
  bool literal(std::size_t length) { return value({*last_ + 1 - length, *last_ + 1}); }
  bool number() {
    std::size_t end = *last_, begin = end;
    while (begin > 0 && std::string_view("0123456789+-.eE").find(text_[begin - 1]) != std::string_view::npos) --begin;
    return value({begin, end});
  }
  bool value(Span span) {
    spans_.values[pointerOf(path_)] = span;
    if (!arrays_.empty() && arrays_.back()) path_.back() = std::to_string(std::stoul(path_.back()) + 1);
    return true;
  }
  bool open() {
    std::size_t at = *last_;
    starts_.push_back(at);
    arrays_.push_back(text_[at] == '[');
    path_.push_back(arrays_.back() ? "0" : "");
    return true;
  }
  bool close() {
    Span span{starts_.back(), *last_ + 1};
    starts_.pop_back();
    arrays_.pop_back();
    path_.pop_back();
    return value(span);
  }

  std::string_view text_;
  const std::size_t* last_;
  Spans& spans_;
  std::vector<std::string> path_;
  std::vector<std::size_t> starts_;
  std::vector<bool> arrays_;
};

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
      {"expiring-soon-days", &RuleOptions::expiringSoonDays, 0, "days before an exemption's expiry it is reported"},
      {"max-secret-days", &RuleOptions::maxSecretDays, 1, "days a secret credential may live"},
      {"secret-expiring-soon-days", &RuleOptions::secretExpiringSoonDays, 0,
       "days before a secret's expiry it is reported"},
      {"cluster-threshold", &RuleOptions::clusterThreshold, 2, "active exemptions that make a cluster"},
      {"min-reason-length", &RuleOptions::minReasonLength, 0, "characters an exemption reason needs at least"},
  };
  return specs;
}

// --- Reading the file ---------------------------------------------------------------

class Reader {
 public:
  Reader(const SourceFile& file, FileId id, const Spans& spans, DiagnosticSink& sink)
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
      std::string at = step(key);
      if (key == "$schema") continue;
      if (key == "rules") {
        readSeverities(value, at, [&](const std::string& id, std::optional<Severity> s, const std::string& p) {
          const RuleInfo* rule = findRule(id);
          if (!rule) return unknownRule(id, p);
          if (s) config.ruleSeverity[rule->id] = *s;
        });
      } else if (key == "categories") {
        readSeverities(value, at, [&](const std::string& name, std::optional<Severity> s, const std::string& p) {
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
        unknownKey(at, fmt::format("unknown configuration key `{}`", key), {"rules", "categories", "options", "$schema"});
      }
    }
    return config;
  }

 private:
  static constexpr Category kCategories[] = {Category::LeastPrivilege, Category::Identity, Category::Exemptions,
                                             Category::Suppressions};

  Location locate(const std::map<std::string, Span>& spans, const std::string& pointer) const {
    auto it = spans.find(pointer);
    Span s = it == spans.end() ? Span{0, 1} : it->second;
    Position begin = file_.positionOf(s.begin);
    Position end = file_.positionOf(s.end > s.begin ? s.end : s.begin + 1);
    if (end.line != begin.line) end = {begin.line, begin.column + 1};
    return {id_, {begin, end}};
  }
  Location keyAt(const std::string& pointer) const { return locate(spans_.keys, pointer); }
  Location valueAt(const std::string& pointer) const { return locate(spans_.values, pointer); }

  void unknownKey(const std::string& pointer, std::string message, const std::vector<std::string_view>& known) {
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
    Diagnostic& d = sink_.error(DiagKind::UnknownRule, keyAt(pointer), "unknown rule `{}` in the configuration", id);
    std::vector<std::string_view> names;
    for (const RuleInfo& r : allRules()) names.push_back(r.name);
    if (auto m = closestMatch(id, names)) {
      d.notes.push_back({{}, fmt::format("did you mean `{}`?", *m)});
      d.fix = Fix{fmt::format("replace with `{}`", *m), {{keyAt(pointer), fmt::format("\"{}\"", *m)}}};
    } else {
      d.notes.push_back({{}, "`trustc rules` lists every rule"});
    }
  }

  using ApplySeverity = std::function<void(const std::string& name, std::optional<Severity>, const std::string& at)>;
  void readSeverities(const json& object, const std::string& at, const ApplySeverity& apply) {
    if (!object.is_object()) {
      sink_.error(DiagKind::BadConfigValue, valueAt(at), "`{}` is an object of names and severities, e.g. "
                  "{{ \"vague-reason\": \"error\" }}", at.substr(1));
      return;
    }
    for (const auto& [name, value] : object.items()) {
      std::string p = at + step(name);
      std::optional<Severity> s = value.is_string() ? parseSeverity(value.get<std::string>()) : std::nullopt;
      if (!s) {
        Diagnostic& d = sink_.error(DiagKind::BadConfigValue, valueAt(p), "{} is not a severity: use \"off\", "
                                    "\"info\", \"warning\" or \"error\"", value.dump());
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
      sink_.error(DiagKind::BadConfigValue, valueAt(at), "`options` is an object of option names and numbers, e.g. "
                  "{{ \"max-exemption-days\": 60 }}");
      return;
    }
    std::vector<std::string_view> names = optionNames();
    for (const auto& [name, value] : object.items()) {
      std::string p = at + step(name);
      auto spec = std::find_if(optionSpecs().begin(), optionSpecs().end(),
                               [&](const OptionSpec& o) { return o.name == name; });
      if (spec == optionSpecs().end()) {
        unknownKey(p, fmt::format("unknown option `{}`", name), names);
        continue;
      }
      if (!value.is_number_integer() || value.get<std::int64_t>() < spec->min || value.get<std::int64_t>() > kMaxDays) {
        sink_.error(DiagKind::BadConfigValue, valueAt(p), "`{}` is the number of {}: a whole number from {} to {}, "
                    "not {}", name, spec->meaning, spec->min, kMaxDays, value.dump());
        continue;
      }
      options.*(spec->field) = static_cast<int>(value.get<std::int64_t>());
    }
  }

  const SourceFile& file_;
  FileId id_;
  const Spans& spans_;
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
  const std::string& text = f.text();
  json doc;
  try {
    doc = json::parse(text);
  } catch (const json::parse_error& e) {
    std::string reason = e.what();
    if (std::size_t colon = reason.find(": "); colon != std::string::npos) reason = reason.substr(colon + 2);
    Position at = f.positionOf(e.byte > 0 ? e.byte - 1 : 0);
    sink.error(DiagKind::ConfigNotJson, {file, {at, {at.line, at.column + 1}}}, "the configuration is not valid JSON: {}",
               reason);
    Config config;
    config.path = f.path();
    return config;
  }
  Spans spans;
  std::size_t last = 0;
  SpanRecorder recorder(text, &last, spans);
  const char* base = text.data();
  json::sax_parse(OffsetIterator(base, base, &last), OffsetIterator(base + text.size(), base, &last), &recorder);
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
      out.error = fmt::format("inputs '{}' and '{}' have different configuration files ({} and {}); check them "
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
