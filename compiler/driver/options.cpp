#include "driver/options.h"

#include <charconv>

#include <fmt/format.h>

#include <cstdio>
#include <cstdlib>
#include <iostream>

#include "rules/config_file.h"
#include "support/files.h"

namespace trustc::driver {

void usageError(std::string_view message) { fmt::print(stderr, "trustc: error: {}\n", message); }

std::optional<Options> parseOptions(const std::vector<std::string>& args, std::string_view verb) {
  Options o;
  for (std::size_t i = 0; i < args.size(); ++i) {
    const std::string& a = args[i];
    auto valueOf = [&](std::string_view name) -> std::optional<std::string> {
      std::string prefix = std::string(name) + "=";
      if (a.rfind(prefix, 0) == 0) return a.substr(prefix.size());
      if (a == name) {
        if (i + 1 >= args.size()) {
          usageError(fmt::format("`{}` needs a value", name));
          return std::nullopt;
        }
        return args[++i];
      }
      return std::nullopt;
    };
    auto is = [&](std::string_view name) { return a == name || a.rfind(std::string(name) + "=", 0) == 0; };
    if (a == "-h" || a == "--help") {
      o.help = true;
    } else if (a == "--werror") {
      o.werror = true;
    } else if (a == "-q" || a == "--quiet") {
      o.quiet = true;
    } else if (is("--severity-threshold")) {
      auto v = valueOf("--severity-threshold");
      if (!v) return std::nullopt;
      auto s = parseSeverity(*v);
      if (!s || *s == Severity::Off) {
        usageError(fmt::format("unknown severity `{}`: use info, warning or error", *v));
        return std::nullopt;
      }
      o.threshold = *s;
    } else if (is("--max-diagnostics")) {
      auto v = valueOf("--max-diagnostics");
      if (!v) return std::nullopt;
      std::size_t n = 0;
      auto [end, ec] = std::from_chars(v->data(), v->data() + v->size(), n);
      if (ec != std::errc() || end != v->data() + v->size()) {
        usageError(fmt::format("`--max-diagnostics {}` is not a number: give a count, or 0 for all", *v));
        return std::nullopt;
      }
      o.maxDiagnostics = n;
    } else if (is("--project")) {
      auto v = valueOf("--project");
      if (!v) return std::nullopt;
      o.project = *v;
    } else if (is("--format")) {
      auto v = valueOf("--format");
      if (!v) return std::nullopt;
      if (*v == "text")
        o.format = OutputFormat::Text;
      else if (*v == "json")
        o.format = OutputFormat::Json;
      else if (*v == "sarif")
        o.format = OutputFormat::Sarif;
      else if (*v == "github")
        o.format = OutputFormat::Github;
      else {
        usageError(fmt::format("unknown format `{}`: use text, json, sarif or github", *v));
        return std::nullopt;
      }
    } else if (is("--color")) {
      auto v = valueOf("--color");
      if (!v) return std::nullopt;
      if (*v == "auto")
        o.color = Color::Auto;
      else if (*v == "always")
        o.color = Color::Always;
      else if (*v == "never")
        o.color = Color::Never;
      else {
        usageError(fmt::format("unknown color mode `{}`: use auto, always or never", *v));
        return std::nullopt;
      }
    } else if (is("--as-of")) {
      auto v = valueOf("--as-of");
      if (!v) return std::nullopt;
      o.asOf = parseDate(*v);
      if (!o.asOf) {
        usageError(fmt::format("`--as-of {}` is not a date: write YYYY-MM-DD", *v));
        return std::nullopt;
      }
    } else if (is("--config")) {
      auto v = valueOf("--config");
      if (!v) return std::nullopt;
      o.configFile = *v;
    } else if (is("--stdlib")) {
      auto v = valueOf("--stdlib");
      if (!v) return std::nullopt;
      o.stdlibDir = *v;
    } else if (a.size() > 1 && a[0] == '-') {
      usageError(fmt::format("unknown option `{}` for `trustc {}`; see `trustc {} --help`", a, verb, verb));
      return std::nullopt;
    } else {
      o.inputs.push_back(a);
    }
  }
  // Without --as-of, SOURCE_DATE_EPOCH pins today; a malformed value is an
  // error rather than a silent fall-back to the clock.
  if (!o.asOf) {
    if (const char* epoch = std::getenv("SOURCE_DATE_EPOCH"); epoch && *epoch) {
      o.asOf = dateFromEpoch(epoch);
      if (!o.asOf) {
        usageError(fmt::format("SOURCE_DATE_EPOCH=`{}` is not a number of seconds since 1970-01-01", epoch));
        return std::nullopt;
      }
    }
  }
  return o;
}

CompileOptions compileOptions(const Options& options) {
  CompileOptions c;
  c.inputs = options.inputs;
  if (options.project) c.inputs = {*options.project};
  c.asOf = options.asOf;
  c.stdlibDir = options.stdlibDir;
  return c;
}

std::optional<ImportArgs> parseImportArgs(const std::vector<std::string>& args, std::string_view verb,
                                          std::string_view what) {
  ImportArgs a;
  for (std::size_t i = 0; i < args.size(); ++i) {
    if (args[i] == "-h" || args[i] == "--help") {
      a.help = true;
      return a;
    }
    if (args[i] == "-o" || args[i] == "--output") {
      if (i + 1 >= args.size()) {
        usageError("`-o` needs a file name");
        return std::nullopt;
      }
      a.output = args[++i];
    } else if (args[i].size() > 1 && args[i][0] == '-') {
      usageError(
          fmt::format("unknown option `{}` for `trustc {}`; see `trustc {} --help`", args[i], verb, verb));
      return std::nullopt;
    } else if (a.input.empty()) {
      a.input = args[i];
    } else {
      usageError(fmt::format("`trustc {}` reads one input", verb));
      return std::nullopt;
    }
  }
  if (a.input.empty()) {
    usageError(fmt::format("no input: give {}", what));
    return std::nullopt;
  }
  return a;
}

int writeImportOutput(const std::string& text, const std::string& output) {
  if (output.empty()) {
    std::cout << text;
    return kExitClean;
  }
  if (std::string error = writeFileAtomically(output, text); !error.empty()) {
    usageError(error);
    return kExitUsage;
  }
  return kExitClean;
}

std::optional<Project> compileProject(const Options& options) {
  CompileOptions compiled = compileOptions(options);
  std::optional<std::string> configFile = options.configFile;
  if (!configFile) {
    rules::ConfigSearch search = rules::findConfigFile(compiled.inputs);
    if (!search.error.empty()) {
      usageError(search.error);
      return std::nullopt;
    }
    configFile = search.path;
  }
  auto focus = projectFocus(options, configFile);
  if (!focus) return std::nullopt;
  Project p;
  p.focus = std::move(*focus);
  p.compilation = compile(compiled);
  for (const std::string& e : p.compilation->inputErrors) usageError(e);
  if (!p.compilation->inputErrors.empty()) return std::nullopt;
  std::string configError;
  auto config = rules::loadConfig(*p.compilation, configFile, compiled.inputs, configError);
  if (!config) {
    usageError(configError);
    return std::nullopt;
  }
  p.config = std::move(*config);
  return p;
}

}  // namespace trustc::driver
