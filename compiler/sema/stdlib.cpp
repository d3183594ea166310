#include "sema/stdlib.h"

#include <algorithm>

#include "support/source.h"

namespace trustc::sema {

void Stdlib::useEmbedded(SourceManager& sources) {
  image_ = embeddedStdlibImage();
  fileIds_.clear();
  for (const image::File& f : image_.files) {
    fileIds_.push_back(sources.addBorrowed("<stdlib>/" + std::string(image_.str(f.name)), image_.str(f.text),
                                           image_.lineStarts.subspan(f.lineStarts, f.lineCount)));
  }
  operations_ = image::operationsOf(image_);
}

void Stdlib::useParsed(std::vector<std::unique_ptr<ast::File>> files, const std::vector<std::string>& names,
                       const SourceManager& sources, OperationCatalogue operations) {
  parsed_ = std::move(files);
  std::vector<const ast::File*> views;
  for (const auto& f : parsed_) views.push_back(f.get());
  owned_ = image::buildImage(views, names, sources, operations);
  image_ = owned_->view();
  fileIds_.clear();
  parsedDecls_.assign(image_.decls.size(), nullptr);
  for (std::size_t i = 0; i < parsed_.size(); ++i) {
    fileIds_.push_back(parsed_[i]->file);
    const image::File& f = image_.files[i];
    for (std::uint32_t k = 0; k < f.declCount; ++k) parsedDecls_[f.decls + k] = parsed_[i]->decls[k].get();
  }
  // The catalogue's names now live in the image's pool.
  operations_ = image::operationsOf(image_);
}

const ast::Decl& Stdlib::decl(std::uint32_t index) const {
  if (index < parsedDecls_.size() && parsedDecls_[index]) return *parsedDecls_[index];
  auto& slot = materialized_[index];
  if (!slot) slot = image::materialize(image_, index, fileIds_);
  return *slot;
}

std::optional<std::uint32_t> Stdlib::findKey(Namespace ns, std::string_view key) const {
  std::string lowered = ns == Namespace::Names ? std::string(key) : toLower(key);
  auto it = std::lower_bound(image_.keys.begin(), image_.keys.end(), std::pair{ns, std::string_view(lowered)},
                             [&](const image::Key& k, const auto& want) {
                               if (k.ns != want.first) return k.ns < want.first;
                               return image_.str(k.key) < want.second;
                             });
  if (it == image_.keys.end() || it->ns != ns || image_.str(it->key) != lowered) return std::nullopt;
  return it->decl;
}

const Symbol* Stdlib::find(Namespace ns, std::string_view key) const {
  auto index = findKey(ns, key);
  if (!index) return nullptr;
  auto [slot, inserted] = symbols_.try_emplace(*index);
  if (inserted) slot->second = Symbol{&decl(*index), -1, true};
  return &slot->second;
}

std::vector<std::string_view> Stdlib::names(Namespace ns) const {
  std::vector<std::string_view> out;
  for (const image::Key& k : image_.keys) {
    if (k.ns != ns) continue;
    const image::Decl& d = image_.decls[k.decl];
    if (d.name == image::kNone) continue;
    std::string_view name = image_.str(image_.values[d.name].text);
    if (out.empty() || out.back() != name) out.push_back(name);  // a GUID key repeats its declaration
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

std::vector<const ast::Decl*> Stdlib::declsOf(ast::DeclKind kind) const {
  std::vector<const ast::Decl*> out;
  for (const image::File& f : image_.files) {
    for (std::uint32_t k = 0; k < f.declCount; ++k) {
      if (image_.decls[f.decls + k].kind == static_cast<std::uint8_t>(kind))
        out.push_back(&decl(f.decls + k));
    }
  }
  return out;
}

BuiltinRole Stdlib::role(std::size_t i) const {
  const image::Role& r = image_.roles[i];
  BuiltinRole out;
  out.name = image_.str(r.name);
  out.guid = image_.str(r.guid);
  out.decl = r.decl;
  out.effectiveCount = r.effectiveCount;
  out.deprecated = (r.flags & image::kDeprecated) != 0;
  out.conditional = (r.flags & image::kConditional) != 0;
  for (std::uint32_t b = 0; b < r.blockCount; ++b) {
    const image::Block& block = image_.blocks[r.blocks + b];
    PermissionBlockView view;
    std::vector<std::string_view>* lists[4] = {&view.actions, &view.notActions, &view.dataActions,
                                               &view.notDataActions};
    for (int l = 0; l < 4; ++l) {
      for (std::uint32_t k = 0; k < block.count[l]; ++k)
        lists[l]->push_back(image_.str(image_.patterns[block.first[l] + k]));
    }
    view.condition = image_.str(block.condition);
    out.permissions.add(std::move(view));
  }
  return out;
}

std::optional<std::size_t> Stdlib::findRole(std::string_view nameOrGuid) const {
  auto index = findKey(Namespace::Roles, nameOrGuid);
  if (!index) return std::nullopt;
  for (std::size_t i = 0; i < image_.roles.size(); ++i) {
    if (image_.roles[i].decl == *index) return i;
  }
  return std::nullopt;
}

}  // namespace trustc::sema
