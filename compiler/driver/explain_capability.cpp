#include "driver/explain_capability.h"

#include <fmt/format.h>

#include <optional>
#include <string>
#include <vector>

#include "sema/analyzer.h"
#include "sema/stdlib.h"

namespace trustc::driver {

namespace {

struct CapabilityFacts {
  std::string name, description;
  std::vector<std::string> actions, dataActions;
  std::size_t operations = 0;
  std::optional<std::size_t> narrowest;  // a built-in role of the stdlib
};

CapabilityFacts factsOf(const Compilation& c, const ast::Decl& d) {
  CapabilityFacts f;
  f.name = std::string(d.nameText());
  if (const ast::Value* v = sema::propertyValue(d, "description")) f.description = v->text;
  // The capability as a need: what the least-privilege rules expand it to.
  sema::Need need;
  need.decl = &d;
  need.permission = f.name;
  need.isCapability = true;
  need.capabilityActions = f.actions = sema::stringsOf(sema::propertyValue(d, "actions"));
  need.capabilityDataActions = f.dataActions = sema::stringsOf(sema::propertyValue(d, "data_actions"));
  const std::vector<sema::Operation>& ops = c.access->operationsOf(need);
  for (const sema::Operation& op : ops) f.operations += op.known ? 1 : 0;
  f.narrowest = c.access->narrowestBuiltinRole(ops);
  return f;
}

}  // namespace

void printCapability(std::ostream& out, const Compilation& c, const ast::Decl& capability) {
  CapabilityFacts f = factsOf(c, capability);
  out << fmt::format("capability {}\n", f.name);
  if (!f.description.empty()) out << "  " << f.description << "\n";
  out << fmt::format("  stands for {} operation{} of the catalogue\n", f.operations,
                     f.operations == 1 ? "" : "s");
  if (f.narrowest) {
    sema::BuiltinRole r = c.stdlib.role(*f.narrowest);
    out << fmt::format("  narrowest built-in role that gives {}: \"{}\" ({} operations)\n",
                       f.operations == 1 ? "it" : "them all", r.name, r.effectiveCount);
  } else {
    out << "  no built-in role gives them all: grant a custom role with these actions\n";
  }
  for (const auto& [title, list] :
       {std::pair{"actions", &f.actions}, std::pair{"data actions", &f.dataActions}}) {
    if (list->empty()) continue;
    out << "\n" << title << "\n";
    for (const std::string& a : *list) out << "  " << a << "\n";
  }
}

nlohmann::ordered_json capabilityJson(const Compilation& c, const ast::Decl& capability) {
  CapabilityFacts f = factsOf(c, capability);
  nlohmann::ordered_json narrowest = nullptr;
  if (f.narrowest) narrowest = std::string(c.stdlib.role(*f.narrowest).name);
  return {{"capability", f.name},       {"description", f.description},
          {"actions", f.actions},       {"dataActions", f.dataActions},
          {"operations", f.operations}, {"narrowestBuiltinRole", narrowest}};
}

}  // namespace trustc::driver
