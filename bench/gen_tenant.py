#!/usr/bin/env python3
"""Generates a synthetic tenant of any size, written as trustc source.

For N identities: N/10 teams, each with an owner, two workloads, a resource
group of five resources, ten identities (nine with three grants, one deploying
with one; each grant serves a declared need; one federated trust each), two
exemptions with a compensating control, spread over production, staging and
development subscriptions with one policy assignment each. 10,000 identities
is about 28,000 grants, 2,000 exemptions and 10 MB of
source, the size QUALITY.md's throughput figure is stated for.

The output is deterministic (no randomness, no clock) and split into files of
at most --max-file-bytes (default 1 MiB), far below the per-file limit of
compiler/syntax/limits.h; a team never straddles two files.

usage: gen_tenant.py --identities N --out DIR [--max-file-bytes B] [--errors]

--errors adds a file with one compile error per kind the analyzer reports
(unknown names, duplicates, bad literals), for tests that need diagnostics.
"""
import argparse
import pathlib
import re
import shutil
import sys

ENVIRONMENTS = [("prod", True), ("staging", False), ("dev", False)]
ROLES = [
    ("Storage Blob Data Reader", "st", "Microsoft.Storage/storageAccounts/blobServices/containers/blobs/read"),
    ("Key Vault Secrets User", "kv", "Microsoft.KeyVault/vaults/secrets/getSecret/action"),
    ("Cognitive Services OpenAI User", "oai", "Microsoft.CognitiveServices/accounts/OpenAI/deployments/chat/completions/action"),
    ("Search Index Data Reader", "srch", "Microsoft.Search/searchServices/indexes/documents/read"),
    ("AcrPull", "acr", "Microsoft.ContainerRegistry/registries/pull/read"),
]
# The deployment identity of each team pushes images, and reaches no data.
DEPLOY_ROLE = ("AcrPush", "acr", "Microsoft.ContainerRegistry/registries/push/write")
RESOURCES = [
    ("st", "Microsoft.Storage/storageAccounts"),
    ("kv", "Microsoft.KeyVault/vaults"),
    ("oai", "Microsoft.CognitiveServices/accounts"),
    ("srch", "Microsoft.Search/searchServices"),
    ("acr", "Microsoft.ContainerRegistry/registries"),
]
IDENTITIES_PER_TEAM = 10
EXEMPTIONS_PER_TEAM = 2
# A built-in policy: `trustc build` deploys assignments of built-in definitions only (E0906).
NO_LOCAL_AUTH = "Azure AI Services resources should have key access disabled (disable local authentication)"
# Every team's two exemptions share their subscription's assignment, which exemption-cluster
# reports; the synthetic tenant states that this portfolio is reviewed as such.
CLUSTER_SUPPRESSION = ('suppress exemption-cluster because "the synthetic portfolio is reviewed quarterly in AI-1" '
                       'until 2027-06-30 by team-platform')
TEAMS_PER_SUBSCRIPTION = 50


def guid(kind: int, n: int) -> str:
    return f"{kind:08x}-0000-4000-8000-{n:012x}"


def limit_from_source(root: pathlib.Path) -> int:
    text = (root / "compiler" / "syntax" / "limits.h").read_text(encoding="utf-8")
    m = re.search(r"maxFileBytes\s*=\s*(\d+)u?\s*<<\s*(\d+)", text)
    return int(m.group(1)) << int(m.group(2)) if m else 32 << 20


def scopes(subscriptions: int, teams: int) -> str:
    exempted = [0] * subscriptions
    for t in range(teams):
        exempted[t // TEAMS_PER_SUBSCRIPTION % subscriptions] += EXEMPTIONS_PER_TEAM
    out = ["// Management groups, subscriptions, environments and policy.\n"]
    for name, prod in ENVIRONMENTS:
        out.append(f"environment {name} {{ production = {'true' if prod else 'false'} }}\n")
    out.append('\nowner team-platform { contact = "platform@contoso.com"  display_name = "Platform team" }\n\n')
    out.append('management_group corp "mg-corp" {\n  display_name = "Contoso"\n')
    for env, _ in ENVIRONMENTS:
        out.append(f'  management_group corp-{env} "mg-corp-{env}" {{\n    environment = {env}\n  }}\n')
    out.append("}\n\n")
    for s in range(subscriptions):
        env = ENVIRONMENTS[s % len(ENVIRONMENTS)][0]
        out.append(f'subscription sub-{s:04d} "{guid(0x5000, s)}" in corp-{env} {{\n'
                   f'  environment = {env}\n  display_name = "AI platform {env} {s}"\n  location = "westeurope"\n'
                   + (f'  {CLUSTER_SUPPRESSION}\n' if exempted[s] >= 3 else '') + '}\n'
                   f'policy_assignment pa-no-local-auth-{s:04d} {{\n  policy = "{NO_LOCAL_AUTH}"\n  scope = sub-{s:04d}\n'
                   f'  enforcement = default\n  non_compliance_message = "Use Entra ID authentication"\n'
                   + (f'  {CLUSTER_SUPPRESSION}\n' if exempted[s] >= 3 else '') + '}\n\n')
    return "".join(out)


def team(t: int, first_identity: int, count: int, subscriptions: int, exemptions: bool) -> str:
    s = t // TEAMS_PER_SUBSCRIPTION % subscriptions
    env = ENVIRONMENTS[s % len(ENVIRONMENTS)][0]
    tn = f"{t:05d}"
    out = [f"// Team {tn}.\n",
           f'owner team-{tn} {{ contact = "team-{tn}@contoso.com"  display_name = "AI team {tn}" }}\n',
           f"workload app-{tn}-api {{ environment = {env}  owner = team-{tn}  kind = runtime\n"
           f'  description = "Inference API of product {tn}" }}\n',
           f"workload app-{tn}-deploy {{ environment = {env}  owner = team-{tn}  kind = deployment }}\n\n",
           f'resource_group rg-{tn} "rg-ai-{env}-{tn}" in sub-{s:04d} {{\n  environment = {env}\n  location = "westeurope"\n']
    for prefix, rtype in RESOURCES:
        out.append(f'  resource {prefix}-{tn} "{rtype}" {{ name = "{prefix}ai{env}{tn}" }}\n')
    out.append("}\n\n")
    for k in range(count):
        i = first_identity + k
        deploy = k == count - 1
        workload = f"app-{tn}-deploy" if deploy else f"app-{tn}-api"
        out.append(f"identity id-{i:06d} : user_assigned in rg-{tn} {{\n"
                   f"  workload = {workload}\n  owner = team-{tn}\n"
                   f'  description = "Managed identity {i} of team {tn}"\n'
                   f"  review {{ every = 90d  last = 2026-10-{1 + i % 28:02d} }}\n")
        grants = [DEPLOY_ROLE] if deploy else [ROLES[(i + r) % len(ROLES)] for r in range(3)]
        for role, prefix, action in grants:
            out.append(f'  needs "{action}" on {prefix}-{tn}\n')
            out.append(f'  grant "{role}" on {prefix}-{tn} because "reads what product {tn} serves"\n')
        if deploy:
            out.append(f'  trust github {{ repository = "contoso/app-{tn}"  environment = "{env}" }}\n')
        else:
            issuer = f"https://westeurope.oic.prod-aks.azure.com/{guid(0x7100, 0)}/{guid(0x7200, t)}/"
            out.append(f'  trust kubernetes as aks-{i:06d} {{ issuer = "{issuer}"\n'
                       f'    namespace = "app-{tn}"  service_account = "api-{k}" }}\n')
        out.append("}\n\n")
    if exemptions:
        out.append(f'control ctl-{tn}-net {{\n  owner = team-{tn}\n'
                   f'  description = "Private endpoint only; public network access disabled"\n'
                   f"  evidence = pa-no-local-auth-{s:04d}\n}}\n")
        for e in range(EXEMPTIONS_PER_TEAM):
            prefix = ("oai", "srch")[e]
            out.append(f"exemption ex-{tn}-{e} {{\n  assignment = pa-no-local-auth-{s:04d}\n  scope = {prefix}-{tn}\n"
                       f"  category = mitigated\n  owner = team-{tn}\n  created = 2026-11-01\n  expires = 2027-01-15\n"
                       f'  reason = "Vendor SDK of product {tn} lacks Entra ID authentication; upgrade tracked in AI-{t}"\n'
                       f'  ticket = "AI-{t}"\n  controls = [ctl-{tn}-net]\n}}\n')
        out.append("\n")
    return "".join(out)


ERRORS = """// One of each compile error the analyzer reports (gen_tenant.py --errors).
identity broken-1 : user_assigned in rg-missing { owner = nobody }
owner team-00000 { contact = "duplicate@contoso.com" }
owner bad-contact { contact = "not an address" }
workload broken-2 { environment = prod  kind = runtimee }
subscription broken-3 "not-a-guid" { }
exemption broken-4 { assignment = pa-none  scope = rg-none  category = waiver  expires = 2027-02-30 }
identity broken-5 : user_assigned in rg-00000 { review { every = 0d  last = 2026-13-01 } }
resource broken-6 "storage" in rg-00000
"""


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--identities", type=int, required=True)
    ap.add_argument("--out", type=pathlib.Path, required=True)
    ap.add_argument("--max-file-bytes", type=int, default=1 << 20)
    ap.add_argument("--errors", action="store_true")
    args = ap.parse_args()
    root = pathlib.Path(__file__).resolve().parent.parent
    limit = limit_from_source(root)
    if args.max_file_bytes >= limit:
        print(f"gen_tenant.py: --max-file-bytes must be below the per-file limit ({limit} bytes)", file=sys.stderr)
        return 2
    if args.identities < 1:
        print("gen_tenant.py: --identities must be at least 1", file=sys.stderr)
        return 2
    teams = (args.identities + IDENTITIES_PER_TEAM - 1) // IDENTITIES_PER_TEAM
    subscriptions = max(len(ENVIRONMENTS), (teams + TEAMS_PER_SUBSCRIPTION - 1) // TEAMS_PER_SUBSCRIPTION)
    if args.out.exists():
        shutil.rmtree(args.out)
    args.out.mkdir(parents=True)
    (args.out / "scopes.trust").write_text(scopes(subscriptions, teams), encoding="utf-8")
    part, chunk, written = 0, [], 0

    def flush() -> None:
        nonlocal part, chunk
        if chunk:
            (args.out / f"teams-{part:04d}.trust").write_text("".join(chunk), encoding="utf-8")
            part, chunk = part + 1, []

    for t in range(teams):
        count = min(IDENTITIES_PER_TEAM, args.identities - t * IDENTITIES_PER_TEAM)
        text = team(t, t * IDENTITIES_PER_TEAM, count, subscriptions, exemptions=True)
        size = len(text.encode("utf-8"))
        if chunk and sum(len(c) for c in chunk) + size > args.max_file_bytes:
            flush()
        chunk.append(text)
        written += size
    flush()
    if args.errors:
        (args.out / "zz-errors.trust").write_text(ERRORS, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
