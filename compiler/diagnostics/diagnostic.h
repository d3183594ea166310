// A diagnostic is data: one struct that every renderer (text, JSON, SARIF,
// GitHub, LSP) consumes.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "support/source.h"

namespace trustc {

enum class Severity { Off, Info, Warning, Error };

std::string_view severityName(Severity severity);
std::optional<Severity> parseSeverity(std::string_view text);

// Compile errors. The enum and its tables derive from diagnostic_kinds.def.
enum class DiagKind {
#define TRUSTC_DIAGNOSTIC(Name, Code, Summary) Name,
#include "diagnostics/diagnostic_kinds.def"
#undef TRUSTC_DIAGNOSTIC
};

struct DiagKindInfo {
  DiagKind kind;
  std::string_view code;
  std::string_view summary;
};
const DiagKindInfo& diagKindInfo(DiagKind kind);
const std::vector<DiagKindInfo>& allDiagKinds();

struct Note {
  Location location;  // may be invalid: a note without a place
  std::string message;
};

struct TextEdit {
  Location location;
  std::string replacement;
};

struct Fix {
  std::string description;
  std::vector<TextEdit> edits;
};

struct Diagnostic {
  std::string code;  // "E0200" for compile errors, the rule id for lint findings
  Severity severity = Severity::Error;
  Location location;
  std::string message;
  std::vector<Note> notes;
  std::optional<Fix> fix;
  // A lint finding accepted by a suppression stays visible, marked here.
  bool suppressed = false;
  std::string suppressionReason;
  std::string suppressionExpiry;  // YYYY-MM-DD, when the suppression has one
};

}  // namespace trustc
