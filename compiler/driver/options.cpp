#include "driver/options.h"

#include <fmt/format.h>

#include <cstdio>
#include <cstdlib>

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
    } else if (is("--format")) {
      auto v = valueOf("--format");
      if (!v) return std::nullopt;
      if (*v == "text") o.format = OutputFormat::Text;
      else if (*v == "json") o.format = OutputFormat::Json;
      else {
        usageError(fmt::format("unknown format `{}`: use text or json", *v));
        return std::nullopt;
      }
    } else if (is("--color")) {
      auto v = valueOf("--color");
      if (!v) return std::nullopt;
      if (*v == "auto") o.color = Color::Auto;
      else if (*v == "always") o.color = Color::Always;
      else if (*v == "never") o.color = Color::Never;
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
  c.asOf = options.asOf;
  c.stdlibDir = options.stdlibDir;
  return c;
}

}  // namespace trustc::driver
