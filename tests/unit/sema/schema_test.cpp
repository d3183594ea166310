// The schema table: every kind of declaration has a spec, and every spec is
// consistent with what the analyzer expects of it.
#include "sema/schema.h"

#include <gtest/gtest.h>

#include <set>

namespace trustc::sema {
namespace {

std::vector<DeclKind> allKinds() {
  return {
#define TRUSTC_DECL(Name, Keyword) DeclKind::Name,
#include "ast/decl_kinds.def"
#undef TRUSTC_DECL
  };
}

void checkProperties(const std::vector<PropertySpec>& specs, const std::string& where) {
  std::set<std::string_view> keys;
  for (const PropertySpec& p : specs) {
    EXPECT_TRUE(keys.insert(p.key).second) << where << ": `" << p.key << "` twice";
    EXPECT_FALSE(p.key.empty()) << where;
    switch (p.type) {
      case ValueType::Ref:
      case ValueType::RefList:
      case ValueType::StringOrRef:
        EXPECT_FALSE(p.refKinds.empty()) << where << "." << p.key << " refers to no kind";
        break;
      case ValueType::Enum: EXPECT_GE(p.enumValues.size(), 2u) << where << "." << p.key; break;
      case ValueType::Section:
        EXPECT_FALSE(p.fields.empty()) << where << "." << p.key;
        checkProperties(p.fields, where + "." + std::string(p.key));
        break;
      default:
        EXPECT_TRUE(p.refKinds.empty() && p.enumValues.empty() && p.fields.empty()) << where << "." << p.key;
    }
  }
}

TEST(Schema, EveryKindHasASpecOfThatKind) {
  for (DeclKind k : allKinds()) {
    const DeclSpec& spec = specOf(k);
    EXPECT_EQ(spec.kind, k) << ast::keyword(k);
    EXPECT_NE(describeKind(k), "a declaration") << ast::keyword(k);
  }
}

TEST(Schema, SpecsAreConsistent) {
  for (DeclKind k : allKinds()) {
    const DeclSpec& spec = specOf(k);
    std::string where(ast::keyword(k));
    checkProperties(spec.properties, where);
    // Somewhere to stand: the top level, or inside another kind.
    EXPECT_TRUE(spec.topLevel || !spec.parents.empty()) << where;
    EXPECT_TRUE(spec.target == Presence::None || !spec.targetKinds.empty()) << where;
    EXPECT_TRUE(spec.type == Presence::None || !spec.typeValues.empty()) << where;
    EXPECT_TRUE(spec.label == Presence::None || !spec.labelMeaning.empty()) << where;
    for (DeclKind parent : allKinds()) {
      // A parent must itself be declarable somewhere.
      EXPECT_TRUE(!spec.parents.contains(parent) || specOf(parent).topLevel ||
                  !specOf(parent).parents.empty())
          << where;
    }
  }
}

TEST(Schema, ScopesNestTheWayAzureDoes) {
  EXPECT_TRUE(specOf(DeclKind::Subscription).parents.contains(DeclKind::ManagementGroup));
  EXPECT_TRUE(specOf(DeclKind::ResourceGroup).parents.contains(DeclKind::Subscription));
  EXPECT_TRUE(specOf(DeclKind::Resource).parents.contains(DeclKind::ResourceGroup));
  EXPECT_FALSE(specOf(DeclKind::Resource).parents.contains(DeclKind::Subscription));
  EXPECT_FALSE(specOf(DeclKind::ResourceGroup).parents.contains(DeclKind::ManagementGroup));
  EXPECT_EQ(specOf(DeclKind::Grant).target, Presence::Required);
  EXPECT_FALSE(specOf(DeclKind::Grant).topLevel);
}

TEST(Schema, DescribesKindSets) {
  EXPECT_EQ(KindSet({DeclKind::Owner}).describe(), "an owner");
  EXPECT_EQ(KindSet({DeclKind::Owner, DeclKind::Environment}).describe(), "an owner or an environment");
  EXPECT_EQ(kScopeKinds.describe(), "a scope (a management group, subscription, resource group or resource)");
}

}  // namespace
}  // namespace trustc::sema
