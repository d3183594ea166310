#include "sema/permissions.h"

#include <cctype>

#include "sema/analyzer.h"

namespace trustc::sema {

namespace {

// ASCII case folding: operation names are ASCII, and the C library's
// locale-aware tolower costs a call per character.
char fold(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

// Classic wildcard matching with one backtracking point per `*`: linear in
// practice, at worst |pattern| x |text|.
bool globMatch(std::string_view pattern, std::string_view text) {
  std::size_t p = 0, s = 0, starP = std::string_view::npos, starS = 0;
  while (s < text.size()) {
    if (p < pattern.size() && pattern[p] == '*') {
      starP = p++;
      starS = s;
    } else if (p < pattern.size() && fold(pattern[p]) == fold(text[s])) {
      ++p;
      ++s;
    } else if (starP != std::string_view::npos) {
      p = starP + 1;
      s = ++starS;
    } else {
      return false;
    }
  }
  while (p < pattern.size() && pattern[p] == '*') ++p;
  return p == pattern.size();
}

// Positions of `*` that are a whole segment (`/*/`): each may also stand for
// no segment.
std::vector<std::size_t> segmentStars(std::string_view pattern) {
  std::vector<std::size_t> out;
  for (std::size_t i = 1; i + 1 < pattern.size(); ++i) {
    if (pattern[i] == '*' && pattern[i - 1] == '/' && pattern[i + 1] == '/') out.push_back(i);
  }
  return out;
}

}  // namespace

bool isWildcard(std::string_view permission) { return permission.find('*') != std::string_view::npos; }

std::string_view literalPrefix(std::string_view permission) {
  return permission.substr(0, std::min(permission.find('*'), permission.size()));
}

bool matchesPermission(std::string_view permission, std::string_view operation) {
  if (!isWildcard(permission)) return equalsNoCase(permission, operation);
  // `*/read` and the like: a suffix compare.
  if (permission[0] == '*' && permission.find('*', 1) == std::string_view::npos) {
    std::string_view suffix = permission.substr(1);
    return operation.size() >= suffix.size() &&
           equalsNoCase(operation.substr(operation.size() - suffix.size()), suffix);
  }
  if (globMatch(permission, operation)) return true;
  std::vector<std::size_t> stars = segmentStars(permission);
  // Try each way of dropping whole-segment stars (`/*/` read as `/`). Azure's
  // own roles have at most two; more are matched with the first four only.
  std::size_t n = std::min<std::size_t>(stars.size(), 4);
  for (unsigned mask = 1; mask < (1u << n); ++mask) {
    std::string variant;
    std::size_t from = 0;
    for (std::size_t k = 0; k < n; ++k) {
      if (!(mask & (1u << k))) continue;
      variant.append(permission.substr(from, stars[k] - from));
      from = stars[k] + 2;  // drop "*/"
    }
    variant.append(permission.substr(from));
    if (globMatch(variant, operation)) return true;
  }
  return false;
}

std::vector<PermissionBlock> permissionBlocksOf(const ast::Decl& role) {
  auto strings = [](const ast::Value* v) {
    std::vector<std::string> out;
    if (!v) return out;
    if (v->kind == ast::Value::Kind::String) out.push_back(v->text);
    for (const ast::Value& item : v->items) {
      if (item.kind == ast::Value::Kind::String) out.push_back(item.text);
    }
    return out;
  };
  std::vector<PermissionBlock> out;
  PermissionBlock top{strings(propertyValue(role, "actions")),
                      strings(propertyValue(role, "not_actions")),
                      strings(propertyValue(role, "data_actions")),
                      strings(propertyValue(role, "not_data_actions")),
                      {}};
  if (!top.actions.empty() || !top.dataActions.empty() || !top.notActions.empty() ||
      !top.notDataActions.empty()) {
    out.push_back(std::move(top));
  }
  for (const ast::Property& p : role.properties) {
    if (p.key.text != "permissions" || p.value.kind != ast::Value::Kind::Object) continue;
    PermissionBlock b{strings(fieldValue(p.value, "actions")),
                      strings(fieldValue(p.value, "not_actions")),
                      strings(fieldValue(p.value, "data_actions")),
                      strings(fieldValue(p.value, "not_data_actions")),
                      {}};
    if (const ast::Value* c = fieldValue(p.value, "condition")) b.condition = c->text;
    out.push_back(std::move(b));
  }
  return out;
}

PermissionSet::PermissionSet(const Role& role) {
  auto views = [](const std::vector<std::string>& list) {
    return std::vector<std::string_view>(list.begin(), list.end());
  };
  for (const PermissionBlock& b : role.permissions) {
    blocks_.push_back(
        {views(b.actions), views(b.notActions), views(b.dataActions), views(b.notDataActions), b.condition});
  }
}

int PermissionSet::allowingBlock(std::string_view operation, Plane plane) const {
  for (std::size_t i = 0; i < blocks_.size(); ++i) {
    const PermissionBlockView& b = blocks_[i];
    const auto& allow = plane == Plane::Control ? b.actions : b.dataActions;
    const auto& except = plane == Plane::Control ? b.notActions : b.notDataActions;
    bool allowed = false;
    for (std::string_view p : allow) {
      if (matchesPermission(p, operation)) {
        allowed = true;
        break;
      }
    }
    if (!allowed) continue;
    bool excluded = false;
    for (std::string_view p : except) {
      if (matchesPermission(p, operation)) {
        excluded = true;
        break;
      }
    }
    if (!excluded) return static_cast<int>(i);
  }
  return -1;
}

std::vector<bool> PermissionSet::effective(const OperationCatalogue& operations) const {
  std::vector<bool> marks(operations.size(), false);
  std::vector<bool> excluded;
  // Each pattern is matched only against the catalogue range of its literal
  // prefix: `*` scans everything once, `Microsoft.Authorization/*/Write` a few
  // hundred names.
  auto forEachMatch = [&](std::string_view p, Plane plane, auto&& f) {
    auto [first, last] = operations.prefixRange(literalPrefix(p));
    for (std::size_t i = first; i < last; ++i) {
      if (operations.plane(i) == plane && matchesPermission(p, operations.name(i))) f(i);
    }
  };
  for (const PermissionBlockView& b : blocks_) {
    for (Plane plane : {Plane::Control, Plane::Data}) {
      const auto& allow = plane == Plane::Control ? b.actions : b.dataActions;
      const auto& except = plane == Plane::Control ? b.notActions : b.notDataActions;
      if (allow.empty()) continue;
      excluded.assign(except.empty() ? 0 : operations.size(), false);
      for (std::string_view x : except) forEachMatch(x, plane, [&](std::size_t i) { excluded[i] = true; });
      for (std::string_view p : allow) {
        forEachMatch(p, plane, [&](std::size_t i) {
          if (excluded.empty() || !excluded[i]) marks[i] = true;
        });
      }
    }
  }
  return marks;
}

std::size_t PermissionSet::countEffective(const OperationCatalogue& operations) const {
  std::size_t n = 0;
  for (bool m : effective(operations)) n += m ? 1 : 0;
  return n;
}

bool PermissionSet::grantsDataActions(const OperationCatalogue& operations) const {
  for (const PermissionBlockView& b : blocks_) {
    for (std::string_view p : b.dataActions) {
      auto [first, last] = operations.prefixRange(literalPrefix(p));
      for (std::size_t i = first; i < last; ++i) {
        if (operations.plane(i) == Plane::Data && matchesPermission(p, operations.name(i)) &&
            allows(operations.name(i), Plane::Data)) {
          return true;
        }
      }
      // A data action the catalogue does not know still grants something.
      if (!isWildcard(p) && !operations.find(p)) return true;
    }
  }
  return false;
}

}  // namespace trustc::sema
