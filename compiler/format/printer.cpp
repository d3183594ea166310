#include "format/printer.h"

#include <cstdint>
#include <string_view>

#include "support/utf8.h"

namespace trustc::format {

namespace {

using syntax::Node;
using syntax::NodeKind;
using syntax::Token;
using syntax::TokenKind;
using Children = std::vector<Node::Child>;

constexpr int kIndent = 2;        // spaces per block level
constexpr int kContinuation = 4;  // a line broken by a comment inside a header or value
constexpr int kWidth = 100;       // the widest line a block written on one line may keep

// What goes before a token: nothing, one space, two spaces (between the
// members of a block on one line), or a line break and indent.
struct Sep {
  enum class Kind { None, Space, Gap, Line };
  Kind kind = Kind::Space;
  int indent = 0;          // Line: the indent of the new line, in levels
  int commentIndent = -1;  // Line: the indent of own-line comments before the token (default: indent)
  bool blankOk = true;     // Line: one blank line written before it is kept

  static Sep none() { return {Kind::None}; }
  static Sep space() { return {Kind::Space}; }
  static Sep gap() { return {Kind::Gap}; }
  static Sep line(int indent, bool blankOk = true, int commentIndent = -1) {
    return {Kind::Line, indent, commentIndent, blankOk};
  }
};

bool isSemicolon(const Token& t) { return t.is(";"); }

// Keywords after which a declaration header may go on: a `;` before one of
// them is kept, so the next member cannot be read as part of the header.
bool continuesHeader(const Token& t) {
  if (t.kind == TokenKind::Punct) return t.text == "{" || t.text == ":" || t.text == ".";
  if (t.kind != TokenKind::Keyword) return false;
  for (const char* k : {"because", "until", "when", "by", "in", "on", "as"}) {
    if (t.text == k) return true;
  }
  return false;
}

class Printer {
 public:
  explicit Printer(const std::vector<Token>& tokens) : toks_(tokens) {}

  std::string run(const Node& root) {
    for (const Node::Child& child : root.children) {
      if (child.node) {
        inlineSeq(child.node->children, 0, child.node->children.size(), Sep::line(0), 0);
      } else {
        emit(child.token, Sep::line(0));
      }
    }
    flushComments(static_cast<std::uint32_t>(toks_.size()), Sep::line(0));
    trimTrailingSpaces();
    if (!out_.empty()) out_ += '\n';
    return std::move(out_);
  }

 private:
  // --- tokens and comments ---------------------------------------------------

  void emit(std::uint32_t idx, Sep sep) {
    flushComments(idx, sep);
    const Token& t = toks_[idx];
    if (sep.kind == Sep::Kind::Line) {
      lineIndent_ = sep.indent;
      newline(t.newlinesBefore >= 2 && sep.blankOk, sep.indent * kIndent);
    } else if (mustBreak_) {
      newline(false, lineIndent_ * kIndent + kContinuation);
    } else if (sep.kind == Sep::Kind::Space && !out_.empty()) {
      out_ += ' ';
    } else if (sep.kind == Sep::Kind::Gap) {
      out_ += "  ";
    }
    out_ += t.text;
    mustBreak_ = false;
    afterOpen_ = t.is("{") || t.is("[");
    cursor_ = idx + 1;
  }

  // Prints the comments between the last token printed and `upTo`: on the
  // line of the previous token when they were there, else on lines of their
  // own. Tokens in between that were not printed (a `;` or trailing comma
  // the layout does not need) are dropped.
  void flushComments(std::uint32_t upTo, Sep sep) {
    for (std::uint32_t i = cursor_; i < upTo; ++i) {
      const Token& c = toks_[i];
      if (!c.isComment()) continue;
      bool ownLine = c.newlinesBefore > 0 || out_.empty();
      if (ownLine) {
        int indent = lineIndent_ * kIndent + kContinuation;
        if (sep.kind == Sep::Kind::Line) indent = (sep.commentIndent >= 0 ? sep.commentIndent : sep.indent) * kIndent;
        newline(c.newlinesBefore >= 2, indent);
      } else {
        out_ += ' ';
      }
      out_ += commentText(c);
      bool nextOnSameLine = i + 1 < toks_.size() && toks_[i + 1].newlinesBefore == 0;
      mustBreak_ = c.kind == TokenKind::LineComment || !nextOnSameLine;
      afterOpen_ = false;
    }
    cursor_ = upTo;
  }

  static std::string commentText(const Token& c) {
    std::string text;
    text.reserve(c.text.size());
    for (std::size_t i = 0; i < c.text.size(); ++i) {
      if (c.text[i] == '\r' && i + 1 < c.text.size() && c.text[i + 1] == '\n') continue;
      text += c.text[i];
    }
    if (c.kind == TokenKind::LineComment) {
      while (!text.empty() && (text.back() == ' ' || text.back() == '\t' || text.back() == '\r')) text.pop_back();
    }
    return text;
  }

  void newline(bool blank, int spaces) {
    if (out_.empty()) {
      out_.append(static_cast<std::size_t>(spaces), ' ');
      return;
    }
    trimTrailingSpaces();
    out_ += '\n';
    if (blank && !afterOpen_) out_ += '\n';
    out_.append(static_cast<std::size_t>(spaces), ' ');
  }

  void trimTrailingSpaces() {
    while (!out_.empty() && out_.back() == ' ') out_.pop_back();
  }

  // --- structure --------------------------------------------------------------

  // Children printed on one line (a declaration header, a property, a clause,
  // a list item), with nested blocks and lists printed in their own layout.
  void inlineSeq(const Children& children, std::size_t begin, std::size_t end, Sep first, int indent) {
    const Token* prev = nullptr;
    bool atFirst = true;
    for (std::size_t i = begin; i < end; ++i) {
      const Node::Child& child = children[i];
      Sep sep = atFirst ? first : Sep::space();
      if (child.node) {
        node(*child.node, sep, indent);
        prev = &toks_[lastToken(*child.node)];
      } else {
        const Token& t = toks_[child.token];
        if (isSemicolon(t)) continue;  // ends a property: the line break does its work
        if (!atFirst && (t.is(".") || t.is(",") || (prev && prev->is(".")))) sep = Sep::none();
        emit(child.token, sep);
        prev = &t;
      }
      atFirst = false;
    }
  }

  void node(const Node& n, Sep first, int indent) {
    if (n.children.empty()) return;
    // Blocks and lists open and close with a bracket token.
    bool bracketed = n.children.size() >= 2 && !n.children.front().node && !n.children.back().node;
    switch (bracketed ? n.kind : NodeKind::Decl) {
      case NodeKind::Block: block(n, first, indent); break;
      case NodeKind::List: list(n, first, indent); break;
      default: inlineSeq(n.children, 0, n.children.size(), first, indent); break;
    }
  }

  // A block written on one line (no line break or comment between its
  // braces) stays on one line when that line fits in kWidth columns; any
  // other block takes one member per line.
  void block(const Node& n, Sep first, int indent) {
    const Children& ch = n.children;
    std::uint32_t open = ch.front().token;
    std::uint32_t close = ch.back().token;
    emit(open, first);
    if (!hasMembers(n) && !hasComments(open, close)) {
      emit(close, Sep::none());
      return;
    }
    if (!hasBreakOrComment(open, close)) {
      // Inside a block being tried on one line, nested blocks go on that
      // line without a try of their own: if the line is too long, the outer
      // block is expanded anyway (and trying each level twice would take
      // time exponential in the depth).
      if (tryingOneLine_) {
        members(n, Sep::space(), Sep::gap(), indent);
        emit(close, Sep::space());
        return;
      }
      State saved = save();
      tryingOneLine_ = true;
      members(n, Sep::space(), Sep::gap(), indent);
      emit(close, Sep::space());
      tryingOneLine_ = false;
      if (fitsOneLine(saved.size)) return;
      restore(saved);
    }
    members(n, Sep::line(indent + 1), Sep::line(indent + 1), indent);
    emit(close, Sep::line(indent, false, indent + 1));
  }

  void members(const Node& n, Sep first, Sep next, int indent) {
    const Children& ch = n.children;
    const Node* previous = nullptr;
    for (std::size_t i = 1; i + 1 < ch.size(); ++i) {
      const Node::Child& child = ch[i];
      if (!child.node) {  // a `;` after a nested declaration
        if (previous && previous->kind == NodeKind::Decl && semicolonNeeded(*previous, child.token)) {
          emit(child.token, Sep::none());
        }
        continue;
      }
      if (child.node->kind == NodeKind::EmptyMember) continue;
      node(*child.node, previous ? next : first, indent + 1);
      previous = child.node.get();
    }
  }

  // What printing a block on one line changes, to undo it when the line is
  // too long. The output only grows from that point on: trimming trailing
  // spaces stops at the `{` printed last.
  struct State {
    std::size_t size;
    std::uint32_t cursor;
    int lineIndent;
    bool mustBreak;
    bool afterOpen;
  };
  State save() const { return {out_.size(), cursor_, lineIndent_, mustBreak_, afterOpen_}; }
  void restore(const State& s) {
    out_.resize(s.size);
    cursor_ = s.cursor;
    lineIndent_ = s.lineIndent;
    mustBreak_ = s.mustBreak;
    afterOpen_ = s.afterOpen;
  }

  // Whether the text printed since `from` is on the line where it began and
  // that line ends within kWidth columns (counted in characters, not bytes).
  bool fitsOneLine(std::size_t from) const {
    if (out_.find('\n', from) != std::string::npos) return false;
    std::size_t lineStart = out_.rfind('\n');
    lineStart = lineStart == std::string::npos ? 0 : lineStart + 1;
    return utf8::countCodePoints(std::string_view(out_).substr(lineStart)) <= static_cast<std::size_t>(kWidth);
  }

  void list(const Node& n, Sep first, int indent) {
    const Children& ch = n.children;
    std::uint32_t open = ch.front().token;
    std::uint32_t close = ch.back().token;
    bool empty = ch.size() == 2 && !hasComments(open, close);
    bool multi = !empty && (hasBreakOrComment(open, close) || hasNonEmptyObject(n));
    emit(open, first);
    // Items are the runs of children between the commas of this list.
    std::size_t begin = 1;
    std::size_t item = 0;
    for (std::size_t i = 1; i < ch.size(); ++i) {
      bool comma = !ch[i].node && toks_[ch[i].token].is(",");
      bool last = i + 1 == ch.size();
      if (!comma && !last) continue;
      if (i > begin) {
        Sep sep = multi ? Sep::line(indent + 1) : (item == 0 ? Sep::none() : Sep::space());
        inlineSeq(ch, begin, i, sep, multi ? indent + 1 : indent);
        ++item;
      }
      bool trailing = i + 2 == ch.size();
      if (comma && !trailing) emit(ch[i].token, Sep::none());
      begin = i + 1;
    }
    emit(close, multi ? Sep::line(indent, false, indent + 1) : Sep::none());
  }

  // --- questions about the tree ----------------------------------------------

  // A `;` after a nested declaration without a block is kept when the next
  // member could otherwise be read as the rest of its header.
  bool semicolonNeeded(const Node& decl, std::uint32_t semicolon) const {
    if (!decl.children.empty() && decl.children.back().node && decl.children.back().node->kind == NodeKind::Block) {
      return false;
    }
    std::uint32_t next = semicolon + 1;
    while (next < toks_.size() && (toks_[next].isComment() || isSemicolon(toks_[next]))) ++next;
    if (next >= toks_.size()) return false;
    const Token& t = toks_[next];
    if (t.is("}")) return false;
    if (continuesHeader(t)) return true;
    // A declaration without a name would take the next member's first word as its name.
    for (const Node::Child& c : decl.children) {
      if (!c.node && toks_[c.token].kind != TokenKind::Keyword) return false;
    }
    return true;
  }

  bool hasComments(std::uint32_t from, std::uint32_t to) const {
    for (std::uint32_t i = from + 1; i < to; ++i) {
      if (toks_[i].isComment()) return true;
    }
    return false;
  }

  bool hasBreakOrComment(std::uint32_t from, std::uint32_t to) const {
    for (std::uint32_t i = from + 1; i <= to; ++i) {
      if (toks_[i].newlinesBefore > 0 || toks_[i].isComment()) return true;
    }
    return false;
  }

  static bool hasMembers(const Node& block) {
    for (const Node::Child& c : block.children) {
      if (c.node && c.node->kind != NodeKind::EmptyMember) return true;
    }
    return false;
  }

  // A list holding an object with members takes several lines, one item per
  // line (the object itself may stay on one line).
  bool hasNonEmptyObject(const Node& n) const {
    for (const Node::Child& c : n.children) {
      if (!c.node) continue;
      if (c.node->kind == NodeKind::Block &&
          (hasMembers(*c.node) || hasComments(firstToken(*c.node), lastToken(*c.node)))) {
        return true;
      }
      if (hasNonEmptyObject(*c.node)) return true;
    }
    return false;
  }

  static std::uint32_t firstToken(const Node& n) {
    const Node::Child& c = n.children.front();
    return c.node ? firstToken(*c.node) : c.token;
  }
  static std::uint32_t lastToken(const Node& n) {
    const Node::Child& c = n.children.back();
    return c.node ? lastToken(*c.node) : c.token;
  }

  const std::vector<Token>& toks_;
  std::string out_;
  std::uint32_t cursor_ = 0;  // the first token not yet printed or skipped
  int lineIndent_ = 0;        // the block level of the current line
  bool mustBreak_ = false;    // a comment ended the current line
  bool afterOpen_ = false;    // the last thing printed opens a block or list
  bool tryingOneLine_ = false;  // printing a block on one line, to be undone if it does not fit
};

}  // namespace

std::string print(const syntax::Cst& cst) { return Printer(cst.tokens).run(cst.root); }

}  // namespace trustc::format
