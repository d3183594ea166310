// Facts about identities that several rules read: which environments an
// identity reaches, who owns it, and whether it deploys, serves or both.
// Each fact carries the place in the manifest that establishes it, so a
// finding can point there.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "sema/model.h"

namespace trustc::sema {

struct Use {
  Location at;
  std::string how;  // "workload `api`", "grant on `rg-prod`"
  Index environment = kNone;
  std::string through;  // the scope that declares the environment, when an ancestor does
};

// Where an identity meets environments: its workloads; the scopes of its
// grants; the resource a system-assigned identity lives on; the resources a
// user-assigned identity is attached to; the clusters it trusts. The
// environment of a scope is inherited down the scope tree. Uses without an
// environment are left out.
std::vector<Use> environmentUses(const SemanticModel& m, const Identity& id);
// The distinct environments of those uses, in order of first use.
std::vector<Index> environmentsOf(const SemanticModel& m, const Identity& id);
// An identity that reaches a production environment.
bool isProduction(const SemanticModel& m, const Identity& id);

// The owner accountable for an identity: its own `owner`, else the single
// owner that all its workloads share (kNone when there is none, or several).
Index effectiveOwner(const SemanticModel& m, const Identity& id);
// A federated credential's: its own `owner`, else its identity's.
Index effectiveOwner(const SemanticModel& m, const Identity& id, const Trust& t);

// How an identity is used. Deploying: a deployment workload, or a trust from a
// CI/CD issuer (unless every workload is a batch or evaluation job). Serving:
// a runtime workload, a resource it is attached to or lives on, or a trust
// from a Kubernetes cluster (pods that serve).
std::vector<Use> deployingUses(const SemanticModel& m, const Identity& id);
std::vector<Use> servingUses(const SemanticModel& m, const Identity& id);

// Where `name` is written in the value of the declaration's property `key`
// (a name or a list of names); the property, or the declaration's name, if not found.
Location referenceIn(const ast::Decl& d, std::string_view key, std::string_view name);
// "`a`, `b` and `c`"
std::string listNames(const std::vector<std::string>& names);

}  // namespace trustc::sema
