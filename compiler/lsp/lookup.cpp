#include "lsp/lookup.h"

namespace trustc::lsp {

namespace {

using ast::Decl;
using ast::DeclKind;
using ast::Value;

class Walker {
 public:
  Walker(const Compilation& c, const std::function<void(const Site&)>& fn) : c_(c), fn_(fn) {}

  void decl(const Decl& d) {
    if (d.name) name(d);
    if (d.target) ref(*d.target, d);
    for (const ast::Clause& clause : d.clauses) value(clause.value, d, "");
    properties(d.properties, d);
    for (const auto& m : d.members) decl(*m);
  }

 private:
  void emit(Site::Kind kind, const Value& v, const Decl* target, const Decl& within) {
    fn_(Site{kind, v.location, target, &within, v.text});
  }

  const Decl* declOf(const sema::Symbol* s) const { return s ? s->decl : nullptr; }

  void name(const Decl& d) {
    const Value& v = *d.name;
    switch (d.kind) {
      case DeclKind::Grant: {
        const sema::Symbol* s = nullptr;
        if (v.kind == Value::Kind::Ref) {
          s = c_.symbols.find(v.text);
          if (s && s->decl->kind != DeclKind::Role) s = nullptr;
        }
        if (!s) s = c_.symbols.roles.find(v.text);
        emit(Site::Kind::Role, v, declOf(s), d);
        break;
      }
      case DeclKind::Needs:
        if (v.kind == Value::Kind::Ref) emit(Site::Kind::Capability, v, declOf(c_.symbols.capabilities.find(v.text)), d);
        else emit(Site::Kind::Action, v, nullptr, d);
        break;
      case DeclKind::Trust: emit(Site::Kind::Issuer, v, declOf(c_.symbols.issuers.find(v.text)), d); break;
      case DeclKind::Suppress: emit(Site::Kind::Rule, v, nullptr, d); break;
      default: emit(Site::Kind::Declaration, v, &d, d); break;
    }
  }

  void ref(const Value& v, const Decl& within) {
    if (v.kind != Value::Kind::Ref) return;
    if (const sema::Symbol* s = c_.symbols.find(v.text)) emit(Site::Kind::Reference, v, s->decl, within);
  }

  void value(const Value& v, const Decl& within, std::string_view key) {
    switch (v.kind) {
      case Value::Kind::Ref: ref(v, within); break;
      case Value::Kind::String:
        if (key == "policy" && within.kind == DeclKind::Assignment) {
          emit(Site::Kind::Policy, v, declOf(c_.symbols.policies.find(v.text)), within);
        }
        break;
      case Value::Kind::List:
        for (const Value& item : v.items) value(item, within, key);
        break;
      case Value::Kind::Object: properties(v.fields, within); break;
      default: break;
    }
  }

  void properties(const std::vector<ast::Property>& props, const Decl& within) {
    for (const ast::Property& p : props) value(p.value, within, p.key.text);
  }

  const Compilation& c_;
  const std::function<void(const Site&)>& fn_;
};

bool contains(const Range& r, Position p) { return r.begin <= p && p <= r.end; }

}  // namespace

void forEachSite(const Compilation& c, const ast::File& file, const std::function<void(const Site&)>& fn) {
  Walker w(c, fn);
  for (const auto& d : file.decls) w.decl(*d);
}

const ast::File* fileTree(const Compilation& c, FileId file) {
  for (const auto& f : c.files) {
    if (f->file == file) return f.get();
  }
  return nullptr;
}

std::optional<Site> siteAt(const Compilation& c, FileId file, Position at) {
  const ast::File* tree = fileTree(c, file);
  if (!tree) return std::nullopt;
  std::optional<Site> best;
  forEachSite(c, *tree, [&](const Site& s) {
    if (!contains(s.location.range, at)) return;
    // Prefer a site that starts at or before the cursor over one that ends
    // there (the cursor between two adjacent names belongs to the second).
    if (!best || s.location.range.begin >= best->location.range.begin) best = s;
  });
  return best;
}

}  // namespace trustc::lsp
