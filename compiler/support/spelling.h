// "Did you mean" suggestions: the closest candidate by edit distance.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace trustc {

// Case-insensitive Damerau-Levenshtein (optimal string alignment) distance.
std::size_t editDistance(std::string_view a, std::string_view b);

// The candidate closest to `word`, if it is close enough to be a plausible
// typo (distance at most a quarter of the word's length, at least 1).
std::optional<std::string> closestMatch(std::string_view word,
                                        const std::vector<std::string_view>& candidates);

// Names for a message: "`a`", "`a` or `b`", "`a`, `b` or `c`".
std::string quotedList(const std::vector<std::string_view>& names);

}  // namespace trustc
