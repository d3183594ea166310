// The JSON baseline of bench/run.py: what nlohmann_json, a well-kept library
// doing comparable work, needs to parse and dump a document of a given size on
// this machine, in the same run as trustc's timings (docs/performance.md).
//
//   trustc_json_baseline generate BYTES FILE   writes a document of about BYTES
//                                              shaped like ARM templates
//   trustc_json_baseline roundtrip FILE        reads FILE, parses it, dumps it,
//                                              prints the phase times in ms
#include <fmt/format.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>

namespace {

using Clock = std::chrono::steady_clock;

double msSince(Clock::time_point start) {
  return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

// One role assignment as ARM writes it; ids vary so no two are alike.
nlohmann::ordered_json roleAssignment(std::size_t i) {
  std::string n = fmt::format("{:012x}", i);
  nlohmann::ordered_json r;
  r["type"] = "Microsoft.Authorization/roleAssignments";
  r["apiVersion"] = "2022-04-01";
  r["name"] = fmt::format("6f1f0b54-2c5e-5b8a-9d1e-{}", n);
  r["scope"] = fmt::format("Microsoft.Storage/storageAccounts/stai{}", n);
  r["properties"] = {
      {"roleDefinitionId",
       "/providers/Microsoft.Authorization/roleDefinitions/2a2b9908-6ea1-4ae2-8e65-a410df84e7d1"},
      {"principalId",
       fmt::format("[reference(resourceId('Microsoft.ManagedIdentity/userAssignedIdentities', 'id-{}'), "
                   "'2023-01-31').principalId]",
                   n)},
      {"principalType", "ServicePrincipal"},
      {"description", fmt::format("reads what product {} serves", i)}};
  r["dependsOn"] = {
      fmt::format("[resourceId('Microsoft.ManagedIdentity/userAssignedIdentities', 'id-{}')]", n)};
  return r;
}

int generate(std::size_t bytes, const std::string& path) {
  nlohmann::ordered_json doc;
  doc["$schema"] = "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#";
  doc["contentVersion"] = "1.0.0.0";
  doc["resources"] = nlohmann::ordered_json::array();
  std::size_t perItem = roleAssignment(0).dump(2).size() + 4;
  for (std::size_t i = 0; i * perItem < bytes; ++i) doc["resources"].push_back(roleAssignment(i));
  std::ofstream out(path, std::ios::binary);
  out << doc.dump(2) << "\n";
  return out ? 0 : 1;
}

int roundtrip(const std::string& path) {
  auto start = Clock::now();
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  std::string text = ss.str();
  double readMs = msSince(start);
  start = Clock::now();
  nlohmann::json doc = nlohmann::json::parse(text);
  double parseMs = msSince(start);
  start = Clock::now();
  std::string dumped = doc.dump(2);
  double dumpMs = msSince(start);
  fmt::print("bytes={} read_ms={:.1f} parse_ms={:.1f} dump_ms={:.1f} dumped_bytes={}\n", text.size(), readMs,
             parseMs, dumpMs, dumped.size());
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  try {
    std::string verb = argc > 1 ? argv[1] : "";
    if (verb == "generate" && argc == 4) return generate(std::strtoull(argv[2], nullptr, 10), argv[3]);
    if (verb == "roundtrip" && argc == 3) return roundtrip(argv[2]);
  } catch (const std::exception& e) {
    fmt::print(stderr, "trustc_json_baseline: {}\n", e.what());
    return 1;
  }
  fmt::print(stderr, "usage: trustc_json_baseline generate BYTES FILE | roundtrip FILE\n");
  return 2;
}
