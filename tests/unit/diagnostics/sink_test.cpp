#include "diagnostics/sink.h"

#include <gtest/gtest.h>

namespace trustc {
namespace {

TEST(Sink, SortsByFileLineColumnAndCode) {
  SourceManager sources;
  FileId b = sources.add("b.trust", "x\n");
  FileId a = sources.add("a.trust", "x\ny\n");
  DiagnosticSink sink;
  sink.error(DiagKind::UnknownName, {b, {{1, 1}, {1, 2}}}, "b1");
  sink.error(DiagKind::SyntaxError, {a, {{2, 1}, {2, 2}}}, "a2");
  sink.error(DiagKind::UnknownName, {a, {{1, 5}, {1, 6}}}, "a1-late");
  sink.error(DiagKind::SyntaxError, {a, {{1, 5}, {1, 6}}}, "a1-syntax");
  sink.sort(sources);
  std::vector<std::string> order;
  for (const Diagnostic& d : sink.diagnostics()) order.push_back(d.message);
  EXPECT_EQ(order, (std::vector<std::string>{"a1-syntax", "a1-late", "a2", "b1"}));
}

TEST(Sink, LimitsErrorsPerFileAndSaysSo) {
  SourceManager sources;
  FileId a = sources.add("a.trust", "");
  FileId b = sources.add("b.trust", "");
  DiagnosticSink sink;
  for (std::uint32_t line = 1; line <= 5; ++line) sink.error(DiagKind::UnknownName, {a, {{line, 1}, {line, 2}}}, "e");
  for (std::uint32_t line = 1; line <= 3; ++line) sink.error(DiagKind::UnknownName, {b, {{line, 1}, {line, 2}}}, "e");
  sink.limitErrorsPerFile(sources, 3);
  std::vector<std::string> got;
  for (const Diagnostic& d : sink.diagnostics()) {
    got.push_back(sources.file(d.location.file).path() + ":" + std::to_string(d.location.range.begin.line) + " " +
                  d.code);
  }
  EXPECT_EQ(got, (std::vector<std::string>{"a.trust:1 E0200", "a.trust:2 E0200", "a.trust:3 E0200", "a.trust:4 E0005",
                                           "b.trust:1 E0200", "b.trust:2 E0200", "b.trust:3 E0200"}));
  EXPECT_EQ(sink.errorCount(), 7u);
}

}  // namespace
}  // namespace trustc
