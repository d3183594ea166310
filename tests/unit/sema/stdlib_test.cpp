// The compiled standard library: what the build embeds is what the stdlib
// sources say, declaration for declaration, and lookups find it at once.
#include "sema/stdlib.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <sstream>

#include "ast/dump.h"
#include "sema/compilation.h"
#include "support/files.h"
#include "syntax/parse.h"

namespace trustc::sema {
namespace {

namespace fs = std::filesystem;
const fs::path kStdlib = fs::path(TRUSTC_SOURCE_DIR) / "stdlib";

std::string dumpOf(std::vector<std::unique_ptr<ast::Decl>> decls) {
  ast::File f;
  f.decls = std::move(decls);
  std::ostringstream out;
  ast::dump(out, f);
  return out.str();
}

TEST(Stdlib, EmbeddedImageFindsRolesByNameAndGuidIgnoringCase) {
  SourceManager sources;
  Stdlib lib;
  lib.useEmbedded(sources);
  ASSERT_GT(lib.roleCount(), 900u);
  auto owner = lib.findRole("owner");
  ASSERT_TRUE(owner);
  EXPECT_EQ(lib.role(*owner).name, "Owner");
  EXPECT_EQ(lib.role(*owner).guid, "8e3af657-a8ff-443c-a75c-2fe8c4bcb635");
  auto byGuid = lib.findRole("8E3AF657-A8FF-443C-A75C-2FE8C4BCB635");
  ASSERT_TRUE(byGuid);
  EXPECT_EQ(*byGuid, *owner);
  EXPECT_FALSE(lib.findRole("Ownr"));

  const Symbol* reader = lib.find(Namespace::Roles, "READER");
  ASSERT_NE(reader, nullptr);
  EXPECT_TRUE(reader->stdlib);
  EXPECT_EQ(reader->decl->nameText(), "Reader");
  EXPECT_EQ(lib.find(Namespace::Roles, "Reader"), reader) << "a declaration is rebuilt once";
  // Its locations point into the registered stdlib file.
  EXPECT_EQ(sources.file(reader->decl->name->location.file).path(), "<stdlib>/roles.trust");
  std::string_view line =
      sources.file(reader->decl->name->location.file).line(reader->decl->name->location.range.begin.line);
  EXPECT_NE(line.find("\"Reader\""), std::string_view::npos) << line;

  EXPECT_NE(lib.find(Namespace::Issuers, "github"), nullptr);
  EXPECT_EQ(lib.find(Namespace::Issuers, "gitbub"), nullptr);
}

TEST(Stdlib, EveryEmbeddedDeclarationIsTheParsedSource) {
  SourceManager sources;
  Stdlib lib;
  lib.useEmbedded(sources);
  const image::Image& im = lib.image();
  std::size_t compared = 0;
  for (const image::File& f : im.files) {
    std::string name(im.str(f.name));
    auto text = readWholeFile((kStdlib / name).string());
    ASSERT_TRUE(text) << name;
    EXPECT_EQ(*text, im.str(f.text)) << name << " is stale in the build";
    DiagnosticSink sink;
    SourceManager parsedSources;
    FileId id = parsedSources.add(name, *text);
    auto parsed = parseFile(parsedSources, id, sink);
    ASSERT_EQ(parsed->decls.size(), f.declCount) << name;
    std::vector<std::unique_ptr<ast::Decl>> rebuilt;
    for (std::uint32_t k = 0; k < f.declCount; ++k) {
      rebuilt.push_back(image::materialize(im, f.decls + k, std::vector<FileId>(im.files.size(), 0)));
    }
    std::string expected = dumpOf(std::move(parsed->decls));
    EXPECT_EQ(dumpOf(std::move(rebuilt)), expected) << name;
    compared += f.declCount;
  }
  EXPECT_GT(compared, 900u);
}

TEST(Stdlib, AFolderCompilesToTheSameTables) {
  CompileOptions options;
  options.stdlibDir = kStdlib.string();
  auto c = compile(options);
  EXPECT_TRUE(c->inputErrors.empty());
  EXPECT_TRUE(c->diagnostics.diagnostics().empty()) << "the standard library must compile clean";
  SourceManager sources;
  Stdlib embedded;
  embedded.useEmbedded(sources);
  for (Namespace ns : {Namespace::Roles, Namespace::Capabilities, Namespace::Issuers, Namespace::Policies}) {
    EXPECT_EQ(c->stdlib.names(ns), embedded.names(ns));
  }
  ASSERT_EQ(c->stdlib.roleCount(), embedded.roleCount());
  for (std::size_t i = 0; i < embedded.roleCount(); ++i) {
    EXPECT_EQ(c->stdlib.role(i).name, embedded.role(i).name);
    EXPECT_EQ(c->stdlib.role(i).effectiveCount, embedded.role(i).effectiveCount);
  }
  EXPECT_EQ(c->stdlib.operations().size(), embedded.operations().size());
}

TEST(Stdlib, EffectiveCountsFollowTheOperationCatalogue) {
  SourceManager sources;
  Stdlib lib;
  lib.useEmbedded(sources);
  const OperationCatalogue& ops = lib.operations();
  std::size_t reads = 0;
  for (std::size_t i = 0; i < ops.size(); ++i) {
    std::string_view n = ops.name(i);
    if (ops.plane(i) == Plane::Control && n.size() >= 5 && equalsNoCase(n.substr(n.size() - 5), "/read"))
      ++reads;
  }
  // Owner: `*` allows every control-plane action and no data action.
  EXPECT_EQ(lib.role(*lib.findRole("Owner")).effectiveCount, ops.count(Plane::Control));
  // Reader: `*/read` allows every read.
  EXPECT_EQ(lib.role(*lib.findRole("Reader")).effectiveCount, reads);
  // Contributor: everything but what its not_actions take back.
  std::size_t contributor = lib.role(*lib.findRole("Contributor")).effectiveCount;
  EXPECT_LT(contributor, ops.count(Plane::Control));
  EXPECT_GT(contributor, ops.count(Plane::Control) - 200);
}

}  // namespace
}  // namespace trustc::sema
