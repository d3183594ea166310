// Semantic analysis, in three passes over every declaration:
//   1. declare.cpp: check each declaration against its schema (header, place,
//      clauses, properties, literal values) and enter its name;
//   2. resolve.cpp: resolve every reference, with "did you mean";
//   3. build_model.cpp: build the typed SemanticModel and the scope tree.
#pragma once

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
                       Location ownerLocation, std::string_view ownerWhat);
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

  Compilation& c_;
  DiagnosticSink& diags_;
  // The lexical parent of every nested declaration (kept in the compilation).
  std::unordered_map<const ast::Decl*, const ast::Decl*>& parents_;
  // Every resolved reference: the Value node of the name to its symbol.
  std::unordered_map<const ast::Value*, const Symbol*> resolved_;
  // Index into the model vector of each modelled declaration.
  std::unordered_map<const ast::Decl*, Index> modelIndex_;
  std::vector<const ast::Decl*> userDecls_;  // every project declaration, in file order
};

// Property lookup helpers shared by the passes.
const ast::Property* property(const ast::Decl& d, std::string_view key);
const ast::Value* propertyValue(const ast::Decl& d, std::string_view key);
const ast::Value* fieldValue(const ast::Value& object, std::string_view key);
const ast::Clause* clause(const ast::Decl& d, ast::Clause::Kind kind);

}  // namespace trustc::sema
