#include "sema/access.h"

#include <algorithm>
#include <string>

#include "sema/stdlib.h"
#include "sema/symbols.h"

namespace trustc::sema {

Access::Access(const SemanticModel& model, const Stdlib& stdlib)
    : model_(model), stdlib_(stdlib), operations_(stdlib.operations()) {}

Access::~Access() = default;

const PermissionSet& Access::permissionsOf(Index role) const {
  auto it = rolePermissions_.find(role);
  if (it == rolePermissions_.end())
    it = rolePermissions_.emplace(role, PermissionSet(model_.roles[role])).first;
  return it->second;
}

namespace {

// The catalogue operations a permission set allows, as indices in catalogue order.
std::vector<std::uint32_t> effectiveIndices(const PermissionSet& p, const OperationCatalogue& operations) {
  std::vector<bool> marks = p.effective(operations);
  std::vector<std::uint32_t> allowed;
  for (std::size_t i = 0; i < marks.size(); ++i) {
    if (marks[i]) allowed.push_back(static_cast<std::uint32_t>(i));
  }
  return allowed;
}

}  // namespace

const std::vector<std::uint32_t>& Access::effectiveOf(Index role) const {
  auto it = roleEffective_.find(role);
  if (it == roleEffective_.end()) {
    it = roleEffective_.emplace(role, effectiveIndices(permissionsOf(role), operations_)).first;
  }
  return it->second;
}

std::optional<std::size_t> Access::builtinIndexOf(Index role) const {
  const Role& r = model_.roles[role];
  if (!r.builtin) return std::nullopt;
  return stdlib_.findRole(r.guid.empty() ? r.name : r.guid);
}

std::size_t Access::effectiveCountOf(Index role) const {
  if (auto builtin = builtinIndexOf(role)) return stdlib_.role(*builtin).effectiveCount;
  auto it = roleCounts_.find(role);
  if (it == roleCounts_.end())
    it = roleCounts_.emplace(role, permissionsOf(role).countEffective(operations_)).first;
  return it->second;
}

const std::vector<Operation>& Access::operationsOf(const Need& need) const {
  auto it = needOperations_.find(&need);
  if (it != needOperations_.end()) return it->second;
  std::vector<Operation> out;
  // Each permission expands to the catalogue operations it matches in its
  // plane (an action pattern: in either plane).
  auto expand = [&](std::string_view permission, std::optional<Plane> plane) {
    bool any = false;
    for (std::size_t i : operations_.matches(permission)) {
      if (plane && operations_.plane(i) != *plane) continue;
      Operation op{operations_.name(i), operations_.plane(i), true};
      if (std::find(out.begin(), out.end(), op) == out.end()) out.push_back(op);
      any = true;
    }
    if (!any) out.push_back({permission, plane.value_or(Plane::Control), false});
  };
  if (need.isCapability) {
    for (const std::string& a : need.capabilityActions) expand(a, Plane::Control);
    for (const std::string& a : need.capabilityDataActions) expand(a, Plane::Data);
  } else {
    expand(need.permission, std::nullopt);
  }
  return needOperations_.emplace(&need, std::move(out)).first->second;
}

std::vector<const Need*> Access::needsOf(const Identity& identity) const {
  std::vector<const Need*> out;
  for (const Need& n : identity.needs) out.push_back(&n);
  for (Index w : identity.workloads) {
    for (const Need& n : model_.workloads[w].needs) out.push_back(&n);
  }
  return out;
}

const std::vector<const Identity*>& Access::identitiesOf(Index workload) const {
  if (workloadIdentities_.size() != model_.workloads.size()) {
    workloadIdentities_.assign(model_.workloads.size(), {});
    for (const Identity& id : model_.identities) {
      for (Index w : id.workloads) {
        auto& list = workloadIdentities_.at(w);
        if (list.empty() || list.back() != &id) list.push_back(&id);
      }
    }
  }
  return workloadIdentities_.at(workload);
}

std::vector<const Identity*> Access::userAssignedWithin(Index scope) const {
  std::vector<const Identity*> out;
  if (scope == kNone) return out;
  const bool numbered = model_.scopeFirst.size() == model_.scopes.size();
  if (!numbered) {
    for (const Identity& id : model_.identities) {
      if (id.type == IdentityType::UserAssigned && model_.scopeWithin(id.placement, scope))
        out.push_back(&id);
    }
    return out;
  }
  if (!placedBuilt_) {
    for (const Identity& id : model_.identities) {
      if (id.type == IdentityType::UserAssigned && id.placement != kNone)
        placed_.push_back({model_.scopeFirst[id.placement], &id});
    }
    std::stable_sort(placed_.begin(), placed_.end(),
                     [](const auto& a, const auto& b) { return a.first < b.first; });
    placedBuilt_ = true;
  }
  auto first = std::lower_bound(placed_.begin(), placed_.end(), model_.scopeFirst[scope],
                                [](const auto& p, std::uint32_t n) { return p.first < n; });
  for (auto it = first; it != placed_.end() && it->first <= model_.scopeLast[scope]; ++it)
    out.push_back(it->second);
  std::sort(out.begin(), out.end());  // identities are one vector: pointer order is declaration order
  return out;
}

bool Access::grantAllows(const Grant& grant, Index scope, const Operation& op) const {
  if (grant.customRole == kNone || grant.scope == kNone || scope == kNone) return false;
  if (!model_.scopeWithin(scope, grant.scope)) return false;
  return permissionsOf(grant.customRole).allows(op.name, op.plane);
}

std::vector<Operation> Access::unmetOperations(const Identity& identity, const Need& need) const {
  std::vector<Operation> out;
  for (const Operation& op : operationsOf(need)) {
    if (!op.known) continue;
    bool met = std::any_of(identity.grants.begin(), identity.grants.end(),
                           [&](const Grant& g) { return grantAllows(g, need.scope, op); });
    if (!met) out.push_back(op);
  }
  return out;
}

std::vector<Access::Served> Access::servedBy(const Identity& identity, const Grant& grant) const {
  std::vector<Served> out;
  for (const Need* need : needsOf(identity)) {
    Served s{need, {}};
    for (const Operation& op : operationsOf(*need)) {
      if (op.known && grantAllows(grant, need->scope, op)) s.operations.push_back(op);
    }
    if (!s.operations.empty()) out.push_back(std::move(s));
  }
  return out;
}

const PermissionSet& Access::builtinPermissions(std::size_t i) const {
  if (builtin_.size() != stdlib_.roleCount()) builtin_.resize(stdlib_.roleCount());
  if (!builtin_[i]) builtin_[i] = std::make_unique<PermissionSet>(stdlib_.role(i).permissions);
  return *builtin_[i];
}

bool Access::builtinMayAllow(std::size_t i, const Operation& op) const {
  const image::Image& im = stdlib_.image();
  const image::Role& r = im.roles[i];
  int list = op.plane == Plane::Control ? 0 : 2;  // actions, data_actions
  for (std::uint32_t b = 0; b < r.blockCount; ++b) {
    const image::Block& block = im.blocks[r.blocks + b];
    for (std::uint32_t k = 0; k < block.count[list]; ++k) {
      if (startsWithNoCase(op.name, literalPrefix(im.str(im.patterns[block.first[list] + k])))) return true;
    }
  }
  return false;
}

namespace {

std::string providerOf(std::string_view name) {
  return toLower(name.substr(0, std::min(name.find('/'), name.size())));
}

constexpr std::string_view kCommonProviders[] = {"microsoft.authorization", "microsoft.insights",
                                                 "microsoft.resourcehealth", "microsoft.resources",
                                                 "microsoft.support"};

}  // namespace

bool Access::builtinStaysWithin(std::size_t i, std::span<const std::string> providers) const {
  for (const PermissionBlockView& b : builtinPermissions(i).blocks()) {
    for (const auto* list : {&b.actions, &b.dataActions}) {
      for (std::string_view pattern : *list) {
        std::string p = providerOf(pattern);
        if (p.find('*') != std::string::npos) return false;
        bool known = std::find(providers.begin(), providers.end(), p) != providers.end() ||
                     std::find(std::begin(kCommonProviders), std::end(kCommonProviders), p) !=
                         std::end(kCommonProviders);
        if (!known) return false;
      }
    }
  }
  return true;
}

namespace {

// Listing an account's keys or SAS tokens: whoever can, can do anything the keys open.
bool isKeyListing(std::string_view op) {
  std::string lower = toLower(op);
  return lower.find("/listkeys/") != std::string::npos ||
         lower.find("/listaccountsas/") != std::string::npos ||
         lower.find("/listservicesas/") != std::string::npos;
}

}  // namespace

const std::vector<std::uint32_t>& Access::builtinEffective(std::size_t i) const {
  auto it = builtinEffective_.find(i);
  if (it == builtinEffective_.end()) {
    it = builtinEffective_.emplace(i, effectiveIndices(builtinPermissions(i), operations_)).first;
  }
  return it->second;
}

bool Access::builtinListsKeys(std::size_t i) const {
  const std::vector<std::uint32_t>& allowed = builtinEffective(i);
  return std::any_of(allowed.begin(), allowed.end(),
                     [&](std::uint32_t op) { return isKeyListing(operations_.name(op)); });
}

bool Access::builtinAllowsOnlyWhat(std::size_t i, Index role) const {
  const std::vector<std::uint32_t>& candidate = builtinEffective(i);
  const std::vector<std::uint32_t>& allowed = effectiveOf(role);
  return std::includes(allowed.begin(), allowed.end(), candidate.begin(), candidate.end());
}

std::optional<std::size_t> Access::narrowestBuiltinRole(std::span<const Operation> ops, std::size_t atMost,
                                                        Index within) const {
  auto first = std::find_if(ops.begin(), ops.end(), [](const Operation& op) { return op.known; });
  if (first == ops.end()) return std::nullopt;
  const image::Image& im = stdlib_.image();
  if (bySize_.size() != im.roles.size()) {
    bySize_.resize(im.roles.size());
    for (std::size_t i = 0; i < bySize_.size(); ++i) bySize_[i] = i;
    std::stable_sort(bySize_.begin(), bySize_.end(), [&](std::size_t a, std::size_t b) {
      return im.roles[a].effectiveCount < im.roles[b].effectiveCount;
    });
  }
  std::vector<std::string> providers;
  for (const Operation& op : ops) {
    if (!op.known) continue;
    std::string p = providerOf(op.name);
    if (std::find(providers.begin(), providers.end(), p) == providers.end())
      providers.push_back(std::move(p));
  }
  // A role that lists account keys gives everything the keys open: only
  // when a need asks for the keys.
  bool keysNeeded =
      std::any_of(ops.begin(), ops.end(), [](const Operation& op) { return isKeyListing(op.name); });
  // Smallest first (equal sizes in name order): the first role that allows
  // every operation is the answer. A role that does allows the first one, so
  // a prefix test rules most out before their permissions are built.
  for (std::size_t i : bySize_) {
    if (im.roles[i].effectiveCount > atMost) break;
    if (im.roles[i].flags & (image::kDeprecated | image::kConditional | image::kService)) continue;
    if (!builtinMayAllow(i, *first)) continue;
    const PermissionSet& p = builtinPermissions(i);
    if (!std::all_of(ops.begin(), ops.end(),
                     [&](const Operation& op) { return !op.known || p.allows(op.name, op.plane); })) {
      continue;
    }
    if (!builtinStaysWithin(i, providers)) continue;
    if (!keysNeeded && builtinListsKeys(i)) continue;
    if (within != kNone && !builtinAllowsOnlyWhat(i, within)) continue;
    return i;
  }
  return std::nullopt;
}

Index Access::commonScope(std::span<const Index> scopes) const {
  if (scopes.empty()) return kNone;
  Index common = scopes[0];
  for (Index s : scopes.subspan(1)) {
    while (common != kNone && !model_.scopeWithin(s, common)) common = model_.scopes[common].parent;
  }
  return common;
}

}  // namespace trustc::sema
