// plan_dates.h: dates as reports, action plans and trackers write them: "March 2024", "Mar-24", "31/03/2024",
// "09/2020", "2023-04", "30 April 2023", "Q2 2023" (the last month of the quarter). Day-first, as in the UK.
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>

#include "model.h"

namespace dhrv {

// The whole text is one date (a leading "by" or "end of" allowed: "By end of March 2024").
std::optional<YearMonth> parse_plan_date(std::string_view text);

struct FoundDate {
  YearMonth date;
  std::size_t begin = 0, end = 0;  // bytes of `text` the date takes
};
// The first date inside running text ("Completed October 2023: new checklist in use").
std::optional<FoundDate> find_date(std::string_view text);

}  // namespace dhrv
