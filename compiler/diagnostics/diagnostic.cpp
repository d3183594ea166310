#include "diagnostics/diagnostic.h"

namespace trustc {

std::string_view severityName(Severity severity) {
  switch (severity) {
    case Severity::Off: return "off";
    case Severity::Info: return "info";
    case Severity::Warning: return "warning";
    case Severity::Error: return "error";
  }
  return "error";
}

std::optional<Severity> parseSeverity(std::string_view text) {
  if (text == "off") return Severity::Off;
  if (text == "info") return Severity::Info;
  if (text == "warning") return Severity::Warning;
  if (text == "error") return Severity::Error;
  return std::nullopt;
}

const std::vector<DiagKindInfo>& allDiagKinds() {
  static const std::vector<DiagKindInfo> kinds = {
#define TRUSTC_DIAGNOSTIC(Name, Code, Summary) {DiagKind::Name, Code, Summary},
#include "diagnostics/diagnostic_kinds.def"
#undef TRUSTC_DIAGNOSTIC
  };
  return kinds;
}

const DiagKindInfo& diagKindInfo(DiagKind kind) {
  return allDiagKinds()[static_cast<std::size_t>(kind)];
}

}  // namespace trustc
