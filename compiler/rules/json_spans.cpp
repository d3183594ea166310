#include "rules/json_spans.h"

#include <iterator>
#include <nlohmann/json.hpp>
#include <vector>

namespace trustc::rules {

namespace {

using nlohmann::json;

// The text is read through nlohmann_json's SAX interface with an iterator that
// records the offset of the last byte the parser read. When the parser reports
// a key or a value, it has read up to the value's last byte (a number: one
// byte past it).

class OffsetIterator {
 public:
  using iterator_category = std::input_iterator_tag;
  using value_type = char;
  using difference_type = std::ptrdiff_t;
  using pointer = const char*;
  using reference = const char&;

  OffsetIterator(const char* at, const char* base, std::size_t* last) : at_(at), base_(base), last_(last) {}
  reference operator*() const {
    *last_ = static_cast<std::size_t>(at_ - base_);
    return *at_;
  }
  OffsetIterator& operator++() {
    ++at_;
    return *this;
  }
  OffsetIterator operator++(int) {
    OffsetIterator before = *this;
    ++at_;
    return before;
  }
  bool operator==(const OffsetIterator& other) const { return at_ == other.at_; }
  bool operator!=(const OffsetIterator& other) const { return at_ != other.at_; }

 private:
  const char* at_;
  const char* base_;
  std::size_t* last_;
};

std::string pointerOf(const std::vector<std::string>& path) {
  std::string out;
  for (const std::string& part : path) out += jsonPointerStep(part);
  return out;
}

class SpanRecorder : public nlohmann::json_sax<json> {
 public:
  SpanRecorder(std::string_view text, const std::size_t* last, JsonSpans& spans) : text_(text), last_(last), spans_(spans) {}

  bool null() override { return literal(4); }
  bool boolean(bool v) override { return literal(v ? 4 : 5); }
  bool number_integer(number_integer_t) override { return number(); }
  bool number_unsigned(number_unsigned_t) override { return number(); }
  bool number_float(number_float_t, const string_t&) override { return number(); }
  bool string(string_t&) override { return value(JsonSpan{stringStart(), *last_ + 1}); }
  bool binary(binary_t&) override { return true; }
  bool start_object(std::size_t) override { return open(); }
  bool start_array(std::size_t) override { return open(); }
  bool end_object() override { return close(); }
  bool end_array() override { return close(); }
  bool key(string_t& k) override {
    path_.back() = k;
    spans_.keys[pointerOf(path_)] = {stringStart(), *last_ + 1};
    return true;
  }
  bool parse_error(std::size_t, const std::string&, const nlohmann::detail::exception&) override { return false; }

 private:
  // The opening quote of the string whose closing quote was read last.
  std::size_t stringStart() const {
    std::size_t at = *last_;
    while (at > 0) {
      --at;
      if (text_[at] != '"') continue;
      std::size_t backslashes = 0;
      while (at > backslashes && text_[at - backslashes - 1] == '\\') ++backslashes;
      if (backslashes % 2 == 0) return at;
    }
    return 0;
  }
  bool literal(std::size_t length) { return value(JsonSpan{*last_ + 1 - length, *last_ + 1}); }
  bool number() {
    std::size_t end = *last_, begin = end;
    while (begin > 0 && std::string_view("0123456789+-.eE").find(text_[begin - 1]) != std::string_view::npos) --begin;
    return value(JsonSpan{begin, end});
  }
  bool value(JsonSpan span) {
    spans_.values[pointerOf(path_)] = span;
    if (!arrays_.empty() && arrays_.back()) path_.back() = std::to_string(std::stoul(path_.back()) + 1);
    return true;
  }
  bool open() {
    std::size_t at = *last_;
    starts_.push_back(at);
    arrays_.push_back(text_[at] == '[');
    path_.push_back(arrays_.back() ? "0" : "");
    return true;
  }
  bool close() {
    JsonSpan span{starts_.back(), *last_ + 1};
    starts_.pop_back();
    arrays_.pop_back();
    path_.pop_back();
    return value(span);
  }

  std::string_view text_;
  const std::size_t* last_;
  JsonSpans& spans_;
  std::vector<std::string> path_;
  std::vector<std::size_t> starts_;
  std::vector<bool> arrays_;
};

}  // namespace

std::string jsonPointerStep(const std::string& key) {
  std::string out = "/";
  for (char ch : key) {
    if (ch == '~') out += "~0";
    else if (ch == '/') out += "~1";
    else out += ch;
  }
  return out;
}

JsonSpans locateJson(std::string_view text) {
  JsonSpans spans;
  std::size_t last = 0;
  SpanRecorder recorder(text, &last, spans);
  const char* base = text.data();
  json::sax_parse(OffsetIterator(base, base, &last), OffsetIterator(base + text.size(), base, &last), &recorder);
  return spans;
}

}  // namespace trustc::rules
