// libFuzzer target: raw bytes as a one-file project through `trustc build`'s
// path: compile, the rules, then the outputs when both are free of errors.
// For an input that checks cleanly, what build writes must be deployable in
// form: every output path stays inside the output folder, paths are sorted
// and distinct, every `.json` file is JSON, and every role assignment and
// role definition is named by a GUID (Azure rejects any other name).
#include <nlohmann/json.hpp>

#include <cstddef>
#include <cstdint>
#include <set>
#include <string_view>
#include <utility>

#include "emit/emit.h"
#include "fuzz_compile.h"
#include "fuzz_invariants.h"
#include "rules/runner.h"

namespace {

using Json = nlohmann::json;

void require(bool property) {
  if (!property) __builtin_trap();
}

bool isLowerHex(char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'); }

// 8-4-4-4-12 lowercase hex digits, the form trustc's guid() writes.
bool isGuid(std::string_view s) {
  if (s.size() != 36) return false;
  for (std::size_t i = 0; i < s.size(); ++i) {
    bool dash = i == 8 || i == 13 || i == 18 || i == 23;
    if (dash ? s[i] != '-' : !isLowerHex(s[i])) return false;
  }
  return true;
}

// A relative, `/`-separated path with no empty, `.` or `..` segment and no
// character a file name must not have.
bool isSafeRelativePath(std::string_view path) {
  if (path.empty() || path.front() == '/' || path.back() == '/') return false;
  std::size_t start = 0;
  while (start <= path.size()) {
    std::size_t end = path.find('/', start);
    if (end == std::string_view::npos) end = path.size();
    std::string_view segment = path.substr(start, end - start);
    if (segment.empty() || segment == "." || segment == "..") return false;
    for (char c : segment) {
      if (static_cast<unsigned char>(c) < 0x20 || c == '\\') return false;
    }
    start = end + 1;
  }
  return true;
}

// Every resource of `type` in a template (nested deployments included) has a
// GUID for a name, distinct within its template.
void requireGuidNames(const Json& node, std::string_view type, std::set<std::string>& seen) {
  if (node.is_object()) {
    auto t = node.find("type");
    if (t != node.end() && t->is_string() && t->get_ref<const std::string&>() == type) {
      auto name = node.find("name");
      require(name != node.end() && name->is_string());
      require(isGuid(name->get_ref<const std::string&>()));
      require(seen.insert(name->get<std::string>()).second);
    }
  }
  if (node.is_structured()) {
    for (const Json& child : node) requireGuidNames(child, type, seen);
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::unique_ptr<trustc::Compilation> c = trustc::fuzz::compileInput(data, size);
  if (c->diagnostics.hasErrors()) return 0;
  trustc::rules::runRules(*c, trustc::rules::Config{});
  if (c->diagnostics.hasErrors()) return 0;
  std::vector<trustc::emit::OutputFile> outputs = trustc::emit::buildOutputs(*c, c->diagnostics);
  trustc::fuzz::requireWellFormed(c->sources, c->diagnostics.diagnostics());
  if (c->diagnostics.hasErrors()) {
    require(outputs.empty());  // nothing is written when the build reports an error
    return 0;
  }
  require(!outputs.empty());
  for (std::size_t i = 0; i < outputs.size(); ++i) {
    const trustc::emit::OutputFile& f = outputs[i];
    require(isSafeRelativePath(f.path));
    if (i > 0) require(outputs[i - 1].path < f.path);
    if (!f.path.ends_with(".json")) continue;
    Json doc = Json::parse(f.contents, nullptr, /*allow_exceptions=*/false);
    require(!doc.is_discarded());
    for (std::string_view type :
         {"Microsoft.Authorization/roleAssignments", "Microsoft.Authorization/roleDefinitions"}) {
      std::set<std::string> names;
      requireGuidNames(doc, type, names);
    }
  }
  return 0;
}
