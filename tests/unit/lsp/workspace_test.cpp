#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "lsp/lookup.h"
#include "lsp/workspace.h"
#include "syntax/caches.h"

namespace trustc::lsp {
namespace {

namespace fs = std::filesystem;

class LspWorkspace : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("trustc-ws-" + std::to_string(::getpid()));
    fs::create_directories(dir_ / "project" / "sub");
    write("project/trustc.json", "{}");
    write("project/owners.trust", "owner team {\n  contact = \"t@x.y\"\n}\n");
    write("project/sub/env.trust", "environment prod {\n  production = true\n}\n");
  }
  void TearDown() override { fs::remove_all(dir_); }
  void write(const std::string& name, const std::string& text) { std::ofstream(dir_ / name) << text; }
  std::string uri(const std::string& name) { return "file://" + (dir_ / name).string(); }

  fs::path dir_;
};

TEST_F(LspWorkspace, AProjectIsTheFolderOfTheNearestConfiguration) {
  Workspace ws(WorkspaceOptions{parseDate("2026-11-22"), std::nullopt});
  Document& doc = ws.open(uri("project/sub/new.trust"),
                          "workload w {\n  environment = prod\n  owner = team\n  kind = runtime\n}\n", 1);
  EXPECT_EQ(doc.root, (dir_ / "project").string());
  Project& p = ws.project(doc);
  // The unsaved document and both files on disk, all resolved together.
  EXPECT_EQ(p.files.size(), 3u);
  EXPECT_FALSE(p.compilation->diagnostics.hasErrors());
  ASSERT_TRUE(ws.fileOf(p, doc));
  EXPECT_EQ(ws.uriOf(*p.compilation, *ws.fileOf(p, doc)), uri("project/sub/new.trust"));
}

TEST_F(LspWorkspace, PublishesEachFileOnceAndClearsWhatIsGone) {
  Workspace ws(WorkspaceOptions{parseDate("2026-11-22"), std::nullopt});
  ws.open(uri("project/owners.trust"), "owner team {\n  contact = 7\n}\n", 1);
  auto first = ws.analyzeChanged();
  ASSERT_EQ(first.size(), 1u);  // the open document; the other file has nothing to say
  EXPECT_EQ(first[0]["uri"], uri("project/owners.trust"));
  EXPECT_EQ(first[0]["version"], 1);
  EXPECT_EQ(first[0]["diagnostics"].size(), 1u);
  EXPECT_TRUE(ws.analyzeChanged().empty());  // nothing changed: nothing sent
  ws.close(uri("project/owners.trust"));
  auto cleared = ws.analyzeChanged();
  ASSERT_EQ(cleared.size(), 1u);
  EXPECT_TRUE(cleared[0]["diagnostics"].empty());
}

TEST_F(LspWorkspace, ADocumentThatIsNotAFileIsAProjectOfItsOwn) {
  Workspace ws(WorkspaceOptions{parseDate("2026-11-22"), std::nullopt});
  Document& doc = ws.open("untitled:Untitled-1", "owner team {\n  contact = \"t@x.y\"\n}\n", 1);
  Project& p = ws.project(doc);
  ASSERT_TRUE(ws.fileOf(p, doc));
  EXPECT_FALSE(p.compilation->diagnostics.hasErrors());
  auto published = ws.analyzeChanged();
  ASSERT_EQ(published.size(), 1u);
  EXPECT_EQ(published[0]["uri"], "untitled:Untitled-1");
}

TEST_F(LspWorkspace, BoundsTheParserCaches) {
  WorkspaceOptions options{parseDate("2026-11-22"), std::nullopt};
  options.maxParserCacheStates = 0;  // clear after every analysis
  Workspace ws(options);
  Document& doc = ws.open(uri("project/owners.trust"), "owner team {\n  contact = \"t@x.y\"\n}\n", 1);
  ws.project(doc);
  EXPECT_EQ(syntax::parserCacheSize().dfaStates, 0u);
  // Still correct after the reset.
  doc.text = "owner team {\n  contact = \"t@x.y\"\n}\nowner team {}\n";
  ws.touch(doc);
  EXPECT_TRUE(ws.project(doc).compilation->diagnostics.hasErrors());  // a duplicate
}

TEST_F(LspWorkspace, SitesNameTheirDeclarations) {
  Workspace ws(WorkspaceOptions{parseDate("2026-11-22"), std::nullopt});
  Document& doc = ws.open(uri("project/a.trust"),
                          "workload w {\n  environment = prod\n  owner = team\n  kind = runtime\n}\n", 1);
  Project& p = ws.project(doc);
  auto site = siteAt(*p.compilation, *ws.fileOf(p, doc), Position{3, 12});
  ASSERT_TRUE(site);
  EXPECT_EQ(site->kind, Site::Kind::Reference);
  ASSERT_NE(site->target, nullptr);
  EXPECT_EQ(site->target->kind, ast::DeclKind::Owner);
  site = siteAt(*p.compilation, *ws.fileOf(p, doc), Position{1, 11});
  ASSERT_TRUE(site);
  EXPECT_EQ(site->kind, Site::Kind::Declaration);
  EXPECT_FALSE(siteAt(*p.compilation, *ws.fileOf(p, doc), Position{4, 5}));  // `kind = runtime`: an enum value
}

}  // namespace
}  // namespace trustc::lsp
