// Output folders: whole files, a manifest of what trustc wrote, removal of
// stale files only, and nothing outside the folder.
#include "support/output_folder.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "support/files.h"

namespace trustc {
namespace {

namespace fs = std::filesystem;

class OutputFolder : public ::testing::Test {
 protected:
  void SetUp() override {
    std::string tmpl = (fs::temp_directory_path() / "trustc-out-XXXXXX").string();
    ASSERT_NE(mkdtemp(tmpl.data()), nullptr);
    root_ = tmpl;
  }
  void TearDown() override { fs::remove_all(root_); }
  static void write(const fs::path& p, const std::string& text) {
    fs::create_directories(p.parent_path());
    std::ofstream(p) << text;
  }
  fs::path root_;
};

TEST_F(OutputFolder, WritesNewFilesAndSkipsUnchangedOnes) {
  fs::path out = root_ / "out";
  auto r = writeOutputFolder(out.string(), {{"a.json", "1"}, {"sub/b.json", "2"}});
  ASSERT_EQ(r.error, "");
  EXPECT_EQ(r.written, 2);
  EXPECT_EQ(readWholeFile((out / "sub/b.json").string()), "2");
  r = writeOutputFolder(out.string(), {{"a.json", "1"}, {"sub/b.json", "3"}});
  EXPECT_EQ(r.written, 1);
  EXPECT_EQ(r.unchanged, 1);
  EXPECT_EQ(readWholeFile((out / "sub/b.json").string()), "3");
}

TEST_F(OutputFolder, AFailureLeavesThePreviousOutputWhole) {
  fs::path out = root_ / "out";
  ASSERT_EQ(writeOutputFolder(out.string(), {{"a.json", "old a"}, {"c.json", "old c"}}).error, "");
  fs::create_directories(out / "b.json");  // in the way of the second file
  auto r = writeOutputFolder(out.string(), {{"a.json", "new a"}, {"b.json", "b"}, {"c.json", "new c"}});
  EXPECT_NE(r.error, "");
  EXPECT_EQ(r.written, 0);
  EXPECT_EQ(readWholeFile((out / "a.json").string()), "old a") << "written before the failure, not renamed";
  EXPECT_EQ(readWholeFile((out / "c.json").string()), "old c");
  for (const auto& entry : fs::directory_iterator(out)) {
    EXPECT_EQ(entry.path().filename().string().find(".tmp-"), std::string::npos) << entry.path();
  }
}

TEST_F(OutputFolder, RemovesOnlyStaleFilesItWrote) {
  fs::path out = root_ / "out";
  ASSERT_EQ(writeOutputFolder(out.string(), {{"keep.json", "k"}, {"old/gone.json", "g"}}).error, "");
  write(out / "old" / "mine.txt", "user file");
  write(root_ / "victim.txt", "outside");
  std::ofstream(out / kOutputManifest, std::ios::app) << "../victim.txt\n"
                                                      << (root_ / "victim.txt").string() << "\n";
  auto r = writeOutputFolder(out.string(), {{"keep.json", "k"}});
  ASSERT_EQ(r.error, "");
  EXPECT_EQ(r.removed, 1);
  EXPECT_FALSE(fs::exists(out / "old" / "gone.json"));
  EXPECT_TRUE(fs::exists(out / "old" / "mine.txt"));  // not trustc's, and its folder stays
  EXPECT_TRUE(fs::exists(root_ / "victim.txt"));
  EXPECT_EQ(readWholeFile((out / kOutputManifest).string())->find("victim"), std::string::npos);
}

TEST_F(OutputFolder, RemovesFoldersThatItEmptied) {
  fs::path out = root_ / "out";
  ASSERT_EQ(writeOutputFolder(out.string(), {{"graph/id/cred.json", "c"}, {"index.json", "i"}}).error, "");
  ASSERT_EQ(writeOutputFolder(out.string() + "/", {{"index.json", "i"}}).error, "");
  EXPECT_FALSE(fs::exists(out / "graph"));
  EXPECT_TRUE(fs::exists(out));
}

TEST_F(OutputFolder, RefusesAFileAndReportsUnwritableFolders) {
  write(root_ / "file", "x");
  auto r = writeOutputFolder((root_ / "file").string(), {{"a.json", "1"}});
  EXPECT_NE(r.error.find("is a file"), std::string::npos) << r.error;
  r = writeOutputFolder((root_ / "file" / "below").string(), {{"a.json", "1"}});
  EXPECT_NE(r.error.find("cannot create the output folder"), std::string::npos) << r.error;
  EXPECT_FALSE(fs::exists(root_ / "file" / "a.json"));
}

TEST_F(OutputFolder, CleansTemporariesLeftBesideItsFiles) {
  fs::path out = root_ / "out";
  write(out / ".a.json.tmp-Ab12Cd", "half");
  ASSERT_EQ(writeOutputFolder(out.string(), {{"a.json", "1"}}).error, "");
  EXPECT_FALSE(fs::exists(out / ".a.json.tmp-Ab12Cd"));
}

}  // namespace
}  // namespace trustc
