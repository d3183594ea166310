// Internal to sema/federation*.cpp: one federated trust being checked against
// its issuer and turned into the issuer URL and subject Azure stores.
#pragma once

#include <fmt/format.h>

#include <string>
#include <string_view>
#include <vector>

#include "sema/compilation.h"
#include "sema/federation_names.h"

namespace trustc::sema::federation {

class TrustBuild {
 public:
  TrustBuild(Compilation& c, const Identity& identity, Trust& trust, const ast::Decl& issuer);

  Compilation& c;
  const Identity& identity;
  Trust& trust;
  const ast::Decl& decl;    // the `trust` declaration
  const ast::Decl& issuer;  // its issuer, from the standard library or the project

  // The issuer's name as written after `trust`.
  std::string_view issuerName() const { return decl.nameText(); }
  // "a `github` trust", "an `oidc` trust"
  std::string aTrust() const;
  // A part written in the trust that its issuer has; nullptr otherwise.
  const ast::Value* part(std::string_view key) const;
  // The issuer's default URL (`url` of the issuer declaration), or "".
  std::string defaultUrl() const;

  // Checks a part's text; on a problem reports `kind` at the culprit.
  bool check(const ast::Value& v, const names::Check& problem, DiagKind kind);
  // A part the issuer needs is absent (E0703, at the issuer's name).
  template <typename... Args>
  Diagnostic& missing(fmt::format_string<Args...> format, Args&&... args) {
    failed = true;
    return c.diagnostics.error(DiagKind::MissingTrustPart, decl.name->location, format,
                               std::forward<Args>(args)...);
  }
  // Two parts that cannot be combined (E0704, at the later one).
  void conflict(const ast::Value& later, const ast::Value& earlier, std::string message);
  // "`a`, `b` and `c`"
  static std::string listed(const std::vector<std::string_view>& keys);
  // Where bytes [offset, offset + length) of a string literal's text stand:
  // exact when the literal has no escapes, else the whole literal.
  Location within(const ast::Value& v, std::size_t offset, std::size_t length) const;

  // What the builder produces.
  std::string issuerUrl;
  const ast::Value* issuerSource = nullptr;  // the URL as written in this trust, to be checked
  std::string subject;
  bool failed = false;
};

// One builder per well-known issuer. Each reads the parts, reports what is
// wrong, and sets issuerUrl (and issuerSource) and subject.
void buildGitHub(TrustBuild& b);
void buildKubernetes(TrustBuild& b);
void buildAzureDevOps(TrustBuild& b);
void buildGitLab(TrustBuild& b);
void buildTerraform(TrustBuild& b);
// The generic `oidc` issuer and issuers a project declares: an explicit
// issuer URL (or the issuer's `url`) and an explicit subject (or the issuer's
// `subject` template, with `{part}` placeholders).
void buildOidc(TrustBuild& b);

}  // namespace trustc::sema::federation
