// `textDocument/completion`: role names from the catalogue after `grant`,
// capabilities after `needs`, declared names of the kind a place needs
// (scopes after `on`/`in`, owners after `by`, the kinds a property refers
// to), enum values, rule ids after `suppress`, and at the start of a member
// the keywords and property keys that may appear there.
#include <algorithm>
#include <set>

#include "lsp/completion_context.h"
#include "lsp/convert.h"
#include "lsp/handler_util.h"
#include "rules/registry.h"
#include "syntax/tokens.h"

namespace trustc::lsp {

namespace {

// LSP CompletionItemKind values.
enum ItemKind { kFunction = 3, kModule = 9, kProperty = 10, kValue = 12, kKeyword = 14, kClass = 7, kReference = 18,
                kEnumMember = 20 };

class Items {
 public:
  Items(const CompletionContext& ctx, const SourceFile& file) : ctx_(ctx), file_(file) {}

  void add(std::string_view label, int kind, std::string_view detail, std::string insert = "") {
    if (!seen_.insert(std::string(label)).second) return;
    if (insert.empty()) insert = label;
    json item = {{"label", label}, {"kind", kind}, {"detail", detail}};
    Range r{ctx_.replaceBegin, ctx_.replaceEnd};
    item["textEdit"] = {{"range", toJson(toLsp(file_, r))}, {"newText", insert}};
    if (ctx_.quoted) item["filterText"] = "\"" + std::string(label);
    items_.push_back(std::move(item));
  }
  // A name written in quotes (role names have spaces).
  void quoted(std::string_view label, int kind, std::string_view detail) {
    add(label, kind, detail, "\"" + std::string(label) + "\"");
  }
  json take() { return std::move(items_); }

 private:
  const CompletionContext& ctx_;
  const SourceFile& file_;
  std::set<std::string> seen_;
  json items_ = json::array();
};

// Catalogue names in a stable order (a catalogue is keyed by name and id).
std::vector<std::string_view> sorted(std::vector<std::string_view> names) {
  std::sort(names.begin(), names.end());
  names.erase(std::unique(names.begin(), names.end()), names.end());
  return names;
}

void names(Items& items, const Compilation& c, sema::KindSet kinds) {
  for (const auto& [name, symbol] : c.symbols.all()) {
    if (symbol.decl && kinds.contains(symbol.decl->kind)) {
      items.add(name, kReference, sema::describeKind(symbol.decl->kind));
    }
  }
}

void members(Items& items, const CompletionContext& ctx) {
  if (const auto* props = propertiesAt(ctx)) {
    for (const sema::PropertySpec& p : *props) {
      bool section = p.type == sema::ValueType::Section;
      items.add(p.key, kProperty, section ? "section" : "property",
                std::string(p.key) + (section ? " {" : " = "));
    }
  }
  if (!ctx.sections.empty()) return;
  for (const std::string_view keyword : ast::allKeywords()) {
    auto kind = declKindOf(keyword);
    if (!kind) continue;
    const sema::DeclSpec& spec = sema::specOf(*kind);
    bool fits = ctx.decl ? spec.parents.contains(*ctx.decl) : spec.topLevel;
    if (fits && !spec.stdlibOnly) items.add(keyword, kKeyword, "declaration", std::string(keyword) + " ");
  }
  if (!ctx.decl) items.add("import", kKeyword, "import another manifest", "import \"");
}

void propertyValue(Items& items, const Compilation& c, const CompletionContext& ctx) {
  const auto* props = propertiesAt(ctx);
  const sema::PropertySpec* spec = props ? sema::findProperty(*props, ctx.key) : nullptr;
  if (!spec) return;
  switch (spec->type) {
    case sema::ValueType::Ref:
    case sema::ValueType::RefList:
    case sema::ValueType::StringOrRef: names(items, c, spec->refKinds); break;
    case sema::ValueType::Enum:
      for (std::string_view v : spec->enumValues) items.add(v, kEnumMember, ctx.key);
      break;
    case sema::ValueType::Bool:
      items.add("true", kKeyword, ctx.key);
      items.add("false", kKeyword, ctx.key);
      break;
    default: break;
  }
}

}  // namespace

json handleCompletion(Server& server, const json& params) {
  Document& doc = documentOf(server, params);
  SourceFile file(doc.path, doc.text);
  Position cursor = fromLsp(file, positionOf(params.at("position")));
  CompletionContext ctx = completionContext(syntax::lex(doc.text), cursor);
  if (ctx.kind == CompletionContext::Kind::None) return json::array();
  Project& project = server.workspace().project(doc);
  const Compilation& c = *project.compilation;
  Items items(ctx, file);
  using Kind = CompletionContext::Kind;
  switch (ctx.kind) {
    case Kind::Role:
      for (const auto& [name, symbol] : c.symbols.all()) {
        if (symbol.decl && symbol.decl->kind == ast::DeclKind::Role) items.add(name, kClass, "custom role");
      }
      for (std::string_view name : sorted(c.symbols.roles.displayNames())) items.quoted(name, kClass, "built-in role");
      break;
    case Kind::Capability:
      for (std::string_view name : sorted(c.symbols.capabilities.displayNames())) {
        items.add(name, kFunction, "capability");
      }
      break;
    case Kind::Scope: {
      // The kinds the declaration may be placed in or on (a user-assigned
      // identity in a resource group, a grant on any scope).
      sema::KindSet kinds = ctx.header ? sema::specOf(*ctx.header).targetKinds : sema::KindSet{};
      names(items, c, kinds.empty() ? sema::kScopeKinds : kinds);
      break;
    }
    case Kind::Issuer:
      for (std::string_view name : sorted(c.symbols.issuers.displayNames())) items.add(name, kModule, "issuer");
      break;
    case Kind::Rule:
      for (const rules::RuleInfo& r : rules::allRules()) items.add(r.name, kValue, r.summary);
      break;
    case Kind::Owner: names(items, c, {ast::DeclKind::Owner}); break;
    case Kind::Type:
      for (std::string_view v : sema::specOf(*ctx.header).typeValues) items.add(v, kEnumMember, "type");
      break;
    case Kind::PropertyValue: propertyValue(items, c, ctx); break;
    case Kind::Member: members(items, ctx); break;
    case Kind::None: break;
  }
  return items.take();
}

}  // namespace trustc::lsp
