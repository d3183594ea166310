#include "sema/model.h"

namespace trustc::sema {

Index SemanticModel::environmentOf(Index scope) const {
  for (std::size_t steps = 0; scope != kNone && steps <= scopes.size(); ++steps) {
    if (scopes[scope].environment != kNone) return scopes[scope].environment;
    scope = scopes[scope].parent;
  }
  return kNone;
}

bool SemanticModel::scopeWithin(Index inner, Index outer) const {
  for (std::size_t steps = 0; inner != kNone && steps <= scopes.size(); ++steps) {
    if (inner == outer) return true;
    inner = scopes[inner].parent;
  }
  return false;
}

}  // namespace trustc::sema
