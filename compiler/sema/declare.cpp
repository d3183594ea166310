#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <set>

#include "sema/analyzer.h"
#include "support/spelling.h"

namespace trustc::sema {

using ast::Decl;
using ast::Value;

const ast::Property* property(const Decl& d, std::string_view key) {
  for (const ast::Property& p : d.properties) {
    if (p.key.text == key) return &p;
  }
  return nullptr;
}

const Value* propertyValue(const Decl& d, std::string_view key) {
  const ast::Property* p = property(d, key);
  return p ? &p->value : nullptr;
}

const Value* fieldValue(const Value& object, std::string_view key) {
  for (const ast::Property& p : object.fields) {
    if (p.key.text == key) return &p.value;
  }
  return nullptr;
}

const ast::Clause* clause(const Decl& d, ast::Clause::Kind kind) {
  for (const ast::Clause& c : d.clauses) {
    if (c.kind == kind) return &c;
  }
  return nullptr;
}

namespace {

bool isScopeKind(ast::DeclKind k) { return kScopeKinds.contains(k); }

std::string example(const Decl& d) {
  switch (d.kind) {
    case ast::DeclKind::Subscription:
      return "subscription ai-prod \"00000000-0000-0000-0000-000000000001\" { }";
    case ast::DeclKind::Resource: return "resource oai-prod \"Microsoft.CognitiveServices/accounts\"";
    case ast::DeclKind::Tenant: return "tenant contoso \"00000000-0000-0000-0000-000000000000\"";
    case ast::DeclKind::Identity: return "identity api-mi : user_assigned in rg-app { ... }";
    case ast::DeclKind::Grant: return "grant \"Reader\" on rg-app";
    default: return "";
  }
}

}  // namespace

void Analyzer::declare(const Decl& d, const Decl* parent, bool stdlib) {
  const DeclSpec& spec = specOf(d.kind);
  // A declaration that cannot stand inside a block the parser had to recover
  // was most likely meant to follow it: one error about the missing `}`, and
  // the declaration is taken as a top-level one.
  if (parent && parent->incomplete && spec.topLevel && !spec.parents.contains(parent->kind)) {
    if (strandedIn_.insert(parent).second) {  // one error per unclosed block
      Diagnostic& diag = diags_.error(DiagKind::MisplacedDeclaration, d.keywordLocation,
                                      "`{}` cannot be inside {} `{}`; is the `}}` that closes it missing?",
                                      ast::keyword(d.kind), describeKind(parent->kind), parent->nameText());
      diag.notes.push_back(
          {parent->keywordLocation,
           fmt::format("{} `{}` starts here", describeKind(parent->kind), parent->nameText())});
    }
    parent = nullptr;
  }
  if (parent) parents_[&d] = parent;
  if (!stdlib) userDecls_.push_back(&d);
  checkHeader(d, spec, parent, stdlib);
  checkClauses(d, spec);
  std::string what = d.nameText().empty() ? std::string(describeKind(d.kind))
                                          : fmt::format("{} `{}`", describeKind(d.kind), d.nameText());
  checkProperties(d.properties, spec.properties, d.keywordLocation, what, !d.incomplete);
  enter(d, stdlib);
  checkMemberNames(d);
  for (const auto& m : d.members) declare(*m, &d, stdlib);
}

void Analyzer::checkHeader(const Decl& d, const DeclSpec& spec, const Decl* parent, bool stdlib) {
  std::string_view kw = ast::keyword(d.kind);
  // Where it stands.
  if (!parent && !spec.topLevel) {
    std::string where = d.kind == ast::DeclKind::Suppress ? "the declaration whose finding it accepts"
                                                          : spec.parents.describe();
    diags_.error(DiagKind::MisplacedDeclaration, d.keywordLocation, "`{}` must be declared inside {}", kw,
                 where);
  } else if (parent && !spec.parents.contains(parent->kind)) {
    if (isScopeKind(d.kind) && isScopeKind(parent->kind)) {
      diags_.error(DiagKind::ImpossibleScope, d.keywordLocation,
                   "{} cannot be inside {}: Azure places {} in {}", describeKind(d.kind),
                   describeKind(parent->kind), describeKind(d.kind), spec.parents.describe());
    } else if (spec.parents.empty()) {
      diags_.error(DiagKind::MisplacedDeclaration, d.keywordLocation,
                   "`{}` is declared at the top level of a file, not inside {}", kw,
                   describeKind(parent->kind));
    } else {
      diags_.error(DiagKind::MisplacedDeclaration, d.keywordLocation,
                   "`{}` cannot be inside {}; it belongs in {}", kw, describeKind(parent->kind),
                   spec.parents.describe());
    }
  }
  if (d.builtin && !stdlib) {
    diags_.error(DiagKind::MisplacedDeclaration, d.keywordLocation,
                 "`builtin` declarations belong to the standard library; declare a custom `{}` without it",
                 kw);
  }

  // The name.
  // A declaration the parser recovered may have lost parts: missing parts are
  // not reported (the syntax error is).
  const bool reportMissing = !d.incomplete;
  if (!d.name) {
    if (spec.name == Presence::Required && reportMissing) {
      Diagnostic& diag =
          diags_.error(DiagKind::MissingName, d.keywordLocation, "{} needs a name", describeKind(d.kind));
      if (std::string ex = example(d); !ex.empty())
        diag.notes.push_back({{}, fmt::format("for example: `{}`", ex)});
    }
  } else if (d.kind != ast::DeclKind::Needs && d.kind != ast::DeclKind::Grant &&
             d.kind != ast::DeclKind::Trust && d.kind != ast::DeclKind::Suppress) {
    if (d.name->kind == Value::Kind::String && !spec.nameMayBeString) {
      diags_.error(DiagKind::WrongValueType, d.name->location,
                   "the name of {} is written without quotes, e.g. `{} my-name`", describeKind(d.kind), kw);
    } else if (d.name->kind == Value::Kind::Ref && d.name->parts.size() > 1 &&
               d.kind != ast::DeclKind::Capability) {
      diags_.error(DiagKind::WrongValueType, d.name->location,
                   "the name `{}` contains `.`; only capabilities have dotted names (use `-`)", d.name->text);
    }
  }

  // The label after the name.
  if (d.label) {
    if (spec.label == Presence::None) {
      diags_.error(DiagKind::WrongValueType, d.label->location, "{} takes no string or GUID after its name",
                   describeKind(d.kind));
    } else if (spec.labelType == ValueType::Guid) {
      checkGuid(*d.label);
    } else if (d.label->kind != Value::Kind::String) {
      wrongType(*d.label, spec.labelMeaning, "a string");
    } else if (d.kind == ast::DeclKind::Resource) {
      checkResourceType(*d.label);
    }
  } else if (spec.label == Presence::Required && d.name && reportMissing) {
    Diagnostic& diag =
        diags_.error(DiagKind::MissingName, d.name->location, "{} `{}` needs {} after its name",
                     describeKind(d.kind), d.nameText(), spec.labelMeaning);
    if (std::string ex = example(d); !ex.empty())
      diag.notes.push_back({{}, fmt::format("for example: `{}`", ex)});
  }

  // The kind after `:`.
  if (d.type) {
    if (spec.type == Presence::None) {
      diags_.error(DiagKind::WrongValueType, d.type->location, "{} takes no kind after `:`",
                   describeKind(d.kind));
    } else if (std::find(spec.typeValues.begin(), spec.typeValues.end(), std::string_view(d.type->text)) ==
               spec.typeValues.end()) {
      Diagnostic& diag = diags_.error(DiagKind::UnknownEnumValue, d.type->location, "unknown {} kind `{}`",
                                      kw, d.type->text);
      if (auto m = closestMatch(d.type->text, spec.typeValues)) {
        diag.notes.push_back({{}, fmt::format("did you mean `{}`?", *m)});
        diag.fix = Fix{fmt::format("replace with `{}`", *m), {{d.type->location, *m}}};
      } else {
        diag.notes.push_back({{}, fmt::format("the kinds are {}", quotedList(spec.typeValues))});
      }
    }
  } else if (spec.type == Presence::Required && d.name && reportMissing) {
    Diagnostic& diag = diags_.error(
        DiagKind::MissingName, d.name->location, "{} `{}` needs its kind after the name, e.g. `{} {} : {}`",
        describeKind(d.kind), d.nameText(), kw, d.nameText(), spec.typeValues.front());
    diag.notes.push_back({{}, fmt::format("the kinds are {}", quotedList(spec.typeValues))});
  }

  // The placement after `in` / `on`.
  if (d.target && spec.target == Presence::None) {
    diags_.error(DiagKind::MisplacedDeclaration, d.target->location, "{} takes no `{}` placement",
                 describeKind(d.kind), d.targetIsOn ? "on" : "in");
  } else if (!d.target && spec.target == Presence::Required && reportMissing) {
    Diagnostic& diag = diags_.error(DiagKind::MissingName, d.keywordLocation, "{} needs a scope after `on`",
                                    describeKind(d.kind));
    if (std::string ex = example(d); !ex.empty())
      diag.notes.push_back({{}, fmt::format("for example: `{}`", ex)});
  }
  if (d.kind == ast::DeclKind::Needs && !d.target && reportMissing) {
    diags_.error(DiagKind::MissingName, d.keywordLocation,
                 "a need says where with `on`, e.g. `needs blob.read on st-data`");
  }
}

void Analyzer::checkClauses(const Decl& d, const DeclSpec& spec) {
  std::map<ast::Clause::Kind, Location> seen;
  for (const ast::Clause& c : d.clauses) {
    std::string_view kw = ast::clauseKeyword(c.kind);
    if (std::find(spec.clauses.begin(), spec.clauses.end(), c.kind) == spec.clauses.end()) {
      diags_.error(DiagKind::MisplacedDeclaration, c.keywordLocation, "{} takes no `{}` clause",
                   describeKind(d.kind), kw);
      continue;
    }
    if (auto [first, inserted] = seen.try_emplace(c.kind, c.keywordLocation); !inserted) {
      diags_.error(DiagKind::DuplicateProperty, c.keywordLocation, "`{}` is given twice", kw)
          .notes.push_back({first->second, "first given here"});
      continue;
    }
    switch (c.kind) {
      case ast::Clause::Kind::Because:
      case ast::Clause::Kind::When:
        if (c.value.kind != Value::Kind::String) wrongType(c.value, kw, "a string");
        break;
      case ast::Clause::Kind::Until:
        if (c.value.kind != Value::Kind::Date)
          wrongType(c.value, kw, "a date (YYYY-MM-DD)");
        else
          checkDate(c.value);
        break;
      case ast::Clause::Kind::By:
        if (c.value.kind != Value::Kind::Ref) wrongType(c.value, kw, "the name of an owner");
        break;
    }
  }
}

void Analyzer::checkProperties(const std::vector<ast::Property>& props,
                               const std::vector<PropertySpec>& specs, Location ownerLocation,
                               std::string_view ownerWhat, bool reportMissing) {
  std::map<std::string_view, Location> seen;
  for (const ast::Property& p : props) {
    const PropertySpec* spec = findProperty(specs, p.key.text);
    if (!spec) {
      std::vector<std::string_view> keys;
      for (const PropertySpec& s : specs) keys.push_back(s.key);
      Diagnostic& diag = diags_.error(DiagKind::UnknownProperty, p.key.location, "{} has no property `{}`",
                                      ownerWhat, p.key.text);
      if (auto m = closestMatch(p.key.text, keys)) {
        diag.notes.push_back({{}, fmt::format("did you mean `{}`?", *m)});
        diag.fix = Fix{fmt::format("replace with `{}`", *m), {{p.key.location, *m}}};
      } else if (!keys.empty()) {
        diag.notes.push_back({{}, fmt::format("its properties are {}", quotedList(keys))});
      }
      continue;
    }
    if (auto [first, inserted] = seen.try_emplace(spec->key, p.key.location);
        !inserted && !spec->repeatable) {
      diags_.error(DiagKind::DuplicateProperty, p.key.location, "`{}` is given twice", p.key.text)
          .notes.push_back({first->second, "first given here"});
      continue;
    }
    checkValue(p.value, *spec);
  }
  for (const PropertySpec& s : specs) {
    if (reportMissing && s.required && !seen.count(s.key)) {
      diags_.error(DiagKind::MissingProperty, ownerLocation, "{} needs `{}`", ownerWhat, s.key);
    }
  }
}

void Analyzer::checkValue(const Value& v, const PropertySpec& spec) {
  using VT = ValueType;
  using VK = Value::Kind;
  if (v.kind == VK::Invalid) return;  // already reported by the parser
  auto each = [&](VK want, std::string_view expected, auto&& check) {
    if (v.kind == VK::List) {
      for (const Value& item : v.items) {
        if (item.kind == VK::Invalid) continue;
        if (item.kind != want)
          wrongType(item, spec.key, expected);
        else
          check(item);
      }
    } else if (v.kind != want) {
      wrongType(v, spec.key, expected);
    } else {
      check(v);
    }
  };
  switch (spec.type) {
    case VT::String:
      if (v.kind != VK::String) wrongType(v, spec.key, "a string");
      break;
    case VT::Contact:
      if (v.kind != VK::String && v.kind != VK::Guid)
        wrongType(v, spec.key, "an e-mail address or an object id in quotes");
      else
        checkContact(v);
      break;
    case VT::Url:
      if (v.kind != VK::String)
        wrongType(v, spec.key, "an https URL in quotes");
      else
        checkUrl(v);
      break;
    case VT::Guid: checkGuid(v); break;
    case VT::Date:
      if (v.kind != VK::Date)
        wrongType(v, spec.key, "a date (YYYY-MM-DD)");
      else
        checkDate(v);
      break;
    case VT::Duration:
      if (v.kind != VK::Duration)
        wrongType(v, spec.key, "a duration such as `90d`");
      else
        checkDuration(v);
      break;
    case VT::Bool:
      if (v.kind != VK::Bool) wrongType(v, spec.key, "`true` or `false`");
      break;
    case VT::Number:
      if (v.kind != VK::Number) wrongType(v, spec.key, "a number");
      break;
    case VT::Ref:
      if (v.kind != VK::Ref) wrongType(v, spec.key, "a name");
      break;
    case VT::RefList: each(VK::Ref, "a name", [](const Value&) {}); break;
    case VT::StringList: each(VK::String, "a string", [](const Value&) {}); break;
    case VT::StringOrRef:
      if (v.kind != VK::String && v.kind != VK::Ref && v.kind != VK::Guid)
        wrongType(v, spec.key, "a string or a name");
      break;
    case VT::Enum: {
      if (v.kind != VK::Ref || v.parts.size() != 1) {
        wrongType(v, spec.key, fmt::format("one of {}", quotedList(spec.enumValues)));
        break;
      }
      if (std::find(spec.enumValues.begin(), spec.enumValues.end(), std::string_view(v.text)) !=
          spec.enumValues.end())
        break;
      Diagnostic& diag =
          diags_.error(DiagKind::UnknownEnumValue, v.location, "`{}` is not a valid `{}`", v.text, spec.key);
      if (auto m = closestMatch(v.text, spec.enumValues)) {
        diag.notes.push_back({{}, fmt::format("did you mean `{}`?", *m)});
        diag.fix = Fix{fmt::format("replace with `{}`", *m), {{v.location, *m}}};
      } else {
        diag.notes.push_back({{}, fmt::format("`{}` is one of {}", spec.key, quotedList(spec.enumValues))});
      }
      break;
    }
    case VT::Section:
      if (v.kind != VK::Object) {
        wrongType(v, spec.key, "a block `{ ... }`");
        break;
      }
      checkProperties(v.fields, spec.fields, v.location, fmt::format("`{}`", spec.key), true);
      break;
    case VT::Any: break;
  }
}

void Analyzer::enter(const Decl& d, bool stdlib) {
  if (!d.name || d.name->text.empty()) return;
  Symbol symbol{&d, -1, stdlib};
  auto duplicate = [&](const Symbol& earlier, std::string_view what) {
    Location at = earlier.decl->name ? earlier.decl->name->location : earlier.decl->keywordLocation;
    if (earlier.stdlib && !stdlib) {
      Diagnostic& diag = diags_.error(DiagKind::DuplicateDeclaration, d.name->location,
                                      "`{}` is the name of a built-in {}; give the custom {} another name",
                                      d.name->text, what, what);
      diag.notes.push_back({at, fmt::format("the built-in {} `{}` is declared here", what, d.name->text)});
      return;
    }
    Diagnostic& diag = diags_.error(DiagKind::DuplicateDeclaration, d.name->location,
                                    "{} `{}` is already declared", what, d.name->text);
    diag.notes.push_back(
        {at, fmt::format("{} `{}` is declared here", describeKind(earlier.decl->kind), d.name->text)});
  };
  auto duplicateId = [&](const Symbol& earlier) {
    Diagnostic& diag = diags_.error(DiagKind::DuplicateDeclaration, d.label->location,
                                    "the id `{}` is already declared by {} `{}`", d.label->text,
                                    describeKind(earlier.decl->kind), earlier.decl->nameText());
    diag.notes.push_back({earlier.decl->name ? earlier.decl->name->location : earlier.decl->keywordLocation,
                          fmt::format("`{}` is declared here", earlier.decl->nameText())});
  };
  // A compiled or --stdlib standard library answers lookups itself: its
  // declarations are not entered, only checked against what is already there.
  auto catalogue = [&](SymbolTable::Catalogue& cat, std::string_view what) {
    const Symbol* earlier = cat.find(d.name->text);
    if (earlier && earlier->decl != &d) {
      duplicate(*earlier, what);
      return;
    }
    if (d.label && !d.label->text.empty()) {
      if (const Symbol* byId = cat.find(d.label->text); byId && byId->decl != &d) {
        duplicateId(*byId);
        return;
      }
    }
    if (stdlib) return;
    cat.add(d.name->text, symbol);
    if (d.label && !d.label->text.empty()) cat.add(d.label->text, symbol);
  };
  auto ns = namespaceOf(d);
  if (!ns) return;  // named within their parent (checkMemberNames)
  switch (*ns) {
    case Namespace::Capabilities: catalogue(c_.symbols.capabilities, "capability"); return;
    case Namespace::Issuers: catalogue(c_.symbols.issuers, "issuer"); return;
    case Namespace::Roles: catalogue(c_.symbols.roles, "role"); return;
    case Namespace::Policies: catalogue(c_.symbols.policies, "policy"); return;
    case Namespace::Names: break;
  }
  const Symbol* earlier = c_.symbols.find(d.name->text);
  if (earlier && earlier->decl != &d) {
    duplicate(*earlier, "the name");
  } else if (!stdlib) {
    c_.symbols.declare(d.name->text, symbol);
  }
  // A custom role named without quotes is still found by its id.
  if (d.kind == ast::DeclKind::Role && d.label && !d.label->text.empty()) {
    if (const Symbol* byId = c_.symbols.roles.find(d.label->text); byId && byId->decl != &d) {
      duplicateId(*byId);
    } else if (!stdlib) {
      c_.symbols.roles.add(d.label->text, symbol);
    }
  }
}

void Analyzer::checkMemberNames(const Decl& d) {
  std::map<std::string, const Decl*, std::less<>> seen;
  for (const auto& m : d.members) {
    std::string name;
    if (m->kind == ast::DeclKind::Secret || m->kind == ast::DeclKind::Certificate)
      name = std::string(m->nameText());
    else if (m->kind == ast::DeclKind::Trust && m->alias)
      name = m->alias->text;
    if (name.empty()) continue;
    auto [it, inserted] = seen.try_emplace(name, m.get());
    if (inserted) continue;
    Location at = m->kind == ast::DeclKind::Trust ? m->alias->location : m->name->location;
    Diagnostic& diag =
        diags_.error(DiagKind::DuplicateDeclaration, at, "the credential name `{}` is used twice in {} `{}`",
                     name, describeKind(d.kind), d.nameText());
    diag.notes.push_back({it->second->keywordLocation, "first used here"});
  }
}

}  // namespace trustc::sema
