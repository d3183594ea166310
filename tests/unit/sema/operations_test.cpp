// The operation catalogue: lookups, wildcard expansion, suggestions, and its
// text form.
#include "sema/operations.h"

#include <gtest/gtest.h>

namespace trustc::sema {
namespace {

OperationCatalogue sample() {
  return OperationCatalogue::fromNames(
      {{"Microsoft.Storage/storageAccounts/read", Plane::Control},
       {"Microsoft.Storage/storageAccounts/write", Plane::Control},
       {"Microsoft.Storage/storageAccounts/listKeys/action", Plane::Control},
       {"Microsoft.Storage/storageAccounts/blobServices/containers/blobs/read", Plane::Data},
       {"MICROSOFT.STORAGE/storageAccounts/READ", Plane::Control},  // a duplicate
       {"Microsoft.Storage-Sync/things/read", Plane::Control},
       {"Microsoft.KeyVault/vaults/secrets/getSecret/action", Plane::Data}});
}

TEST(OperationCatalogue, FindsNamesIgnoringCaseAndDropsDuplicates) {
  OperationCatalogue ops = sample();
  EXPECT_EQ(ops.size(), 6u);
  EXPECT_EQ(ops.count(Plane::Data), 2u);
  auto i = ops.find("microsoft.storage/storageaccounts/LISTKEYS/action");
  ASSERT_TRUE(i);
  EXPECT_EQ(ops.name(*i), "Microsoft.Storage/storageAccounts/listKeys/action");
  EXPECT_FALSE(ops.find("Microsoft.Storage/storageAccounts/list"));
  EXPECT_FALSE(ops.find("Microsoft.Storage/storageAccounts/readd"));
}

TEST(OperationCatalogue, ExpandsWildcards) {
  OperationCatalogue ops = sample();
  std::vector<std::string_view> names;
  for (std::size_t i : ops.matches("Microsoft.Storage/*/read")) names.push_back(ops.name(i));
  EXPECT_EQ(names, (std::vector<std::string_view>{
                       "Microsoft.Storage/storageAccounts/blobServices/containers/blobs/read",
                       "Microsoft.Storage/storageAccounts/read"}));
  EXPECT_EQ(ops.matches("*").size(), ops.size());
  EXPECT_TRUE(ops.matches("Microsoft.Storage/nothing/*").empty());
}

TEST(OperationCatalogue, SuggestsTheClosestOperation) {
  OperationCatalogue ops = sample();
  EXPECT_EQ(ops.closest("Microsoft.Storage/storageAccounts/listKey/action"),
            "Microsoft.Storage/storageAccounts/listKeys/action");
  // A misspelled provider: the closest provider's operations.
  EXPECT_EQ(ops.closest("Microsoft.KeyValt/vaults/secrets/getSecret/action"),
            "Microsoft.KeyVault/vaults/secrets/getSecret/action");
  EXPECT_FALSE(ops.closest("Nothing.Like/this/at/all"));
}

TEST(OperationText, RoundTrips) {
  OperationCatalogue ops = sample();
  std::string text = writeOperationText(ops, {"header"});
  OperationTextError error;
  auto back = parseOperationText(text, error);
  ASSERT_TRUE(back) << error.line << ": " << error.message;
  ASSERT_EQ(back->size(), ops.size());
  for (std::size_t i = 0; i < ops.size(); ++i) {
    EXPECT_EQ(back->name(i), ops.name(i));
    EXPECT_EQ(back->plane(i), ops.plane(i));
  }
  EXPECT_EQ(writeOperationText(*back, {"header"}), text) << "writing is deterministic";
}

TEST(OperationText, ReportsTheLineOfAProblem) {
  OperationTextError error;
  EXPECT_FALSE(parseOperationText("# c\nMicrosoft.X/\n", error));
  EXPECT_EQ(error.line, 2u);
  EXPECT_FALSE(parseOperationText("[actions]\nMicrosoft.X/\n   read\n", error));
  EXPECT_EQ(error.line, 3u);
  EXPECT_FALSE(parseOperationText("[actions]\nMicrosoft.X/\n a b\n", error));
  EXPECT_EQ(error.line, 3u);
}

}  // namespace
}  // namespace trustc::sema
