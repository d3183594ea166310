#include <gtest/gtest.h>

#include "lsp/completion_context.h"

namespace trustc::lsp {
namespace {

using Kind = CompletionContext::Kind;

// The context at the `|` in `text`.
CompletionContext at(std::string text) {
  std::size_t bar = text.find('|');
  text.erase(bar, 1);
  SourceFile file("t.trust", text);
  return completionContext(syntax::lex(text), file.positionOf(bar));
}

TEST(CompletionContext, AfterKeywordsThatNameSomething) {
  EXPECT_EQ(at("identity a {\n  grant |").kind, Kind::Role);
  EXPECT_EQ(at("identity a {\n  needs |").kind, Kind::Capability);
  EXPECT_EQ(at("identity a {\n  grant \"Reader\" on |").kind, Kind::Scope);
  EXPECT_EQ(at("identity a : user_assigned in |").kind, Kind::Scope);
  // The header tells which kinds of scope fit (a resource group in a subscription).
  EXPECT_EQ(at("resource_group rg in |").header, ast::DeclKind::ResourceGroup);
  EXPECT_EQ(at("identity a {\n  grant \"Reader\" on |").header, ast::DeclKind::Grant);
  EXPECT_EQ(at("identity a {\n  trust |").kind, Kind::Issuer);
  EXPECT_EQ(at("identity a {\n  suppress |").kind, Kind::Rule);
  EXPECT_EQ(at("identity a {\n  suppress x because \"y\" by |").kind, Kind::Owner);
}

TEST(CompletionContext, TheWordBeingTypedIsReplaced) {
  CompletionContext c = at("identity a {\n  grant \"Cog|");
  EXPECT_EQ(c.kind, Kind::Role);
  EXPECT_TRUE(c.quoted);
  EXPECT_EQ(c.prefix, "\"Cog");
  EXPECT_EQ(c.replaceBegin, (Position{2, 9}));
  EXPECT_EQ(c.replaceEnd, (Position{2, 13}));
  // A dotted name being typed is replaced whole.
  c = at("workload w {\n  needs openai.inf|");
  EXPECT_EQ(c.kind, Kind::Capability);
  EXPECT_EQ(c.prefix, "openai.inf");
  EXPECT_EQ(c.replaceBegin, (Position{2, 9}));
  c = at("workload w {\n  needs openai.|");
  EXPECT_EQ(c.kind, Kind::Capability);
  EXPECT_EQ(c.prefix, "openai.");
}

TEST(CompletionContext, PropertyValuesKnowTheirDeclaration) {
  CompletionContext c = at("workload w {\n  kind = |\n}");
  EXPECT_EQ(c.kind, Kind::PropertyValue);
  EXPECT_EQ(c.key, "kind");
  EXPECT_EQ(c.decl, ast::DeclKind::Workload);
  ASSERT_NE(propertiesAt(c), nullptr);
  // Inside a list, and inside a section of the declaration.
  c = at("identity i {\n  workload = [a, |");
  EXPECT_EQ(c.kind, Kind::PropertyValue);
  EXPECT_EQ(c.key, "workload");
  c = at("identity i : user_assigned in rg {\n  review {\n    every = |");
  EXPECT_EQ(c.kind, Kind::PropertyValue);
  EXPECT_EQ(c.decl, ast::DeclKind::Identity);
  ASSERT_EQ(c.sections.size(), 1u);
  EXPECT_EQ(c.sections[0], "review");
  ASSERT_NE(propertiesAt(c), nullptr);
  EXPECT_NE(sema::findProperty(*propertiesAt(c), "every"), nullptr);
}

TEST(CompletionContext, MembersAndTypes) {
  CompletionContext c = at("workload w {\n  |\n}");
  EXPECT_EQ(c.kind, Kind::Member);
  EXPECT_EQ(c.decl, ast::DeclKind::Workload);
  c = at("owner o {}\n|");
  EXPECT_EQ(c.kind, Kind::Member);
  EXPECT_FALSE(c.decl);
  c = at("|");
  EXPECT_EQ(c.kind, Kind::Member);
  c = at("builtin identity a : |");
  EXPECT_EQ(c.kind, Kind::Type);
  EXPECT_EQ(c.header, ast::DeclKind::Identity);
  // A closed block no longer encloses the cursor.
  c = at("workload w {\n  owner = o\n}\nidentity i {\n  |");
  EXPECT_EQ(c.decl, ast::DeclKind::Identity);
}

TEST(CompletionContext, NothingInCommentsOrMidLine) {
  EXPECT_EQ(at("// grant |").kind, Kind::None);
  EXPECT_EQ(at("/* grant | */").kind, Kind::None);
  EXPECT_EQ(at("# grant |").kind, Kind::None);
  EXPECT_EQ(at("workload w {\n  owner = o |").kind, Kind::None);
}

}  // namespace
}  // namespace trustc::lsp
