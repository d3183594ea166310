#include "sema/stdlib_image.h"

#include <algorithm>
#include <map>
#include <unordered_map>

#include "sema/analyzer.h"
#include "sema/permissions.h"
#include "sema/symbols.h"
#include "support/source.h"

namespace trustc::sema::image {

Image OwnedImage::view() const {
  return {pool,   files, lineStarts, decls,  values,   properties, clauses,
          idents, keys,  roles,      blocks, patterns, operations};
}

namespace {

class Builder {
 public:
  Builder(OwnedImage& out, const SourceManager& sources) : out_(out), sources_(sources) {}

  Str str(std::string_view text) {
    auto [it, inserted] = interned_.try_emplace(std::string(text), Str{});
    if (inserted) {
      it->second = {static_cast<std::uint32_t>(out_.pool.size()), static_cast<std::uint32_t>(text.size())};
      out_.pool.append(text);
    }
    return it->second;
  }

  void addFile(const ast::File& file, std::string_view name) {
    fileIndex_[file.file] = static_cast<std::uint32_t>(out_.files.size());
    const SourceFile& source = sources_.file(file.file);
    File f;
    f.name = str(name);
    f.text = str(source.text());
    f.lineStarts = static_cast<std::uint32_t>(out_.lineStarts.size());
    std::string_view text = source.text();
    out_.lineStarts.push_back(0);
    for (std::size_t i = 0; i < text.size(); ++i) {
      if (text[i] == '\n') out_.lineStarts.push_back(static_cast<std::uint32_t>(i + 1));
    }
    f.lineCount = static_cast<std::uint32_t>(out_.lineStarts.size()) - f.lineStarts;
    f.decls = static_cast<std::uint32_t>(out_.decls.size());
    f.declCount = static_cast<std::uint32_t>(file.decls.size());
    out_.files.push_back(f);
    out_.decls.resize(out_.decls.size() + file.decls.size());
    for (std::size_t k = 0; k < file.decls.size(); ++k)
      fillDecl(f.decls + static_cast<std::uint32_t>(k), *file.decls[k]);
  }

 private:
  Loc loc(const Location& l) {
    auto it = fileIndex_.find(l.file);
    if (it == fileIndex_.end()) return {};
    return {it->second, l.range.begin.line, l.range.begin.column, l.range.end.line, l.range.end.column};
  }

  Ident ident(const ast::Ident& i) { return {str(i.text), loc(i.location)}; }

  std::uint32_t newValue(const ast::Value& v) {
    auto at = static_cast<std::uint32_t>(out_.values.size());
    out_.values.emplace_back();
    fillValue(at, v);
    return at;
  }

  void fillValue(std::uint32_t at, const ast::Value& v) {
    Value out;
    out.kind = static_cast<std::uint8_t>(v.kind);
    out.boolean = v.boolean ? 1 : 0;
    out.location = loc(v.location);
    out.text = str(v.text);
    out.items = static_cast<std::uint32_t>(out_.values.size());
    out.itemCount = static_cast<std::uint32_t>(v.items.size());
    out_.values.resize(out_.values.size() + v.items.size());
    out.fields = static_cast<std::uint32_t>(out_.properties.size());
    out.fieldCount = static_cast<std::uint32_t>(v.fields.size());
    out_.properties.resize(out_.properties.size() + v.fields.size());
    out.parts = static_cast<std::uint32_t>(out_.idents.size());
    out.partCount = static_cast<std::uint32_t>(v.parts.size());
    for (const ast::Ident& p : v.parts) out_.idents.push_back(ident(p));
    for (std::uint32_t k = 0; k < out.itemCount; ++k) fillValue(out.items + k, v.items[k]);
    for (std::uint32_t k = 0; k < out.fieldCount; ++k) fillProperty(out.fields + k, v.fields[k]);
    out_.values[at] = out;
  }

  void fillProperty(std::uint32_t at, const ast::Property& p) {
    Property out{ident(p.key), newValue(p.value), loc(p.location)};
    out_.properties[at] = out;
  }

  void fillDecl(std::uint32_t at, const ast::Decl& d) {
    Decl out;
    out.kind = static_cast<std::uint8_t>(d.kind);
    out.flags = static_cast<std::uint8_t>((d.builtin ? kBuiltin : 0) | (d.targetIsOn ? kTargetIsOn : 0) |
                                          (d.hasBlock ? kHasBlock : 0));
    out.location = loc(d.location);
    out.keywordLocation = loc(d.keywordLocation);
    if (d.name) out.name = newValue(*d.name);
    if (d.label) out.label = newValue(*d.label);
    if (d.target) out.target = newValue(*d.target);
    if (d.type) {
      out.type = static_cast<std::uint32_t>(out_.idents.size());
      out_.idents.push_back(ident(*d.type));
    }
    if (d.alias) {
      out.alias = static_cast<std::uint32_t>(out_.idents.size());
      out_.idents.push_back(ident(*d.alias));
    }
    out.clauses = static_cast<std::uint32_t>(out_.clauses.size());
    out.clauseCount = static_cast<std::uint32_t>(d.clauses.size());
    out_.clauses.resize(out_.clauses.size() + d.clauses.size());
    for (std::uint32_t k = 0; k < out.clauseCount; ++k) {
      const ast::Clause& c = d.clauses[k];
      Clause clause{static_cast<std::uint8_t>(c.kind), loc(c.keywordLocation), newValue(c.value)};
      out_.clauses[out.clauses + k] = clause;
    }
    out.properties = static_cast<std::uint32_t>(out_.properties.size());
    out.propertyCount = static_cast<std::uint32_t>(d.properties.size());
    out_.properties.resize(out_.properties.size() + d.properties.size());
    for (std::uint32_t k = 0; k < out.propertyCount; ++k) fillProperty(out.properties + k, d.properties[k]);
    out.members = static_cast<std::uint32_t>(out_.decls.size());
    out.memberCount = static_cast<std::uint32_t>(d.members.size());
    out_.decls.resize(out_.decls.size() + d.members.size());
    for (std::uint32_t k = 0; k < out.memberCount; ++k) fillDecl(out.members + k, *d.members[k]);
    out_.decls[at] = out;
  }

  OwnedImage& out_;
  const SourceManager& sources_;
  std::unordered_map<std::string, Str> interned_;
  std::map<FileId, std::uint32_t> fileIndex_;
};

}  // namespace

std::unique_ptr<OwnedImage> buildImage(const std::vector<const ast::File*>& files,
                                       const std::vector<std::string>& names, const SourceManager& sources,
                                       const OperationCatalogue& operations) {
  auto out = std::make_unique<OwnedImage>();
  Builder b(*out, sources);
  for (std::size_t i = 0; i < files.size(); ++i) b.addFile(*files[i], names[i]);

  // Names of top-level declarations, by namespace.
  for (const File& f : out->files) {
    for (std::uint32_t k = 0; k < f.declCount; ++k) {
      std::uint32_t index = f.decls + k;
      const ast::Decl& d = *files[static_cast<std::size_t>(&f - out->files.data())]->decls[k];
      auto ns = namespaceOf(d);
      if (!ns || !d.name || d.name->text.empty()) continue;
      // The project's namespace is case-sensitive; catalogues are not.
      std::string key = *ns == Namespace::Names ? d.name->text : toLower(d.name->text);
      out->keys.push_back({*ns, b.str(key), index});
      if (*ns != Namespace::Names && d.label && !d.label->text.empty()) {
        out->keys.push_back({*ns, b.str(toLower(d.label->text)), index});
      }
    }
  }
  std::string_view pool = out->pool;
  std::stable_sort(out->keys.begin(), out->keys.end(), [&](const Key& a, const Key& b) {
    if (a.ns != b.ns) return a.ns < b.ns;
    return pool.substr(a.key.offset, a.key.size) < pool.substr(b.key.offset, b.key.size);
  });

  // Built-in roles with their permissions and how much they allow.
  for (const File& f : out->files) {
    for (std::uint32_t k = 0; k < f.declCount; ++k) {
      const ast::Decl& d = *files[static_cast<std::size_t>(&f - out->files.data())]->decls[k];
      if (d.kind != ast::DeclKind::Role || !d.builtin || !d.name) continue;
      Role r;
      r.decl = f.decls + k;
      r.name = b.str(d.name->text);
      r.guid = b.str(d.label ? std::string_view(d.label->text) : std::string_view());
      sema::Role model;
      model.permissions = permissionBlocksOf(d);
      r.effectiveCount = static_cast<std::uint32_t>(PermissionSet(model).countEffective(operations));
      const ast::Value* description = propertyValue(d, "description");
      std::string name = toLower(d.name->text), about = description ? toLower(description->text) : "";
      auto says = [&](std::string_view word) {
        return name.find(word) != std::string::npos || about.find(word) != std::string::npos;
      };
      if (says("deprecat")) r.flags |= kDeprecated;
      if (says("service role") || says("internal use") || says("first party") || says("microsoft defender") ||
          says("defender for") || says("used by") || says("is used in") || says("do not remove this role")) {
        r.flags |= kService;
      }
      for (const PermissionBlock& pb : model.permissions) {
        if (!pb.condition.empty()) r.flags |= kConditional;
      }
      r.blocks = static_cast<std::uint32_t>(out->blocks.size());
      r.blockCount = static_cast<std::uint32_t>(model.permissions.size());
      for (const PermissionBlock& pb : model.permissions) {
        Block block;
        const std::vector<std::string>* lists[4] = {&pb.actions, &pb.notActions, &pb.dataActions,
                                                    &pb.notDataActions};
        for (int l = 0; l < 4; ++l) {
          block.first[l] = static_cast<std::uint32_t>(out->patterns.size());
          block.count[l] = static_cast<std::uint32_t>(lists[l]->size());
          for (const std::string& p : *lists[l]) out->patterns.push_back(b.str(p));
        }
        block.condition = b.str(pb.condition);
        out->blocks.push_back(block);
      }
      out->roles.push_back(r);
    }
  }
  std::string_view p = out->pool;
  std::stable_sort(out->roles.begin(), out->roles.end(), [&](const Role& a, const Role& c) {
    return compareNoCase(p.substr(a.name.offset, a.name.size), p.substr(c.name.offset, c.name.size)) < 0;
  });

  // The operation catalogue, its names in the same pool.
  for (std::size_t i = 0; i < operations.size(); ++i) {
    Str s = b.str(operations.name(i));
    out->operations.push_back({s.offset, static_cast<std::uint16_t>(s.size), operations.plane(i)});
  }
  return out;
}

std::unique_ptr<ast::Decl> materialize(const Image& image, std::uint32_t index,
                                       std::span<const FileId> fileIds) {
  struct Rebuild {
    const Image& im;
    std::span<const FileId> ids;

    Location loc(const Loc& l) const {
      if (l.file == kNone || l.file >= ids.size()) return {};
      return {ids[l.file], {{l.line, l.column}, {l.endLine, l.endColumn}}};
    }
    ast::Ident ident(const Ident& i) const { return {std::string(im.str(i.text)), loc(i.location)}; }
    ast::Value value(std::uint32_t at) const {
      const Value& v = im.values[at];
      ast::Value out;
      out.kind = static_cast<ast::Value::Kind>(v.kind);
      out.boolean = v.boolean != 0;
      out.location = loc(v.location);
      out.text = std::string(im.str(v.text));
      out.items.reserve(v.itemCount);
      for (std::uint32_t k = 0; k < v.itemCount; ++k) out.items.push_back(value(v.items + k));
      out.fields.reserve(v.fieldCount);
      for (std::uint32_t k = 0; k < v.fieldCount; ++k) out.fields.push_back(property(v.fields + k));
      out.parts.reserve(v.partCount);
      for (std::uint32_t k = 0; k < v.partCount; ++k) out.parts.push_back(ident(im.idents[v.parts + k]));
      return out;
    }
    ast::Property property(std::uint32_t at) const {
      const Property& p = im.properties[at];
      return {ident(p.key), value(p.value), loc(p.location)};
    }
    std::unique_ptr<ast::Decl> decl(std::uint32_t at) const {
      const Decl& d = im.decls[at];
      auto out = std::make_unique<ast::Decl>();
      out->kind = static_cast<ast::DeclKind>(d.kind);
      out->location = loc(d.location);
      out->keywordLocation = loc(d.keywordLocation);
      out->builtin = (d.flags & kBuiltin) != 0;
      out->targetIsOn = (d.flags & kTargetIsOn) != 0;
      out->hasBlock = (d.flags & kHasBlock) != 0;
      if (d.name != kNone) out->name = value(d.name);
      if (d.label != kNone) out->label = value(d.label);
      if (d.target != kNone) out->target = value(d.target);
      if (d.type != kNone) out->type = ident(im.idents[d.type]);
      if (d.alias != kNone) out->alias = ident(im.idents[d.alias]);
      for (std::uint32_t k = 0; k < d.clauseCount; ++k) {
        const Clause& c = im.clauses[d.clauses + k];
        out->clauses.push_back(
            {static_cast<ast::Clause::Kind>(c.kind), loc(c.keywordLocation), value(c.value)});
      }
      out->properties.reserve(d.propertyCount);
      for (std::uint32_t k = 0; k < d.propertyCount; ++k)
        out->properties.push_back(property(d.properties + k));
      for (std::uint32_t k = 0; k < d.memberCount; ++k) out->members.push_back(decl(d.members + k));
      return out;
    }
  };
  return Rebuild{image, fileIds}.decl(index);
}

OperationCatalogue operationsOf(const Image& image) {
  return OperationCatalogue(image.pool, image.operations);
}

}  // namespace trustc::sema::image
