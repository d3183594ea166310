// `trustc import-roles FILE [-o OUT]`: role catalogue source from the JSON of
// `az role definition list -o json`.
#include "driver/importer.h"
#include "importers/roles_import.h"

namespace trustc::driver {

namespace {
constexpr std::string_view kHelp = R"(usage: trustc import-roles FILE [-o OUT.trust]

Reads the JSON that `az role definition list -o json` prints (built-in and
custom roles alike) and writes role declarations in the trustc language, sorted
by name, to OUT or to standard output. Add the file to a project (or to a
--stdlib folder) so grants can name your tenant's custom roles. Nothing is
written when the input is not a role list.
)";
}  // namespace

int runImportRoles(const Args& args) {
  return runImporter(args, "import-roles", kHelp,
                     "the JSON file printed by `az role definition list -o json`", &importers::importRoles);
}

}  // namespace trustc::driver
