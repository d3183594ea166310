// Calendar dates (proleptic Gregorian, no time zone) and day arithmetic.
#pragma once

#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace trustc {

struct Date {
  int year = 1970;
  int month = 1;
  int day = 1;

  // Days since 1970-01-01.
  std::int64_t days() const;
  static Date fromDays(std::int64_t days);
  std::string iso() const;  // YYYY-MM-DD
  friend auto operator<=>(const Date&, const Date&) = default;
};

// Parses exactly YYYY-MM-DD naming a day that exists; nullopt otherwise.
std::optional<Date> parseDate(std::string_view text);
// Why `text` is not a valid date, for the diagnostic ("month 13 does not exist").
std::string dateProblem(std::string_view text);

// Durations are written as a count and a unit: `90d`, `12w`, `1y` (365 days).
std::optional<std::int64_t> parseDurationDays(std::string_view text);

// The UTC date of a SOURCE_DATE_EPOCH value (decimal seconds since 1970);
// nullopt when it is not one.
std::optional<Date> dateFromEpoch(std::string_view seconds);

// Today: from `--as-of`, else SOURCE_DATE_EPOCH, else the UTC clock.
Date today(std::optional<Date> asOf);

}  // namespace trustc
