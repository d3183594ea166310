#include "sema/operations.h"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <map>

#include "sema/permissions.h"
#include "support/spelling.h"

namespace trustc::sema {

namespace {

// ASCII case folding: operation names are ASCII, and the C library's
// locale-aware tolower costs a call per character.
char fold(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

}  // namespace

std::string_view planeName(Plane plane) {
  return plane == Plane::Control ? "control-plane action" : "data action";
}

int compareNoCase(std::string_view a, std::string_view b) {
  std::size_t n = std::min(a.size(), b.size());
  for (std::size_t i = 0; i < n; ++i) {
    char x = fold(a[i]), y = fold(b[i]);
    if (x != y) return static_cast<unsigned char>(x) < static_cast<unsigned char>(y) ? -1 : 1;
  }
  return a.size() == b.size() ? 0 : (a.size() < b.size() ? -1 : 1);
}

bool equalsNoCase(std::string_view a, std::string_view b) {
  return a.size() == b.size() && compareNoCase(a, b) == 0;
}

bool startsWithNoCase(std::string_view text, std::string_view prefix) {
  return text.size() >= prefix.size() && compareNoCase(text.substr(0, prefix.size()), prefix) == 0;
}

OperationCatalogue OperationCatalogue::fromNames(std::vector<std::pair<std::string, Plane>> names) {
  std::stable_sort(names.begin(), names.end(),
                   [](const auto& a, const auto& b) { return compareNoCase(a.first, b.first) < 0; });
  auto storage = std::make_shared<Storage>();
  for (const auto& [name, plane] : names) {
    if (!storage->rows.empty()) {
      const OperationRow& last = storage->rows.back();
      if (equalsNoCase(std::string_view(storage->pool).substr(last.offset, last.size), name)) continue;
    }
    storage->rows.push_back(
        {static_cast<std::uint32_t>(storage->pool.size()), static_cast<std::uint16_t>(name.size()), plane});
    storage->pool += name;
  }
  OperationCatalogue c;
  c.storage_ = storage;
  c.pool_ = storage->pool;
  c.rows_ = storage->rows;
  return c;
}

std::size_t OperationCatalogue::count(Plane plane) const {
  return static_cast<std::size_t>(
      std::count_if(rows_.begin(), rows_.end(), [&](const OperationRow& r) { return r.plane == plane; }));
}

std::pair<std::size_t, std::size_t> OperationCatalogue::prefixRange(std::string_view prefix) const {
  auto nameOf = [&](const OperationRow& r) { return pool_.substr(r.offset, r.size); };
  auto first = std::lower_bound(
      rows_.begin(), rows_.end(), prefix,
      [&](const OperationRow& r, std::string_view p) { return compareNoCase(nameOf(r), p) < 0; });
  auto last = first;
  while (last != rows_.end() && startsWithNoCase(nameOf(*last), prefix)) ++last;
  return {static_cast<std::size_t>(first - rows_.begin()), static_cast<std::size_t>(last - rows_.begin())};
}

std::optional<std::size_t> OperationCatalogue::find(std::string_view name) const {
  auto [first, last] = prefixRange(name);
  for (std::size_t i = first; i < last; ++i) {
    if (this->name(i).size() == name.size()) return i;
  }
  return std::nullopt;
}

std::vector<std::size_t> OperationCatalogue::matches(std::string_view permission) const {
  std::vector<std::size_t> out;
  auto [first, last] = prefixRange(literalPrefix(permission));
  for (std::size_t i = first; i < last; ++i) {
    if (matchesPermission(permission, name(i))) out.push_back(i);
  }
  return out;
}

std::optional<std::string> OperationCatalogue::closest(std::string_view wanted) const {
  // Compare with the operations of the same provider; when the provider
  // itself is misspelled, with those of the closest provider.
  std::string_view ns = wanted.substr(0, std::min(wanted.find('/'), wanted.size()));
  auto [first, last] = prefixRange(std::string(ns) + "/");
  if (first == last) {
    std::vector<std::string_view> providers;
    for (std::size_t i = 0; i < size(); ++i) {
      std::string_view n = name(i);
      n = n.substr(0, std::min(n.find('/'), n.size()));
      if (providers.empty() || !equalsNoCase(providers.back(), n)) providers.push_back(n);
    }
    auto provider = closestMatch(ns, providers);
    if (!provider) return std::nullopt;
    std::tie(first, last) = prefixRange(*provider + "/");
  }
  // A typo rarely changes the number of segments: compare those first.
  auto segments = [](std::string_view n) { return std::count(n.begin(), n.end(), '/'); };
  std::vector<std::string_view> candidates;
  for (std::size_t i = first; i < last; ++i) {
    if (segments(name(i)) == segments(wanted)) candidates.push_back(name(i));
  }
  if (auto m = closestMatch(wanted, candidates)) return m;
  candidates.clear();
  for (std::size_t i = first; i < last; ++i) candidates.push_back(name(i));
  return closestMatch(wanted, candidates);
}

std::optional<OperationCatalogue> parseOperationText(std::string_view text, OperationTextError& error) {
  std::vector<std::pair<std::string, Plane>> names;
  std::optional<Plane> plane;
  std::vector<std::string> prefixes;  // the open prefix at each depth
  std::size_t lineNo = 0;
  while (!text.empty()) {
    std::size_t eol = text.find('\n');
    std::string_view line = text.substr(0, eol);
    text.remove_prefix(eol == std::string_view::npos ? text.size() : eol + 1);
    ++lineNo;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty() || line[0] == '#') continue;
    auto fail = [&](std::string message) {
      error = {lineNo, std::move(message)};
      return std::nullopt;
    };
    if (line == "[actions]" || line == "[data_actions]") {
      plane = line == "[actions]" ? Plane::Control : Plane::Data;
      prefixes.clear();
      continue;
    }
    if (!plane) return fail("expected `[actions]` or `[data_actions]` before the first operation");
    std::size_t depth = line.find_first_not_of(' ');
    if (depth == std::string_view::npos) return fail("a line of spaces only");
    if (depth > prefixes.size()) {
      return fail(
          fmt::format("indented {} levels, but the line above opens only {}", depth, prefixes.size()));
    }
    std::string_view segment = line.substr(depth);
    for (char c : segment) {
      if (std::isspace(static_cast<unsigned char>(c)) || c == '*') {
        return fail(fmt::format("`{}` is not an operation name segment", segment));
      }
    }
    prefixes.resize(depth);
    std::string full = depth ? prefixes.back() + std::string(segment) : std::string(segment);
    if (segment.back() == '/') {
      prefixes.push_back(std::move(full));
    } else {
      if (full.size() > 0xFFFF) return fail("the operation name is too long");
      names.emplace_back(std::move(full), *plane);
    }
  }
  return OperationCatalogue::fromNames(std::move(names));
}

std::string writeOperationText(const OperationCatalogue& catalogue, const std::vector<std::string>& header) {
  std::string out;
  for (const std::string& h : header) out += h.empty() ? "#\n" : "# " + h + "\n";
  for (Plane plane : {Plane::Control, Plane::Data}) {
    // Segment by segment, in the order of the segments (not of the whole
    // names: `/` sorts between other characters).
    std::vector<std::vector<std::string_view>> split;
    for (std::size_t i = 0; i < catalogue.size(); ++i) {
      if (catalogue.plane(i) != plane) continue;
      std::vector<std::string_view> segments;
      std::string_view n = catalogue.name(i);
      while (true) {
        std::size_t slash = n.find('/');
        if (slash == std::string_view::npos) {
          segments.push_back(n);
          break;
        }
        segments.push_back(n.substr(0, slash + 1));  // keeps its `/`
        n.remove_prefix(slash + 1);
      }
      split.push_back(std::move(segments));
    }
    std::sort(split.begin(), split.end(), [](const auto& a, const auto& b) {
      for (std::size_t k = 0; k < a.size() && k < b.size(); ++k) {
        if (int c = compareNoCase(a[k], b[k])) return c < 0;
        if (int c = a[k].compare(b[k])) return c < 0;
      }
      return a.size() < b.size();
    });
    out += plane == Plane::Control ? "[actions]\n" : "[data_actions]\n";
    std::vector<std::string_view> open;
    for (const auto& segments : split) {
      std::size_t shared = 0;
      while (shared < open.size() && shared + 1 < segments.size() && open[shared] == segments[shared])
        ++shared;
      open.resize(shared);
      for (std::size_t k = shared; k < segments.size(); ++k) {
        out.append(k, ' ');
        out.append(segments[k]);
        out += '\n';
        if (k + 1 < segments.size()) open.push_back(segments[k]);
      }
    }
  }
  return out;
}

}  // namespace trustc::sema
