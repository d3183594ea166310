// trustc_stdlib_compiler STDLIB-DIR OUTPUT.cpp
//
// Build-time tool: compiles the standard library (every *.trust file in
// STDLIB-DIR and its provider-operations.txt) with trustc's own front end,
// fails on any diagnostic, and writes the compiled tables (sema/stdlib_image.h)
// as C++ constants that the trustc binary embeds. It is what `trustc check
// --stdlib STDLIB-DIR` does at run time, done once.
#include <fmt/format.h>

#include <iostream>
#include <sstream>

#include "diagnostics/render.h"
#include "sema/compilation.h"
#include "sema/permission_checks.h"
#include "sema/stdlib.h"
#include "support/files.h"

namespace {

using namespace trustc;
using namespace trustc::sema;

// Every action of a stdlib capability must be an operation Azure defines, in
// the list of its plane.
bool checkCapabilities(const Compilation& c) {
  bool ok = true;
  const OperationCatalogue& ops = c.stdlib.operations();
  for (const ast::Decl* d : c.stdlib.declsOf(ast::DeclKind::Capability)) {
    for (const PermissionString& s : permissionStringsOf(*d)) {
      bool inPlane = false, anywhere = false;
      for (std::size_t i : ops.matches(s.value->text)) {
        anywhere = true;
        inPlane |= ops.plane(i) == s.plane;
      }
      if (inPlane) continue;
      const Location& at = s.value->location;
      std::cerr << fmt::format(
          "{}:{}:{}: error: capability `{}`: `{}` is {}\n", c.sources.file(at.file).path(),
          at.range.begin.line, at.range.begin.column, d->nameText(), s.value->text,
          anywhere ? fmt::format("not a {}; move it to the other list", planeName(s.plane))
                   : "not an operation any Azure provider defines");
      ok = false;
    }
  }
  return ok;
}

std::string escape(std::string_view bytes) {
  std::string out = "\"";
  std::size_t column = 0;
  for (char ch : bytes) {
    auto c = static_cast<unsigned char>(ch);
    if (column >= 100) {
      out += "\"\n\"";
      column = 0;
    }
    if (ch == '"' || ch == '\\') {
      out += '\\';
      out += ch;
      column += 2;
    } else if (c < 0x20 || c >= 0x7F) {
      out += fmt::format("\\{:03o}", c);
      column += 4;
    } else {
      out += ch;
      ++column;
    }
  }
  return out + "\"";
}

std::string str(image::Str s) { return fmt::format("{{{},{}}}", s.offset, s.size); }
std::string loc(const image::Loc& l) {
  return fmt::format("{{{}u,{},{},{},{}}}", l.file, l.line, l.column, l.endLine, l.endColumn);
}

template <typename T, typename F>
void table(std::ostream& out, std::string_view type, std::string_view name, const std::vector<T>& rows,
           F row) {
  if (rows.empty()) {
    out << fmt::format("constexpr std::span<const {}> {}{{}};\n", type, name);
    return;
  }
  out << fmt::format("constexpr {} {}[] = {{\n", type, name);
  for (const T& r : rows) out << row(r) << ",\n";
  out << "};\n";
}

std::string writeSource(const image::OwnedImage& im) {
  std::ostringstream out;
  out << "// Generated from stdlib/ by trustc_stdlib_compiler (stdlib/tool/compile_stdlib.cpp). Do not "
         "edit.\n"
         "#include \"sema/stdlib_image.h\"\n\n"
         "namespace trustc::sema {\n\nnamespace {\n\nusing namespace image;\n\n";
  out << "constexpr char kPool[] =\n" << escape(im.pool) << ";\n";
  table(out, "File", "kFiles", im.files, [](const image::File& f) {
    return fmt::format("{{{},{},{},{},{},{}}}", str(f.name), str(f.text), f.lineStarts, f.lineCount, f.decls,
                       f.declCount);
  });
  table(out, "std::uint32_t", "kLineStarts", im.lineStarts,
        [](std::uint32_t n) { return std::to_string(n); });
  table(out, "Decl", "kDecls", im.decls, [](const image::Decl& d) {
    return fmt::format("{{{},{},{},{},{}u,{}u,{}u,{}u,{}u,{},{},{},{},{},{}}}", d.kind, d.flags,
                       loc(d.location), loc(d.keywordLocation), d.name, d.label, d.target, d.type, d.alias,
                       d.clauses, d.clauseCount, d.properties, d.propertyCount, d.members, d.memberCount);
  });
  table(out, "Value", "kValues", im.values, [](const image::Value& v) {
    return fmt::format("{{{},{},{},{},{},{},{},{},{},{}}}", v.kind, v.boolean, loc(v.location), str(v.text),
                       v.items, v.itemCount, v.fields, v.fieldCount, v.parts, v.partCount);
  });
  table(out, "Property", "kProperties", im.properties, [](const image::Property& p) {
    return fmt::format("{{{{{},{}}},{}u,{}}}", str(p.key.text), loc(p.key.location), p.value,
                       loc(p.location));
  });
  table(out, "Clause", "kClauses", im.clauses, [](const image::Clause& c) {
    return fmt::format("{{{},{},{}u}}", c.kind, loc(c.keywordLocation), c.value);
  });
  table(out, "Ident", "kIdents", im.idents,
        [](const image::Ident& i) { return fmt::format("{{{},{}}}", str(i.text), loc(i.location)); });
  table(out, "Key", "kKeys", im.keys, [](const image::Key& k) {
    return fmt::format("{{Namespace{{{}}},{},{}u}}", static_cast<int>(k.ns), str(k.key), k.decl);
  });
  table(out, "Role", "kRoles", im.roles, [](const image::Role& r) {
    return fmt::format("{{{}u,{},{},{},{},{},{}}}", r.decl, str(r.name), str(r.guid), r.blocks, r.blockCount,
                       r.effectiveCount, r.flags);
  });
  table(out, "Block", "kBlocks", im.blocks, [](const image::Block& b) {
    return fmt::format("{{{{{},{},{},{}}},{{{},{},{},{}}},{}}}", b.first[0], b.first[1], b.first[2],
                       b.first[3], b.count[0], b.count[1], b.count[2], b.count[3], str(b.condition));
  });
  table(out, "Str", "kPatterns", im.patterns, [](const image::Str& s) { return str(s); });
  table(out, "OperationRow", "kOperations", im.operations, [](const OperationRow& r) {
    return fmt::format("{{{},{},Plane{{{}}}}}", r.offset, r.size, static_cast<int>(r.plane));
  });
  out << "\nconstexpr Image kImage{std::string_view(kPool, sizeof(kPool) - 1), kFiles, kLineStarts, kDecls, "
         "kValues,\n"
         "                       kProperties, kClauses, kIdents, kKeys, kRoles, kBlocks, kPatterns, "
         "kOperations};\n\n"
         "}  // namespace\n\n"
         "const image::Image& embeddedStdlibImage() { return kImage; }\n\n"
         "}  // namespace trustc::sema\n";
  return out.str();
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 3) {
    std::cerr << "usage: trustc_stdlib_compiler STDLIB-DIR OUTPUT.cpp\n";
    return 2;
  }
  CompileOptions options;
  options.stdlibDir = argv[1];
  auto c = compile(options);
  for (const std::string& e : c->inputErrors) std::cerr << "trustc_stdlib_compiler: error: " << e << "\n";
  if (!c->inputErrors.empty()) return 1;
  if (!c->diagnostics.diagnostics().empty()) {
    c->diagnostics.sort(c->sources);
    renderText(std::cerr, c->sources, c->diagnostics.diagnostics(), {false, true});
    std::cerr << "trustc_stdlib_compiler: the standard library must compile without any diagnostic\n";
    return 1;
  }
  if (!checkCapabilities(*c)) return 1;
  const image::OwnedImage* image = c->stdlib.builtImage();
  if (!image) return 1;
  if (std::string error = writeFileAtomically(argv[2], writeSource(*image)); !error.empty()) {
    std::cerr << "trustc_stdlib_compiler: error: " << error << "\n";
    return 1;
  }
  return 0;
}
