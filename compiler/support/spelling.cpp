#include "support/spelling.h"

#include <algorithm>
#include <cctype>

namespace trustc {

namespace {
// ASCII folding: what std::tolower does in the C locale, without a call per
// character (did-you-mean over the operation catalogue compares thousands).
char fold(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }
}  // namespace

std::size_t editDistance(std::string_view a, std::string_view b) {
  const std::size_t n = a.size(), m = b.size();
  std::vector<std::size_t> prev2(m + 1), prev(m + 1), cur(m + 1);
  for (std::size_t j = 0; j <= m; ++j) prev[j] = j;
  for (std::size_t i = 1; i <= n; ++i) {
    cur[0] = i;
    for (std::size_t j = 1; j <= m; ++j) {
      std::size_t cost = fold(a[i - 1]) == fold(b[j - 1]) ? 0 : 1;
      cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost});
      if (i > 1 && j > 1 && fold(a[i - 1]) == fold(b[j - 2]) && fold(a[i - 2]) == fold(b[j - 1])) {
        cur[j] = std::min(cur[j], prev2[j - 2] + 1);
      }
    }
    prev2.swap(prev);
    prev.swap(cur);
  }
  return prev[m];
}

std::optional<std::string> closestMatch(std::string_view word,
                                        const std::vector<std::string_view>& candidates) {
  // A quarter of the word: `identiy` (1 of 7) and `Storage Blob Data Reeder` (1 of 24) are typos;
  // `inference-deploy` is not `inference-api` (6 of 16).
  std::size_t limit = std::max<std::size_t>(1, word.size() / 4);
  if (word.size() <= limit) return std::nullopt;
  std::optional<std::string> best;
  std::size_t bestDistance = limit + 1;
  for (std::string_view candidate : candidates) {
    // Cheap length filter before the quadratic distance.
    std::size_t diff =
        candidate.size() > word.size() ? candidate.size() - word.size() : word.size() - candidate.size();
    if (diff > limit) continue;
    std::size_t d = editDistance(word, candidate);
    if (d < bestDistance || (d == bestDistance && best && candidate < *best)) {
      bestDistance = d;
      best = std::string(candidate);
    }
  }
  return best;
}

std::string quotedList(const std::vector<std::string_view>& names) {
  std::string out;
  for (std::size_t i = 0; i < names.size(); ++i) {
    if (i) out += i + 1 == names.size() ? " or " : ", ";
    out += '`';
    out += names[i];
    out += '`';
  }
  return out;
}

}  // namespace trustc
