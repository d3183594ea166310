#include "ast/dump.h"

#include <string>

namespace trustc::ast {

namespace {

std::string where(const Location& loc) {
  return std::to_string(loc.range.begin.line) + ":" + std::to_string(loc.range.begin.column);
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

void dumpValue(std::ostream& out, const Value& v, int depth);

void dumpFields(std::ostream& out, const std::vector<Property>& fields, int depth) {
  for (const Property& p : fields) {
    out << std::string(depth * 2, ' ') << p.key.text << " @" << where(p.location) << " = ";
    dumpValue(out, p.value, depth);
    out << "\n";
  }
}

void dumpValue(std::ostream& out, const Value& v, int depth) {
  switch (v.kind) {
    case Value::Kind::String: out << "string " << quote(v.text); break;
    case Value::Kind::Number: out << "number " << v.text; break;
    case Value::Kind::Date: out << "date " << v.text; break;
    case Value::Kind::Duration: out << "duration " << v.text; break;
    case Value::Kind::Guid: out << "guid " << v.text; break;
    case Value::Kind::Bool: out << (v.boolean ? "true" : "false"); break;
    case Value::Kind::Ref: out << "ref " << v.text; break;
    case Value::Kind::Invalid: out << "invalid"; break;
    case Value::Kind::List:
      out << "[";
      for (std::size_t i = 0; i < v.items.size(); ++i) {
        if (i) out << ", ";
        dumpValue(out, v.items[i], depth);
      }
      out << "]";
      break;
    case Value::Kind::Object:
      out << "{\n";
      dumpFields(out, v.fields, depth + 1);
      out << std::string(depth * 2, ' ') << "}";
      break;
  }
}

void dumpDecl(std::ostream& out, const Decl& d, int depth) {
  std::string pad(depth * 2, ' ');
  out << pad << (d.builtin ? "builtin " : "") << keyword(d.kind) << " @" << where(d.location);
  if (d.name) { out << " name="; dumpValue(out, *d.name, depth); }
  if (d.label) { out << " label="; dumpValue(out, *d.label, depth); }
  if (d.type) out << " type=" << d.type->text;
  if (d.alias) out << " as=" << d.alias->text;
  if (d.target) out << (d.targetIsOn ? " on=" : " in=") << d.target->text;
  for (const Clause& c : d.clauses) {
    out << " " << clauseKeyword(c.kind) << "=";
    dumpValue(out, c.value, depth);
  }
  out << "\n";
  dumpFields(out, d.properties, depth + 1);
  for (const auto& m : d.members) dumpDecl(out, *m, depth + 1);
}

}  // namespace

void dump(std::ostream& out, const File& file) {
  for (const Import& i : file.imports) out << "import " << quote(i.path) << " @" << where(i.location) << "\n";
  for (const auto& d : file.decls) dumpDecl(out, *d, 0);
}

}  // namespace trustc::ast
