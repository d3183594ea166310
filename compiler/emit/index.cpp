// index.json: every template in deployment order with its target and the
// exact `az deployment ... create` command (run from the output folder), and
// the `az rest` command for every Graph credential file.
#include "emit/context.h"
#include "emit/guid.h"

namespace trustc::emit {

namespace {

// A command-line word for POSIX shells: quoted unless plainly safe.
std::string shellWord(std::string_view word) {
  bool safe = !word.empty();
  for (char ch : word) {
    safe = safe && ((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9') ||
                    std::string_view("-_./:@=").find(ch) != std::string_view::npos);
  }
  if (safe) return std::string(word);
  std::string out = "'";
  for (char ch : word) out += ch == '\'' ? std::string("'\\''") : std::string(1, ch);
  return out + "'";
}

std::string deploymentName(std::string_view scopeName) {
  std::string name = fmt::format("trustc-{}", scopeName);
  if (name.size() > 64) name = name.substr(0, 55) + "-" + armGuid({name}).substr(0, 8);
  return name;
}

}  // namespace

void renderIndex(Context& ctx, std::vector<OutputFile>& out) {
  const sema::SemanticModel& m = ctx.model;
  Json deployments = Json::array();
  int order = 0;
  for (auto& [key, t] : ctx.templates()) {
    const sema::Scope& s = m.scopes[t.scope];
    std::string file = ctx.fileOf(t), name = deploymentName(s.name);
    Json entry = {{"order", ++order},
                  {"template", file},
                  {"level", levelName(t.level)},
                  {"target", ctx.ids.id(t.scope)},
                  {"deploymentName", name}};
    std::string command;
    if (t.level == Level::ResourceGroup) {
      Index sub = ctx.ids.ancestor(t.scope, sema::ScopeKind::Subscription);
      std::string subscription = sub == kNone ? "" : m.scopes[sub].azureName;
      entry["subscriptionId"] = subscription;
      entry["resourceGroup"] = s.azureName;
      command = fmt::format(
          "az deployment group create --name {} --subscription {} --resource-group {} --template-file {}",
          shellWord(name), shellWord(subscription), shellWord(s.azureName), shellWord(file));
    } else {
      std::string location = ctx.locationOf(t.scope);
      if (location.empty()) {
        Diagnostic& d =
            ctx.diags.error(DiagKind::LocationMissing, ctx.where(s.decl),
                            "{} `{}` has resources to deploy, but no `location`; Azure needs one to store "
                            "the deployment",
                            t.level == Level::Subscription ? "subscription" : "management group", s.name);
        d.notes.push_back({{}, "add `location = \"REGION\"` to it or to an enclosing management group"});
      }
      if (t.level == Level::Subscription) {
        entry["subscriptionId"] = s.azureName;
        command = fmt::format(
            "az deployment sub create --name {} --subscription {} --location {} --template-file {}",
            shellWord(name), shellWord(s.azureName), shellWord(location), shellWord(file));
      } else {
        entry["managementGroupId"] = s.azureName;
        command = fmt::format(
            "az deployment mg create --name {} --management-group-id {} --location {} --template-file {}",
            shellWord(name), shellWord(s.azureName), shellWord(location), shellWord(file));
      }
      entry["location"] = location;
    }
    entry["command"] = command;
    deployments.push_back(std::move(entry));
  }
  Json graph = Json::array();
  for (const GraphCall& g : ctx.graphCalls) {
    graph.push_back({{"identity", g.identity},
                     {"credential", g.credential},
                     {"applicationId", g.applicationId},
                     {"file", g.file},
                     {"command", g.command}});
  }
  Json doc = {{"generator", fmt::format("trustc {}", TRUSTC_VERSION)},
              {"usage",
               "run the commands from this folder, deployments in order; Graph commands need an account "
               "that may write the application's credentials"},
              {"deployments", std::move(deployments)},
              {"graph", std::move(graph)},
              {"inventory", Json::array({"inventory.json", "inventory.md"})}};
  out.push_back({"index.json", doc.dump(2) + "\n"});
}

}  // namespace trustc::emit
