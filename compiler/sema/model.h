// The SemanticModel: the typed, resolved view of a project that rules and
// emitters read. Built once by sema; never mutated afterwards. Objects refer
// to each other by index into the model's vectors (-1: none).
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
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
  Index cluster = kNone;  // the Kubernetes cluster (a resource scope) it trusts, if named
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

// The keyword each is written with (`management_group`, `user_assigned`, `break-glass`).
std::string_view scopeKindKeyword(ScopeKind kind);
std::string_view identityTypeName(IdentityType type);
std::string_view workloadKindName(WorkloadKind kind);

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
  std::string role;  // as written: a role name, a GUID, or a custom role's name
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
  std::vector<Index> attachedTo;  // resources a user-assigned identity is attached to
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

// A parameter of a policy or initiative definition.
struct PolicyParameter {
  std::string name;
  std::string type;  // Azure's: String, Array, Boolean, Integer, Float, Object, DateTime
  const ast::Value* defaultValue = nullptr;  // null: the assignment must give a value
  const ast::Value* allowed = nullptr;       // a list, or null
  std::string displayName;
};

// A member of an initiative.
struct InitiativeMember {
  std::string referenceId;                 // policyDefinitionReferenceId
  Index definition = kNone;                // into SemanticModel::policies
  const ast::Value* parameters = nullptr;  // the member's parameter values (an object), or null
  Location location;
};

// A policy or initiative definition: a built-in of the standard library that
// the project uses, or one the project declares.
struct PolicyDefinition {
  const ast::Decl* decl = nullptr;
  std::string name;  // the manifest name, or the display name of a built-in
  std::string displayName;
  std::string guid;  // the definition's name in Azure (built-ins: a GUID), or ""
  bool builtin = false;
  bool initiative = false;
  // Built-ins: "/providers/Microsoft.Authorization/policyDefinitions/GUID" (policySetDefinitions for
  // an initiative). Custom definitions: "" (their id depends on where they are deployed).
  std::string id;
  std::vector<std::string> effects;  // the effects an assignment may choose, as the definition spells them
  std::string defaultEffect;
  std::string fixedEffect;                      // an effect written into the rule: it cannot be chosen
  std::string effectParameter;                  // the parameter that carries the effect ("effect"), or ""
  std::vector<PolicyParameter> parameters;      // without the effect parameter
  std::vector<InitiativeMember> members;        // initiatives
  std::vector<std::string> remediationRoleIds;  // role definition GUIDs DeployIfNotExists/Modify need
  bool preview = false;
};

struct Assignment {
  const ast::Decl* decl = nullptr;
  std::string name;
  std::string policy;        // as written
  Index definition = kNone;  // into SemanticModel::policies
  // The resolved definition: "/providers/Microsoft.Authorization/policyDefinitions/GUID"
  // (or policySetDefinitions for an initiative); empty when unresolved or custom
  // (then `definition` names it).
  std::string policyDefinitionId;
  bool initiative = false;
  Index scope = kNone;
  std::vector<Index> notScopes;
  std::string effect;  // as the definition spells it; "" when not set (the default applies)
  bool enforce = true;
  // Parameter values as written (effect excluded), by parameter name.
  std::vector<std::pair<std::string, const ast::Value*>> parameters;
  Index owner = kNone;
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
  std::vector<PolicyDefinition> policies;  // declared by the project, or built-ins it uses
  std::vector<Assignment> assignments;
  std::vector<Exemption> exemptions;
  std::vector<Control> controls;
  std::vector<Suppression> suppressions;

  // The environment a scope belongs to: its own, or the nearest ancestor's.
  Index environmentOf(Index scope) const;
  // True when `inner` is `outer` or lies beneath it: a comparison once the
  // scopes are numbered, else a walk up the parents.
  bool scopeWithin(Index inner, Index outer) const;

  // Numbers the scopes in depth-first order, once their parents and children
  // are final: the scopes beneath `s` (and `s`) are then exactly those whose
  // number lies in [scopeFirst[s], scopeLast[s]].
  void numberScopes();
  std::vector<std::uint32_t> scopeFirst;
  std::vector<std::uint32_t> scopeLast;
};

}  // namespace trustc::sema
