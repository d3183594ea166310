#include "support/date.h"

#include <charconv>
#include <chrono>
#include <cstdlib>
#include <fmt/format.h>

namespace trustc {

namespace {

bool isLeap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

int daysInMonth(int y, int m) {
  static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return m == 2 && isLeap(y) ? 29 : kDays[m - 1];
}

bool parsePart(std::string_view text, int& out) {
  auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), out);
  return ec == std::errc() && ptr == text.data() + text.size();
}

struct Parts {
  int y = 0, m = 0, d = 0;
  bool shape = false;  // four, two and two digits
};

Parts split(std::string_view text) {
  Parts p;
  auto a = text.find('-');
  auto b = a == std::string_view::npos ? a : text.find('-', a + 1);
  if (b == std::string_view::npos) return p;
  std::string_view ys = text.substr(0, a), ms = text.substr(a + 1, b - a - 1), ds = text.substr(b + 1);
  if (!parsePart(ys, p.y) || !parsePart(ms, p.m) || !parsePart(ds, p.d)) return p;
  p.shape = ys.size() == 4 && ms.size() == 2 && ds.size() == 2;
  return p;
}

}  // namespace

std::int64_t Date::days() const {
  // Howard Hinnant's days_from_civil.
  int y = year - (month <= 2 ? 1 : 0);
  std::int64_t era = (y >= 0 ? y : y - 399) / 400;
  unsigned yoe = static_cast<unsigned>(y - era * 400);
  unsigned mp = static_cast<unsigned>(month + (month > 2 ? -3 : 9));
  unsigned doy = (153 * mp + 2) / 5 + static_cast<unsigned>(day) - 1;
  unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<std::int64_t>(doe) - 719468;
}

Date Date::fromDays(std::int64_t z) {
  z += 719468;
  std::int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  unsigned doe = static_cast<unsigned>(z - era * 146097);
  unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  std::int64_t y = static_cast<std::int64_t>(yoe) + era * 400;
  unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  unsigned mp = (5 * doy + 2) / 153;
  unsigned d = doy - (153 * mp + 2) / 5 + 1;
  unsigned m = mp < 10 ? mp + 3 : mp - 9;
  return {static_cast<int>(y + (m <= 2 ? 1 : 0)), static_cast<int>(m), static_cast<int>(d)};
}

std::string Date::iso() const { return fmt::format("{:04}-{:02}-{:02}", year, month, day); }

std::optional<Date> parseDate(std::string_view text) {
  Parts p = split(text);
  if (!p.shape || p.m < 1 || p.m > 12 || p.d < 1 || p.d > daysInMonth(p.y, p.m) || p.y < 1900) return std::nullopt;
  return Date{p.y, p.m, p.d};
}

std::string dateProblem(std::string_view text) {
  Parts p = split(text);
  if (!p.shape) return fmt::format("`{}` is not a date: write it as YYYY-MM-DD", text);
  if (p.y < 1900) return fmt::format("`{}` is out of range: dates start in 1900", text);
  if (p.m < 1 || p.m > 12) return fmt::format("`{}` is not a date: month {} does not exist", text, p.m);
  return fmt::format("`{}` is not a date: {}-{:02} has {} days", text, p.y, p.m, daysInMonth(p.y, p.m));
}

std::optional<std::int64_t> parseDurationDays(std::string_view text) {
  std::size_t i = 0;
  while (i < text.size() && text[i] >= '0' && text[i] <= '9') ++i;
  if (i == 0 || i > 6) return std::nullopt;
  int count = 0;
  if (!parsePart(text.substr(0, i), count) || count == 0) return std::nullopt;
  std::string_view unit = text.substr(i);
  if (unit == "d") return count;
  if (unit == "w") return count * 7;
  if (unit == "y") return count * 365;
  return std::nullopt;
}

std::optional<Date> dateFromEpoch(std::string_view s) {
  long long seconds = 0;
  auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), seconds);
  if (s.empty() || ec != std::errc() || ptr != s.data() + s.size() || seconds < 0) return std::nullopt;
  return Date::fromDays(seconds / 86400);
}

Date today(std::optional<Date> asOf) {
  if (asOf) return *asOf;
  if (const char* epoch = std::getenv("SOURCE_DATE_EPOCH")) {
    if (auto d = dateFromEpoch(epoch)) return *d;
  }
  auto now = std::chrono::system_clock::now().time_since_epoch();
  return Date::fromDays(std::chrono::duration_cast<std::chrono::hours>(now).count() / 24);
}

}  // namespace trustc
