// Where each key and value of a JSON text is, by JSON pointer, for
// diagnostics that point into a configuration file (nlohmann_json keeps no
// positions). Only configuration loading uses it.
#pragma once

#include <cstddef>
#include <map>
#include <string>
#include <string_view>

namespace trustc::rules {

struct JsonSpan {
  std::size_t begin = 0, end = 0;  // byte offsets, end exclusive
};

struct JsonSpans {
  std::map<std::string, JsonSpan> keys, values;  // by JSON pointer ("/rules/vague-reason")
};

// The spans of a JSON text; what follows a syntax error is left out.
JsonSpans locateJson(std::string_view text);

// One JSON pointer step: "/" and the key with `~` and `/` escaped (RFC 6901).
std::string jsonPointerStep(const std::string& key);

}  // namespace trustc::rules
