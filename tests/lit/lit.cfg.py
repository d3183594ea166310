# lit configuration for trustc's golden tests.
#
# Conventions (see tests/README.md):
#   - a test is a .trust manifest (or a .test script) with RUN lines in comments;
#   - fail_*.trust tests expect errors; every other test must be clean;
#   - diagnostics are matched next to the line they point at with
#     `// CHECK: [[@LINE-1]]:COL: error: ... [CODE]`, and every RUN that checks
#     diagnostics passes `%fc` (FileCheck that fails on any unexpected
#     `error:` or `warning:`).
import os
import lit.formats

config.name = "trustc"
config.test_format = lit.formats.ShTest(execute_external=False)
config.suffixes = [".trust", ".test"]
config.excludes = ["Inputs", "lit.cfg.py", "lit.site.cfg.py.in"]
config.test_source_root = os.path.dirname(__file__)

site = lit_config.params.get("trustc_site_config")
if site:
    lit_config.load_config(config, site)
else:
    lit_config.fatal("run lit through ctest, or pass --param trustc_site_config=BUILD/tests/lit/lit.site.cfg.py")

config.test_exec_root = os.path.join(config.trustc_binary_dir, "tests", "lit")
config.environment["PATH"] = os.pathsep.join([config.llvm_tools_dir, config.environment.get("PATH", os.environ.get("PATH", ""))])
config.environment["LC_ALL"] = "C.UTF-8"
config.environment["TZ"] = "UTC"
config.environment.pop("SOURCE_DATE_EPOCH", None)

config.substitutions.append(("%trustc", config.trustc))
config.substitutions.append(("%builddir", config.trustc_binary_dir))
config.substitutions.append(("%bindir", os.path.dirname(config.trustc)))
config.substitutions.append(("%fc", "FileCheck --implicit-check-not=error: --implicit-check-not=warning:"))
config.substitutions.append(("%examples", os.path.join(config.trustc_source_dir, "examples")))
config.substitutions.append(("%srcroot", config.trustc_source_dir))
config.substitutions.append(("%python", config.python))
shared = os.path.join(os.path.dirname(config.trustc_source_dir), "shared")
config.substitutions.append(("%shared", shared))
if os.path.isdir(shared):
    config.available_features.add("shared")

import shutil
for tool in ["pre-commit", "nvim", "node", "npm", "git", "cpack", "dpkg-deb", "dpkg-shlibdeps"]:
    if shutil.which(tool):
        config.available_features.add(tool)
