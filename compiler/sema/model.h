// The SemanticModel: the typed, resolved view of a project that rules and
// emitters read. Built once by sema; never mutated afterwards. Objects refer
// to each other by index into the model's vectors (-1: none).
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "ast/ast.h"
#include "support/date.h"

namespace trustc::sema {

using Index = int;
inline constexpr Index kNone = -1;

struct Review {
  bool declared = false;
  std::int64_t everyDays = 0;
  std::optional<Date> last;
  Location location;
};

struct Owner {
  const ast::Decl* decl = nullptr;
  std::string name;
  std::string contact;
};

struct Environment {
  const ast::Decl* decl = nullptr;
  std::string name;
  bool production = false;
};

enum class ScopeKind { ManagementGroup, Subscription, ResourceGroup, Resource };

struct Scope {
  const ast::Decl* decl = nullptr;
  ScopeKind kind = ScopeKind::ResourceGroup;
  std::string name;          // the manifest name
  std::string azureName;     // the name in Azure (label, `name`, or the manifest name)
  std::string resourceType;  // resources only
  Index parent = kNone;
  Index environment = kNone;  // declared on this scope
  std::vector<Index> children;
};



enum class IdentityType { UserAssigned, SystemAssigned, ServicePrincipal };

struct Trust {
  const ast::Decl* decl = nullptr;
  std::string issuer;  // the issuer's stdlib name, e.g. `github`
  std::string name;    // the credential name
  Index owner = kNone;
  Review review;
  // Every field as written, by key (strings and booleans as text).
  std::map<std::string, std::string> fields;
  // The federated identity credential as Azure stores it, derived from the
  // issuer and the fields (sema/federation): empty when it cannot be derived.
  std::string issuerUrl;
  std::string subject;
  std::string audience = "api://AzureADTokenExchange";
};

struct Secret {
  const ast::Decl* decl = nullptr;
  std::string name;
  bool certificate = false;
  std::optional<Date> created;
  std::optional<Date> expires;
  bool hasLiteralValue = false;  // the value itself is never kept
};

struct Need {
  const ast::Decl* decl = nullptr;
  std::string permission;  // a capability name or an action pattern
  bool isCapability = false;
  Index scope = kNone;
  // A capability's `actions` and `data_actions` (empty for an action pattern,
  // whose plane the operation catalogue tells; see sema/access.h).
  std::vector<std::string> capabilityActions, capabilityDataActions;
};

enum class WorkloadKind { Runtime, Deployment, Batch, Evaluation, BreakGlass };

struct Workload {
  const ast::Decl* decl = nullptr;
  std::string name;
  Index environment = kNone;
  Index owner = kNone;
  WorkloadKind kind = WorkloadKind::Runtime;
  bool decommissioned = false;
  std::vector<Need> needs;  // needs declared on the workload: every identity serving it shares them
};

struct Grant {
  const ast::Decl* decl = nullptr;
  std::string role;        // as written: a role name, a GUID, or a custom role's name
  bool roleIsGuid = false;
  Index customRole = kNone;  // the granted role in `SemanticModel::roles`, built-in or custom
  Index scope = kNone;
  std::string justification;
  std::optional<Date> expires;
  std::string condition;
  std::string conditionVersion;
};

struct Suppression {
  const ast::Decl* decl = nullptr;
  const ast::Decl* target = nullptr;  // the declaration it is attached to
  std::string rule;
  std::string reason;
  std::optional<Date> until;
  Index owner = kNone;
};

struct Identity {
  const ast::Decl* decl = nullptr;
  std::string name;
  IdentityType type = IdentityType::UserAssigned;
  Index placement = kNone;  // resource group (user-assigned) or resource (system-assigned)
  std::vector<Index> workloads;
  Index owner = kNone;
  Review review;
  std::string objectId;
  std::string clientId;
  std::vector<Trust> trusts;
  std::vector<Secret> secrets;
  std::vector<Need> needs;
  std::vector<Grant> grants;
};

struct PermissionBlock {
  std::vector<std::string> actions, notActions, dataActions, notDataActions;
  std::string condition;
};

struct Role {
  const ast::Decl* decl = nullptr;
  std::string name;
  std::string guid;  // declared id, or empty (derived at emit time for custom roles)
  bool builtin = false;
  std::string description;
  std::vector<PermissionBlock> permissions;
  std::vector<Index> assignableScopes;
};

struct Assignment {
  const ast::Decl* decl = nullptr;
  std::string name;
  std::string policy;  // as written
  // The resolved definition: "/providers/Microsoft.Authorization/policyDefinitions/GUID"
  // (or policySetDefinitions for an initiative); empty when unresolved.
  std::string policyDefinitionId;
  bool initiative = false;
  Index scope = kNone;
  std::string effect;
  bool enforce = true;
};

enum class ExemptionCategory { Waiver, Mitigated };

struct Exemption {
  const ast::Decl* decl = nullptr;
  std::string name;
  Index assignment = kNone;
  Index scope = kNone;
  ExemptionCategory category = ExemptionCategory::Waiver;
  Index owner = kNone;
  std::optional<Date> expires;
  std::optional<Date> created;
  std::string reason;
  std::string ticket;
  std::vector<Index> controls;
  std::vector<std::string> definitionReferenceIds;
};

struct Control {
  const ast::Decl* decl = nullptr;
  std::string name;
  Index owner = kNone;
  std::string description;
  std::string evidenceLink;
  const ast::Decl* evidenceDecl = nullptr;
};

struct SemanticModel {
  std::string tenantId;
  std::vector<Owner> owners;
  std::vector<Environment> environments;
  std::vector<Scope> scopes;
  std::vector<Workload> workloads;
  std::vector<Identity> identities;
  // Custom roles declared by the project, then the built-in roles its grants
  // name; every built-in role is in the stdlib (Compilation::stdlib).
  std::vector<Role> roles;
  std::vector<Assignment> assignments;
  std::vector<Exemption> exemptions;
  std::vector<Control> controls;
  std::vector<Suppression> suppressions;

  // The environment a scope belongs to: its own, or the nearest ancestor's.
  Index environmentOf(Index scope) const;
  // True when `inner` is `outer` or lies beneath it.
  bool scopeWithin(Index inner, Index outer) const;
};

}  // namespace trustc::sema
