// The state of one build: the compilation it reads, where its diagnostics go,
// the templates being filled (one per deployment target) and the facts every
// emitter shares (principals, role ids, locations). Each emitter
// (role_assignments.cpp, identities.cpp, ...) adds resources to templates;
// templates.cpp renders them. Nothing here depends on the order of input
// files: every collection is keyed or sorted by names.
#pragma once

#include <map>
#include <optional>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "emit/azure.h"
#include "emit/emit.h"
#include "sema/compilation.h"

namespace trustc::emit {

// A resource with the key that orders it in its template.
struct Placed {
  std::string sortKey;
  Json resource;
};

// A deployment nested in a template because its resources live at another
// scope than the template's target (azure-formats.md §1.3).
struct Nested {
  std::string name;
  Level level = Level::ResourceGroup;  // the inner template's level
  Index scope = kNone;                 // its target
  std::string principalId;             // value of the inner `principalId` parameter
  std::vector<std::string> dependsOn;
  std::vector<Placed> resources;
};

struct Template {
  Level level = Level::ResourceGroup;
  Index scope = kNone;  // the management group, subscription or resource group
  std::vector<Placed> resources;
  std::map<std::string, Nested> nested;  // by deployment name
};

// Who a role assignment names (azure-formats.md §2).
struct Principal {
  std::string objectId;        // declared `object_id`: the principal exists already
  std::string uamiResourceId;  // a user-assigned identity these templates create (or update)
  Index uamiGroup = kNone;     // ... in this resource group
  std::string uamiName;
  // True when the object id is known only once the templates have run.
  bool createdHere() const { return objectId.empty(); }
  // The string that stands for the principal in the role assignment name.
  std::string namingId() const { return lower(createdHere() ? uamiResourceId : objectId); }
};

// A custom role the templates create (role_definitions.cpp).
struct RoleDefinitionPlan {
  Index role = kNone;
  Index definitionScope = kNone;  // a management group or subscription
  std::string guid;
  std::vector<std::string> assignableScopes;
};

// A federated identity credential as Azure stores it.
struct Credential {
  std::string issuer, subject, audience;
};

// The definition a policy assignment assigns.
struct PolicyRef {
  std::string definitionId;  // /providers/Microsoft.Authorization/policy(Set)Definitions/...
  bool initiative = false;
  Index customScope = kNone;  // a custom definition: the scope it is deployed at
  std::string customName;     // ... and its name there
};

// A custom policy definition the templates create (policy_definitions.cpp):
// at the management group or subscription that holds every scope it is
// assigned at.
struct PolicyDefinitionPlan {
  const ast::Decl* decl = nullptr;
  Index scope = kNone;
  std::string name, id;
};

struct GraphCall {
  std::string identity, credential, file, applicationId, command;
};

class Context {
 public:
  Context(const Compilation& c, DiagnosticSink& diags);

  const Compilation& c;
  const sema::SemanticModel& model;
  DiagnosticSink& diags;
  ScopeIds ids;

  // The template of a deployment target (a management group, subscription or
  // resource group), created on first use.
  Template& templateFor(Index deploymentScope);
  std::map<std::pair<int, std::string>, Template>& templates() { return templates_; }

  // Identities and roles, prepared before the emitters run (errors reported once).
  const std::optional<Principal>& principal(Index identity) const { return principals_[identity]; }
  // The GUID of a role definition; nullopt when the role cannot be emitted.
  std::optional<std::string> roleGuid(Index role) const;
  const RoleDefinitionPlan* customRole(Index role) const;
  std::string identityAzureName(const sema::Identity& id) const;
  // The trust's issuer URL, subject and audience: derived by sema when it
  // can, else as written (`issuer`, `subject`, `audience`), else the issuer's
  // standard URL. Empty issuer or subject when unknown.
  Credential credentialOf(const sema::Trust& t) const;
  std::string roleAssignmentName(Index scope, const Principal& p, std::string_view roleGuid) const;

  // Where Azure stores deployment metadata for a subscription or management
  // group deployment: the nearest declared `location`, or "".
  std::string locationOf(Index scope) const;
  Index scopeNamed(std::string_view name) const;
  Index ownerNamed(std::string_view name) const;
  std::string assignmentId(Index assignment) const;
  // The definition or initiative an assignment assigns: a built-in one (sema's
  // resolution, else the GUID of the built-in it names) or a custom policy
  // these templates create; nullopt otherwise (custom initiatives, unplaced
  // definitions).
  std::optional<PolicyRef> policyOf(Index assignment) const;
  // The policy or initiative declaration an assignment names, if any.
  const ast::Decl* policyDeclOf(Index assignment) const;
  const std::map<const ast::Decl*, PolicyDefinitionPlan>& customPolicies() const { return customPolicies_; }
  std::string fileOf(const Template& t) const;
  Location where(const ast::Decl* d) const;
  // Where `key` is written in `d`, or where `d` is named.
  Location whereProperty(const ast::Decl* d, std::string_view key) const;

  // Records that the declaration at `at` produces the Azure resource `key`;
  // when another one did already, reports E0910 with `message` and returns false.
  bool claim(std::string key, Location at, std::string message);

  std::vector<OutputFile> files;  // outputs other than templates, index and inventory
  std::vector<GraphCall> graphCalls;

 private:
  void preparePrincipals();
  void prepareCustomRoles();
  void prepareCustomPolicies();

  std::map<std::pair<int, std::string>, Template> templates_;
  std::vector<std::optional<Principal>> principals_;
  std::map<Index, RoleDefinitionPlan> customRoles_;
  std::map<const ast::Decl*, PolicyDefinitionPlan> customPolicies_;
  std::set<Index> failedRoles_;
  std::map<std::string, Index, std::less<>> scopesByName_, ownersByName_;
  std::map<std::string, Location> claimed_;
};

// The emitters, in the order the build runs them.
void emitRoleDefinitions(Context& ctx);
void emitPolicyDefinitions(Context& ctx);
void emitIdentities(Context& ctx);
void emitRoleAssignments(Context& ctx);
void emitGraphCredentials(Context& ctx);
void emitPolicyAssignments(Context& ctx);
void emitPolicyExemptions(Context& ctx);
// Renders every template and the index.
void renderTemplates(Context& ctx, std::vector<OutputFile>& out);
void renderIndex(Context& ctx, std::vector<OutputFile>& out);
void renderInventory(Context& ctx, std::vector<OutputFile>& out);

// `[resourceId(...)]` of a user-assigned identity in the same template, and
// `[reference(...).principalId]`, its object id once deployed.
std::string uamiReference(std::string_view name);
std::string principalReference(std::string_view name);

// `owner` and `ownerContact` for policy metadata; checks metadata values
// against Azure's limit (1,024 characters each).
Json ownerMetadata(const Context& ctx, Index owner);
bool checkMetadata(Context& ctx, Location at, const Json& metadata);
// `[resourceId(...)]`-style expression of an extension resource of `type`
// named `name` on `scope`, as seen from the template of `scope`'s deployment.
std::string extensionIdExpr(const Context& ctx, Index scope, std::string_view type, std::string_view name);

// Reports what keeps a trust from being a federated credential Azure accepts.
bool checkCredential(Context& ctx, const sema::Trust& t, const Credential& cred);
// Reports a credential whose name, or issuer and subject, another credential
// of the same identity already has (Azure keeps both unique per identity).
bool claimCredential(Context& ctx, const sema::Identity& id, const sema::Trust& t, const Credential& cred);

// A manifest value as JSON; strings are ARM literals (a leading `[` doubled).
Json valueJson(const ast::Value& v);

// Declared values the model does not carry.
std::string declString(const ast::Decl& d, std::string_view key);
std::vector<std::string> declRefs(const ast::Decl& d, std::string_view key);

}  // namespace trustc::emit
