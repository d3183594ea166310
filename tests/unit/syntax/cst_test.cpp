#include <gtest/gtest.h>

#include "syntax/caches.h"
#include "syntax/cst.h"
#include "syntax/parse.h"
#include "syntax/tokens.h"

namespace trustc::syntax {
namespace {

TEST(Lex, KeepsCommentsAndPositionsSkipsWhitespace) {
  auto tokens = lex("owner a { # c\n\n  contact = \"é\" /* x\ny */ }");
  ASSERT_EQ(tokens.size(), 9u);
  EXPECT_EQ(tokens[0].kind, TokenKind::Keyword);
  EXPECT_EQ(tokens[1].kind, TokenKind::Name);
  EXPECT_TRUE(tokens[2].is("{"));
  EXPECT_EQ(tokens[3].kind, TokenKind::LineComment);
  EXPECT_EQ(tokens[3].newlinesBefore, 0u);
  EXPECT_EQ(tokens[4].text, "contact");
  EXPECT_EQ(tokens[4].newlinesBefore, 2u);
  EXPECT_EQ(tokens[4].begin, (Position{3, 3}));
  EXPECT_EQ(tokens[6].kind, TokenKind::String);
  EXPECT_EQ(tokens[6].end, (Position{3, 16}));  // columns in code points
  EXPECT_EQ(tokens[7].kind, TokenKind::BlockComment);
  EXPECT_EQ(tokens[7].end, (Position{4, 5}));
  EXPECT_TRUE(tokens[8].is("}"));
}

TEST(Lex, NeverFails) {
  auto tokens = lex("a ' \"open\n\xff\xfe");
  ASSERT_EQ(tokens.size(), 3u);
  EXPECT_EQ(tokens[1].kind, TokenKind::Error);
  EXPECT_EQ(tokens[2].kind, TokenKind::UnterminatedString);
  EXPECT_TRUE(lex("").empty());
}

TEST(Lex, ABlockCommentFollowedByTextIsClosed) {
  auto tokens = lex("/* a */ owner /* b");
  ASSERT_EQ(tokens.size(), 3u);
  EXPECT_EQ(tokens[0].text, "/* a */");
  EXPECT_EQ(tokens[2].text, "/* b");  // unterminated: reported by the parser
}

TEST(Cst, NestsDeclarationsBlocksPropertiesAndLists) {
  SourceManager sources;
  FileId id = sources.add("t.trust", "role r { permissions { actions = [\"a\", \"b\"] } }");
  DiagnosticSink sink;
  Cst cst = parseConcrete(sources, id, sink);
  EXPECT_FALSE(sink.hasErrors());
  ASSERT_EQ(cst.root.children.size(), 1u);
  const Node& decl = *cst.root.children[0].node;
  EXPECT_EQ(decl.kind, NodeKind::Decl);
  const Node& block = *decl.children.back().node;
  EXPECT_EQ(block.kind, NodeKind::Block);
  const Node& section = *block.children[1].node;
  EXPECT_EQ(section.kind, NodeKind::Section);
  const Node& property = *section.children[1].node->children[1].node;
  EXPECT_EQ(property.kind, NodeKind::Property);
  EXPECT_EQ(property.children.back().node->kind, NodeKind::List);
  // Every token but whitespace, in order, in the token list.
  EXPECT_EQ(cst.tokens.size(), 14u);
}

TEST(ParserCaches, GrowWithInputAndCanBeCleared) {
  SourceManager sources;
  FileId id = sources.add("t.trust", "identity a : user_assigned in rg { grant \"Reader\" on b because \"x\" }");
  DiagnosticSink sink;
  parseFile(sources, id, sink);
  EXPECT_GT(parserCacheSize().dfaStates, 0u);
  clearParserCaches();
  EXPECT_EQ(parserCacheSize().dfaStates, 0u);
  EXPECT_EQ(parserCacheSize().contextEntries, 0u);
  // Parsing works after a reset and gives the same result.
  DiagnosticSink again;
  auto file = parseFile(sources, id, again);
  EXPECT_FALSE(again.hasErrors());
  ASSERT_EQ(file->decls.size(), 1u);
  EXPECT_EQ(file->decls[0]->members.size(), 1u);
}

}  // namespace
}  // namespace trustc::syntax
