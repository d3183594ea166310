// Semantic analysis, in three passes over every declaration:
//   1. declare.cpp: check each declaration against its schema (header, place,
//      clauses, properties, literal values) and enter its name;
//   2. resolve.cpp: resolve every reference, with "did you mean";
//   3. build_model.cpp: build the typed SemanticModel and the scope tree.
#pragma once

#include <set>
#include <unordered_map>

#include "sema/compilation.h"
#include "sema/schema.h"

namespace trustc::sema {

class Analyzer {
 public:
  explicit Analyzer(Compilation& c) : c_(c), diags_(c.diagnostics), parents_(c.parents) {}
  void run();

 private:
  // declare.cpp
  void declare(const ast::Decl& d, const ast::Decl* parent, bool stdlib);
  void checkHeader(const ast::Decl& d, const DeclSpec& spec, const ast::Decl* parent, bool stdlib);
  void checkClauses(const ast::Decl& d, const DeclSpec& spec);
  void checkProperties(const std::vector<ast::Property>& props, const std::vector<PropertySpec>& specs,
                       Location ownerLocation, std::string_view ownerWhat, bool reportMissing);
  void checkValue(const ast::Value& v, const PropertySpec& spec);
  void enter(const ast::Decl& d, bool stdlib);
  void checkMemberNames(const ast::Decl& d);

  // literal_checks.cpp
  bool checkGuid(const ast::Value& v);
  bool checkDate(const ast::Value& v);
  bool checkDuration(const ast::Value& v);
  bool checkResourceType(const ast::Value& v);
  bool checkContact(const ast::Value& v);
  bool checkUrl(const ast::Value& v);
  void wrongType(const ast::Value& v, std::string_view key, std::string_view expected);

  // resolve.cpp
  void resolve(const ast::Decl& d);
  void resolveProperties(const std::vector<ast::Property>& props, const std::vector<PropertySpec>& specs);
  const Symbol* resolveRef(const ast::Value& ref, KindSet kinds, std::string_view what);
  const Symbol* resolveRole(const ast::Decl& grant);
  const Symbol* resolveInCatalogue(const ast::Value& v, const SymbolTable::Catalogue& catalogue,
                                   std::string_view what);

  // build_model.cpp
  void buildModel();
  void buildScopes();
  void buildIdentity(const ast::Decl& d);
  Need buildNeed(const ast::Decl& d) const;
  Index indexOf(const ast::Value* ref) const;
  Index indexOfDecl(const ast::Decl* d) const;
  // The model indices of a name or a list of names (unresolved ones left out).
  std::vector<Index> indicesOf(const ast::Value* refs) const;

  // policies.cpp: policy and initiative definitions, assignments.
  void resolvePolicyRefs(const ast::Decl& d);
  void buildDefinitions();
  Index definitionOf(const ast::Decl& d);
  std::vector<PolicyParameter> definitionParameters(const ast::Decl& d);
  void buildMembers(const ast::Decl& d, Index initiative);
  void buildAssignment(const ast::Decl& d);
  void checkEffect(const ast::Decl& d, Assignment& a);
  void checkParameterValues(const ast::Value& values, const PolicyDefinition& def, Assignment* a);
  bool checkParameterValue(const ast::Value& v, const PolicyParameter& p, std::string_view owner);

  // exemptions.cpp: exemptions, compensating controls, suppressions.
  void buildExemption(const ast::Decl& d);
  void buildControl(const ast::Decl& d);
  void checkExemptions();
  void checkExemption(const Exemption& e);
  void checkSuppression(const ast::Decl& d);

  Compilation& c_;
  DiagnosticSink& diags_;
  // The lexical parent of every nested declaration (kept in the compilation).
  std::unordered_map<const ast::Decl*, const ast::Decl*>& parents_;
  // Every resolved reference: the Value node of the name to its symbol.
  std::unordered_map<const ast::Value*, const Symbol*> resolved_;
  // Index into the model vector of each modelled declaration.
  std::unordered_map<const ast::Decl*, Index> modelIndex_;
  std::vector<const ast::Decl*> userDecls_;  // every project declaration, in file order
  // Index into SemanticModel::policies of each policy or initiative declaration.
  std::unordered_map<const ast::Decl*, Index> policyIndex_;
  // Recovered blocks already reported for holding a declaration that belongs after them.
  std::set<const ast::Decl*> strandedIn_;
};

// Turns `environment prod` (a forgotten `=`) inside a declaration back into a
// property, with an error (recover_properties.cpp). Runs before the passes.
void recoverPropertyDecls(ast::Decl& parent, DiagnosticSink& sink);

// Property lookup helpers shared by the passes.
const ast::Property* property(const ast::Decl& d, std::string_view key);
const ast::Value* propertyValue(const ast::Decl& d, std::string_view key);
const ast::Value* fieldValue(const ast::Value& object, std::string_view key);
const ast::Clause* clause(const ast::Decl& d, ast::Clause::Kind kind);
// A property's text ("" when absent or a list or block), date, and strings.
std::string stringOf(const ast::Decl& d, std::string_view key);
std::optional<Date> dateOf(const ast::Value* v);
std::vector<std::string> stringsOf(const ast::Value* v);

}  // namespace trustc::sema
