#include "lsp/completion_context.h"

#include "support/utf8.h"

namespace trustc::lsp {

namespace {

using syntax::Token;
using syntax::TokenKind;

bool wordLike(const Token& t) {
  switch (t.kind) {
    case TokenKind::Keyword:
    case TokenKind::Name:
    case TokenKind::String:
    case TokenKind::UnterminatedString:
    case TokenKind::Number:
    case TokenKind::Date:
    case TokenKind::Duration:
    case TokenKind::Guid: return true;
    default: return false;
  }
}

bool isName(const Token& t) { return t.kind == TokenKind::Keyword || t.kind == TokenKind::Name; }

// The previous token that is not a comment, or -1.
long previous(const std::vector<Token>& tokens, long i) {
  for (--i; i >= 0 && tokens[static_cast<std::size_t>(i)].isComment(); --i) {
  }
  return i;
}

// The first token of the statement that ends just before `i`: back to a
// bracket or `;`, or to the first token of a line.
long statementStart(const std::vector<Token>& tokens, long i) {
  long start = i;
  for (long j = previous(tokens, i); j >= 0; j = previous(tokens, j)) {
    const Token& t = tokens[static_cast<std::size_t>(j)];
    if (t.is("{") || t.is("}") || t.is(";") || t.is("[")) break;
    start = j;
    if (t.newlinesBefore > 0) break;
  }
  return start;
}

struct Frame {
  std::optional<ast::DeclKind> decl;
  std::string section;
};

// What the block opened by the `{` at `brace` belongs to.
Frame frameOf(const std::vector<Token>& tokens, long brace) {
  long start = statementStart(tokens, brace);
  if (start >= brace) return {};
  const Token* s = &tokens[static_cast<std::size_t>(start)];
  if (s->text == "builtin" && start + 1 < brace) s = &tokens[static_cast<std::size_t>(++start)];
  bool assigned = start + 1 < brace && tokens[static_cast<std::size_t>(start + 1)].is("=");
  if (s->kind == TokenKind::Keyword && !assigned) {
    if (auto kind = declKindOf(s->text)) return {kind, ""};
  }
  return {std::nullopt, isName(*s) ? s->text : ""};
}

// The key of the property whose list holds the token before `i`, if any.
std::optional<std::string> listKey(const std::vector<Token>& tokens, long i) {
  int depth = 0;
  for (long j = i; j >= 0; j = previous(tokens, j)) {
    const Token& t = tokens[static_cast<std::size_t>(j)];
    if (t.is("]") || t.is("}")) ++depth;
    if (t.is("{")) {
      if (depth == 0) return std::nullopt;
      --depth;
    }
    if (t.is("[")) {
      if (depth > 0) {
        --depth;
        continue;
      }
      long eq = previous(tokens, j);
      long key = eq >= 0 ? previous(tokens, eq) : -1;
      if (key < 0 || !tokens[static_cast<std::size_t>(eq)].is("=")) return std::nullopt;
      return tokens[static_cast<std::size_t>(key)].text;
    }
  }
  return std::nullopt;
}

// The kind of the declaration whose header holds the token at `i`.
std::optional<ast::DeclKind> headerKind(const std::vector<Token>& tokens, long i) {
  long start = statementStart(tokens, i);
  if (start >= i) return std::nullopt;
  const Token* s = &tokens[static_cast<std::size_t>(start)];
  if (s->text == "builtin" && start + 1 < i) s = &tokens[static_cast<std::size_t>(start + 1)];
  return declKindOf(s->text);
}

}  // namespace

std::optional<ast::DeclKind> declKindOf(std::string_view keyword) {
#define TRUSTC_DECL(Name, Keyword) \
  if (keyword == Keyword) return ast::DeclKind::Name;
#include "ast/decl_kinds.def"
#undef TRUSTC_DECL
  return std::nullopt;
}

CompletionContext completionContext(const std::vector<Token>& tokens, Position cursor) {
  CompletionContext ctx;
  ctx.replaceBegin = ctx.replaceEnd = cursor;
  long n = 0;
  while (n < static_cast<long>(tokens.size()) && tokens[static_cast<std::size_t>(n)].begin < cursor) ++n;
  long last = n - 1;
  if (last >= 0) {
    const Token& t = tokens[static_cast<std::size_t>(last)];
    bool inside = cursor < t.end || (cursor == t.end && t.kind == TokenKind::UnterminatedString) ||
                  (t.kind == TokenKind::LineComment && cursor.line == t.begin.line);
    if (t.isComment() && (inside || (t.kind == TokenKind::BlockComment && cursor == t.end && t.text.size() < 4))) {
      return ctx;  // in a comment
    }
  }
  // The word being typed, with a dotted name's earlier parts (`openai.` then `inf`).
  long first = n;
  if (last >= 0 && cursor <= tokens[static_cast<std::size_t>(last)].end) {
    const Token& t = tokens[static_cast<std::size_t>(last)];
    if (wordLike(t) || t.is(".")) first = last;
  }
  while (first < n && first >= 2) {
    const Token& here = tokens[static_cast<std::size_t>(first)];
    const Token& before = tokens[static_cast<std::size_t>(first - 1)];
    bool joined = before.end == here.begin && (before.is(".") ? isName(tokens[static_cast<std::size_t>(first - 2)])
                                                              : here.is(".") && isName(before));
    if (!joined) break;
    first -= before.is(".") ? 2 : 1;
  }
  if (first < n && tokens[static_cast<std::size_t>(first)].is(".")) ++first;  // a lone `.`
  if (first < n) {
    const Token& t = tokens[static_cast<std::size_t>(first)];
    ctx.replaceBegin = t.begin;
    ctx.replaceEnd = std::max(cursor, tokens[static_cast<std::size_t>(last)].end);
    for (long i = first; i <= last; ++i) {
      const Token& part = tokens[static_cast<std::size_t>(i)];
      if (part.begin.line != cursor.line) continue;
      std::size_t keep = part.end <= cursor ? part.text.size()
                                            : utf8::offsetOfCodePoint(part.text, cursor.column - part.begin.column);
      ctx.prefix += part.text.substr(0, keep);
    }
    ctx.quoted = t.kind == TokenKind::String || t.kind == TokenKind::UnterminatedString;
  }

  // The declarations and sections that enclose the cursor.
  long prev = previous(tokens, first);
  std::vector<Frame> frames;
  for (long i = 0; i <= prev; ++i) {
    const Token& t = tokens[static_cast<std::size_t>(i)];
    if (t.is("{")) frames.push_back(frameOf(tokens, i));
    if (t.is("}") && !frames.empty()) frames.pop_back();
  }
  for (const Frame& f : frames) {
    if (f.decl) {
      ctx.decl = f.decl;
      ctx.sections.clear();
    } else {
      ctx.sections.push_back(f.section);
    }
  }

  using Kind = CompletionContext::Kind;
  if (prev < 0) {
    ctx.kind = Kind::Member;
    return ctx;
  }
  const Token& t = tokens[static_cast<std::size_t>(prev)];
  if (t.kind == TokenKind::Keyword) {
    if (t.text == "grant") ctx.kind = Kind::Role;
    else if (t.text == "needs") ctx.kind = Kind::Capability;
    else if (t.text == "on" || t.text == "in") {
      ctx.kind = Kind::Scope;
      ctx.header = headerKind(tokens, prev);
    }
    else if (t.text == "trust") ctx.kind = Kind::Issuer;
    else if (t.text == "suppress") ctx.kind = Kind::Rule;
    else if (t.text == "by") ctx.kind = Kind::Owner;
    if (ctx.kind != Kind::None) return ctx;
  }
  if (t.is(":")) {
    ctx.header = headerKind(tokens, prev);
    if (ctx.header) ctx.kind = Kind::Type;
    return ctx;
  }
  if (t.is("=")) {
    long key = previous(tokens, prev);
    if (key >= 0) {
      ctx.kind = Kind::PropertyValue;
      ctx.key = tokens[static_cast<std::size_t>(key)].text;
    }
    return ctx;
  }
  if (t.is("[") || t.is(",")) {
    if (auto key = listKey(tokens, prev)) {
      ctx.kind = Kind::PropertyValue;
      ctx.key = *key;
    }
    return ctx;
  }
  if (t.is("{") || t.is("}") || t.is(";") || t.end.line < cursor.line) ctx.kind = Kind::Member;
  return ctx;
}

const std::vector<sema::PropertySpec>* propertiesAt(const CompletionContext& ctx) {
  if (!ctx.decl) return nullptr;
  const std::vector<sema::PropertySpec>* props = &sema::specOf(*ctx.decl).properties;
  for (const std::string& section : ctx.sections) {
    const sema::PropertySpec* spec = sema::findProperty(*props, section);
    if (!spec || spec->type != sema::ValueType::Section) return nullptr;
    props = &spec->fields;
  }
  return props;
}

}  // namespace trustc::lsp
