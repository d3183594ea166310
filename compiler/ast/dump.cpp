#include "ast/dump.h"

#include <string>

namespace trustc::ast {

namespace {

class Dumper {
 public:
  Dumper(std::ostream& out, Positions positions) : out_(out), positions_(positions == Positions::Include) {}
  void file(const File& file);

 private:
  void value(const Value& v, int depth);
  void fields(const std::vector<Property>& fields, int depth);
  void decl(const Decl& d, int depth);
  std::string where(const Location& loc) const;

  std::ostream& out_;
  bool positions_;
};

// " @LINE:COL", or nothing when positions are left out.
std::string Dumper::where(const Location& loc) const {
  if (!positions_) return "";
  return " @" + std::to_string(loc.range.begin.line) + ":" + std::to_string(loc.range.begin.column);
}

std::string quote(std::string_view text) {
  std::string out = "\"";
  for (char c : text) {
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      default: out += c;
    }
  }
  return out + "\"";
}

void Dumper::fields(const std::vector<Property>& fields, int depth) {
  for (const Property& p : fields) {
    out_ << std::string(depth * 2, ' ') << p.key.text << where(p.location) << " = ";
    value(p.value, depth);
    out_ << "\n";
  }
}

void Dumper::value(const Value& v, int depth) {
  switch (v.kind) {
    case Value::Kind::String: out_ << "string " << quote(v.text); break;
    case Value::Kind::Number: out_ << "number " << v.text; break;
    case Value::Kind::Date: out_ << "date " << v.text; break;
    case Value::Kind::Duration: out_ << "duration " << v.text; break;
    case Value::Kind::Guid: out_ << "guid " << v.text; break;
    case Value::Kind::Bool: out_ << (v.boolean ? "true" : "false"); break;
    case Value::Kind::Ref: out_ << "ref " << v.text; break;
    case Value::Kind::Invalid: out_ << "invalid"; break;
    case Value::Kind::List:
      out_ << "[";
      for (std::size_t i = 0; i < v.items.size(); ++i) {
        if (i) out_ << ", ";
        value(v.items[i], depth);
      }
      out_ << "]";
      break;
    case Value::Kind::Object:
      out_ << "{\n";
      fields(v.fields, depth + 1);
      out_ << std::string(depth * 2, ' ') << "}";
      break;
  }
}

void Dumper::decl(const Decl& d, int depth) {
  std::string pad(depth * 2, ' ');
  out_ << pad << (d.builtin ? "builtin " : "") << keyword(d.kind) << where(d.location);
  if (d.name) {
    out_ << " name=";
    value(*d.name, depth);
  }
  if (d.label) {
    out_ << " label=";
    value(*d.label, depth);
  }
  if (d.type) out_ << " type=" << d.type->text;
  if (d.alias) out_ << " as=" << d.alias->text;
  if (d.target) out_ << (d.targetIsOn ? " on=" : " in=") << d.target->text;
  for (const Clause& c : d.clauses) {
    out_ << " " << clauseKeyword(c.kind) << "=";
    value(c.value, depth);
  }
  out_ << "\n";
  fields(d.properties, depth + 1);
  for (const auto& m : d.members) decl(*m, depth + 1);
}

void Dumper::file(const File& file) {
  for (const Import& i : file.imports) out_ << "import " << quote(i.path) << where(i.location) << "\n";
  for (const auto& d : file.decls) decl(*d, 0);
}

}  // namespace

void dump(std::ostream& out, const File& file, Positions positions) { Dumper(out, positions).file(file); }

}  // namespace trustc::ast
