#include "support/date.h"

#include <gtest/gtest.h>

namespace trustc {
namespace {

TEST(Date, ParsesRealDays) {
  auto d = parseDate("2028-02-29");
  ASSERT_TRUE(d);
  EXPECT_EQ(d->year, 2028);
  EXPECT_EQ(d->month, 2);
  EXPECT_EQ(d->day, 29);
}

TEST(Date, RejectsDaysThatDoNotExist) {
  EXPECT_FALSE(parseDate("2027-02-29"));
  EXPECT_FALSE(parseDate("2027-02-30"));
  EXPECT_FALSE(parseDate("2027-13-01"));
  EXPECT_FALSE(parseDate("2027-1-01"));
  EXPECT_FALSE(parseDate("2027-04-31"));
  EXPECT_FALSE(parseDate("1900-02-29"));
  EXPECT_TRUE(parseDate("2000-02-29"));
}

TEST(Date, ExplainsTheProblem) {
  EXPECT_EQ(dateProblem("2027-02-30"), "`2027-02-30` is not a date: 2027-02 has 28 days");
  EXPECT_EQ(dateProblem("2027-13-01"), "`2027-13-01` is not a date: month 13 does not exist");
  EXPECT_EQ(dateProblem("27-1-1"), "`27-1-1` is not a date: write it as YYYY-MM-DD");
}

TEST(Date, DayArithmeticRoundTrips) {
  EXPECT_EQ((Date{1970, 1, 1}.days()), 0);
  EXPECT_EQ((Date{2026, 11, 22}.days() - Date{2026, 10, 1}.days()), 52);
  for (std::int64_t day = -800; day < 100000; day += 37) EXPECT_EQ(Date::fromDays(day).days(), day);
  EXPECT_EQ(Date::fromDays(Date{2024, 2, 29}.days()).iso(), "2024-02-29");
}

TEST(Date, Durations) {
  EXPECT_EQ(parseDurationDays("90d"), 90);
  EXPECT_EQ(parseDurationDays("2w"), 14);
  EXPECT_EQ(parseDurationDays("1y"), 365);
  EXPECT_FALSE(parseDurationDays("0d"));
  EXPECT_FALSE(parseDurationDays("90x"));
  EXPECT_FALSE(parseDurationDays("d"));
  EXPECT_FALSE(parseDurationDays("9999999d"));
}

TEST(Date, AsOfWinsOverTheClock) {
  EXPECT_EQ(today(Date{2027, 1, 2}).iso(), "2027-01-02");
}

TEST(Date, ReadsSourceDateEpoch) {
  EXPECT_EQ(dateFromEpoch("0")->iso(), "1970-01-01");
  EXPECT_EQ(dateFromEpoch("1798761599")->iso(), "2026-12-31");
  EXPECT_EQ(dateFromEpoch("1798761600")->iso(), "2027-01-01");
  EXPECT_FALSE(dateFromEpoch(""));
  EXPECT_FALSE(dateFromEpoch("-1"));
  EXPECT_FALSE(dateFromEpoch("12abc"));
  EXPECT_FALSE(dateFromEpoch("2026-11-22"));
}

TEST(Date, ExplainsYearsOutOfRange) {
  EXPECT_FALSE(parseDate("1899-12-31"));
  EXPECT_EQ(dateProblem("1899-12-31"), "`1899-12-31` is out of range: dates start in 1900");
}

}  // namespace
}  // namespace trustc
