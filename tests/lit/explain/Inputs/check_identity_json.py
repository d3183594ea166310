"""Prints a summary of `trustc explain IDENTITY --format=json` for FileCheck."""
import json
import sys

j = json.load(open(sys.argv[1]))
print("identity", j["identity"], j["type"], j["placement"])
for w in j["workloads"]:
    print("workload", w["name"], w["kind"], w["environment"])
for g in j["grants"]:
    e = g["effectiveOperations"]
    print("grant", g["grant"], g["role"], g["scopeKind"].replace("resource_group", "resource group"), g["scope"],
          "builtin=%s" % g["builtin"], "control=%d" % e["controlPlane"], "data=%d" % e["dataPlane"],
          "blocks=%d" % len(g["permissions"]))
for s in j["scopes"]:
    print("scope", s["scope"], " ".join("%d<%s" % (g["grant"], g["inheritedFrom"]) if "inheritedFrom" in g
                                        else str(g["grant"]) for g in s["grants"]))
for n in j["needs"]:
    givers = sorted({g for op in n["operations"] for g in op["grants"]})
    print("need", n["need"], n["scope"], "met=%s" % n["met"], "operations=%d" % len(n["operations"]),
          "given-by={%s}" % ",".join(map(str, givers)))
