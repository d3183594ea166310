// `trustc import-operations FILE [-o OUT]`: the operation catalogue's text
// form from the JSON of `az provider operation list -o json`.
#include "driver/importer.h"
#include "importers/operations_import.h"

namespace trustc::driver {

namespace {
constexpr std::string_view kHelp = R"(usage: trustc import-operations FILE [-o OUT.txt]

Reads the JSON that `az provider operation list -o json` prints (or the merged
form {"controlPlaneActions": [...], "dataActions": [...]}) and writes the
compact operation catalogue that trustc checks actions against: one name
segment per line, indented by depth, control-plane actions and data actions in
their own sections. Nothing is written when the input is not an operation list.

To refresh the catalogue built into trustc:
  az provider operation list -o json > operations.json
  trustc import-operations operations.json -o stdlib/provider-operations.txt
To use a catalogue of your own, put it as provider-operations.txt in a folder
given to --stdlib.
)";
}  // namespace

int runImportOperations(const Args& args) {
  return runImporter(args, "import-operations", kHelp,
                     "the JSON file printed by `az provider operation list -o json`",
                     &importers::importOperations);
}

}  // namespace trustc::driver
