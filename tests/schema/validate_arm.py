#!/usr/bin/env python3
"""Validates what `trustc build` wrote against Azure's published schemas.

usage: validate_arm.py OUTPUT_DIR [SCHEMA_ROOT]

SCHEMA_ROOT is the `arm-schemas` folder of the shared reference data
(default: ../shared/reference/arm-schemas beside the repository). When it is
missing, the script says so and exits 0: the schemas are not part of the repo.

What it checks, for every template under OUTPUT_DIR/arm (and every template
nested in one):
  - the envelope (without `resources`) against the `$schema` it names;
  - every resource against the template level's `resourceBase` (`scope`,
    `dependsOn`, ...) and against the resource definition for its type and
    apiVersion at that level (`resourceDefinitions`,
    `subscription_resourceDefinitions`, `managementGroup_resourceDefinitions`,
    `tenant_resourceDefinitions`); a type with no definition at that level is
    an error, as ARM would reject it.
Graph credential bodies under OUTPUT_DIR/graph are checked against the
documented shape of Microsoft Graph's federatedIdentityCredential. The index
must list every template, each exactly once.

Uses python3-jsonschema (Debian); works with jsonschema 4.10 and later.
Exit status: 0 valid (or skipped), 1 invalid, 2 usage.
"""
import json
import os
import sys
import warnings

PREFIX = "https://schema.management.azure.com/schemas/"
SECTIONS = {
    "deploymentTemplate.json": "resourceDefinitions",
    "subscriptionDeploymentTemplate.json": "subscription_resourceDefinitions",
    "managementGroupDeploymentTemplate.json": "managementGroup_resourceDefinitions",
    "tenantDeploymentTemplate.json": "tenant_resourceDefinitions",
}
GRAPH_CREDENTIAL = {
    "type": "object",
    "required": ["name", "issuer", "subject", "audiences"],
    "additionalProperties": False,
    "properties": {
        "name": {"type": "string", "pattern": "^[a-zA-Z0-9][a-zA-Z0-9_-]{2,119}$"},
        "issuer": {"type": "string", "minLength": 1, "maxLength": 600},
        "subject": {"type": "string", "minLength": 1, "maxLength": 600},
        "description": {"type": "string", "maxLength": 600},
        "audiences": {"type": "array", "minItems": 1, "maxItems": 1,
                      "items": {"type": "string", "minLength": 1, "maxLength": 600}},
    },
}


def relax_empty_alternatives(node):
    """`oneOf: [{}, expression]` (e.g. a deployment parameter's `value`) can
    never accept an ARM expression: the empty schema and the expression schema
    both match it. The schema generator means "any value"; say so."""
    if isinstance(node, dict):
        if any(alt == {} for alt in node.get("oneOf", [])):
            del node["oneOf"]
        for value in node.values():
            relax_empty_alternatives(value)
    elif isinstance(node, list):
        for value in node:
            relax_empty_alternatives(value)


class ArmValidator:
    """The schemas of SCHEMA_ROOT, loaded once; `check` validates one output folder."""

    def __init__(self, root, jsonschema):
        self.root = root
        self.jsonschema = jsonschema
        self.store = {}
        for folder, _, files in os.walk(os.path.join(root, "schemas")):
            for name in files:
                if name.endswith(".json"):
                    path = os.path.join(folder, name)
                    rel = os.path.relpath(path, os.path.join(root, "schemas")).replace(os.sep, "/")
                    with open(path, encoding="utf-8") as f:
                        doc = json.load(f)
                    relax_empty_alternatives(doc)
                    self.store[PREFIX + rel] = doc
                    self.store[PREFIX + rel + "#"] = doc

    def validate(self, instance, url, fragment=""):
        """Errors of `instance` against the schema at url#fragment."""
        jsonschema = self.jsonschema
        base = url.split("#")[0]
        if base not in self.store:
            return [f"no schema {base} in {self.root}"]
        schema = {"$ref": base + "#" + fragment} if fragment else self.store[base]
        resolver = jsonschema.RefResolver(base, self.store[base], store=self.store)
        validator = jsonschema.Draft4Validator(schema, resolver=resolver)
        errors = []
        for e in validator.iter_errors(instance):
            # For "valid under none of oneOf", name the alternative that came closest.
            while e.context:
                e = jsonschema.exceptions.best_match(e.context, key=lambda c: len(c.path))
            errors.append(f"{'/'.join(str(p) for p in e.absolute_path) or '(top)'}: {e.message}")
        return errors

    def check_template(self, template, where, failures, counts):
        counts["templates"] += 1
        schema_url = template.get("$schema", "")
        level_file = schema_url.split("#")[0].rsplit("/", 1)[-1]
        if not schema_url.startswith(PREFIX) or level_file not in SECTIONS:
            failures.append(f"{where}: unknown $schema {schema_url!r}")
            return
        envelope = {k: v for k, v in template.items() if k != "resources"}
        envelope["resources"] = []
        failures.extend(f"{where}: {e}" for e in self.validate(envelope, schema_url))
        section = SECTIONS[level_file]
        for i, res in enumerate(template.get("resources", [])):
            at = f"{where} resources[{i}] ({res.get('type')} {res.get('name')})"
            counts["resources"] += 1
            failures.extend(f"{at}: {e}" for e in self.validate(res, schema_url, "/definitions/resourceBase"))
            rtype, api = res.get("type", ""), res.get("apiVersion", "")
            provider, _, rest = rtype.partition("/")
            schema_file = f"{PREFIX}{api}/{provider}.json"
            definition = rest.replace("/", "_")
            if schema_file not in self.store:
                failures.append(f"{at}: no schema for apiVersion {api} of {provider}")
                continue
            if definition not in self.store[schema_file].get(section, {}):
                failures.append(f"{at}: {rtype}@{api} cannot be deployed by a {level_file} ({section})")
                continue
            failures.extend(f"{at}: {e}" for e in self.validate(res, schema_file, f"/{section}/{definition}"))
            if rtype == "Microsoft.Resources/deployments":
                inner = res.get("properties", {}).get("template")
                if isinstance(inner, dict):
                    self.check_template(inner, f"{at} → nested", failures, counts)

    def check(self, out_dir):
        """The problems of what `trustc build` wrote to out_dir, and what was checked."""
        failures = []
        counts = {"templates": 0, "resources": 0, "graph": 0}
        arm_dir = os.path.join(out_dir, "arm")
        templates = []
        for folder, _, files in os.walk(arm_dir):
            for name in sorted(files):
                if name.endswith(".json"):
                    templates.append(os.path.relpath(os.path.join(folder, name), out_dir).replace(os.sep, "/"))
        for rel in sorted(templates):
            with open(os.path.join(out_dir, rel), encoding="utf-8") as f:
                self.check_template(json.load(f), rel, failures, counts)

        graph_dir = os.path.join(out_dir, "graph")
        for folder, _, files in os.walk(graph_dir):
            for name in sorted(files):
                path = os.path.join(folder, name)
                with open(path, encoding="utf-8") as f:
                    body = json.load(f)
                counts["graph"] += 1
                errors = self.jsonschema.Draft4Validator(GRAPH_CREDENTIAL).iter_errors(body)
                failures.extend(f"{os.path.relpath(path, out_dir)}: {e.message}" for e in errors)

        index_path = os.path.join(out_dir, "index.json")
        if not os.path.exists(index_path):
            failures.append("index.json is missing")
        else:
            with open(index_path, encoding="utf-8") as f:
                index = json.load(f)
            listed = [d["template"] for d in index.get("deployments", [])]
            if sorted(listed) != sorted(templates):
                failures.append(f"index.json lists {sorted(listed)} but the templates are {sorted(templates)}")
        return failures, counts


def load_validator(root):
    """An ArmValidator, or (None, why) when the schemas or jsonschema are missing."""
    if not os.path.isdir(os.path.join(root, "schemas")):
        return None, f"no ARM schemas at {os.path.normpath(root)} (they live in ../shared beside the repository)"
    try:
        import jsonschema
    except ImportError:
        return None, "python3-jsonschema is not installed (apt-get install python3-jsonschema)"
    warnings.simplefilter("ignore", DeprecationWarning)
    return ArmValidator(root, jsonschema), ""


def main(argv):
    if len(argv) not in (2, 3):
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        return 2
    out_dir = argv[1]
    here = os.path.dirname(os.path.abspath(__file__))
    default_root = os.path.join(here, "..", "..", "..", "shared", "reference", "arm-schemas")
    validator, why = load_validator(argv[2] if len(argv) == 3 else default_root)
    if validator is None:
        print(f"skipped: {why}")
        return 0
    failures, counts = validator.check(out_dir)
    for failure in failures:
        print(f"invalid: {failure}")
    print(f"{counts['templates']} templates, {counts['resources']} resources, {counts['graph']} Graph bodies checked; "
          f"{len(failures)} problems")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
