#include <gtest/gtest.h>

#include "sema/compilation.h"

namespace trustc {
namespace {

TEST(ParsedStdlib, IsSharedByCompilationsAndGivesTheSameResult) {
  CompileOptions o;
  o.asOf = parseDate("2026-11-22");
  o.overlays = {{"/nonexistent-trustc-test/a.trust",
                 "role \"Reader\" {}\nidentity i : user_assigned {\n  grant \"Reader\" on x\n}\n"}};
  o.inputs = {"/nonexistent-trustc-test/a.trust"};
  auto fresh = compile(o);
  o.parsedStdlib = parseStdlib(o);
  auto first = compile(o);
  auto second = compile(o);
  ASSERT_FALSE(o.parsedStdlib->files.empty());
  // The syntax trees are shared, not parsed again.
  EXPECT_EQ(first->stdlibFiles[0].get(), o.parsedStdlib->files[0].get());
  EXPECT_EQ(second->stdlibFiles[0].get(), o.parsedStdlib->files[0].get());
  // Same sources, same diagnostics as a compilation that parsed the stdlib itself.
  EXPECT_EQ(first->sources.size(), fresh->sources.size());
  ASSERT_EQ(first->diagnostics.diagnostics().size(), fresh->diagnostics.diagnostics().size());
  for (std::size_t i = 0; i < fresh->diagnostics.diagnostics().size(); ++i) {
    EXPECT_EQ(first->diagnostics.diagnostics()[i].message, fresh->diagnostics.diagnostics()[i].message);
    EXPECT_EQ(first->diagnostics.diagnostics()[i].location, fresh->diagnostics.diagnostics()[i].location);
  }
  EXPECT_NE(first->symbols.roles.find("Reader"), nullptr);
  EXPECT_EQ(first->model.roles.size(), fresh->model.roles.size());
}

}  // namespace
}  // namespace trustc
