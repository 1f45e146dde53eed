// status_breakdown.h: whether recommendations were carried out, against the year of death of their review and
// against the lead agencies of their actions, over a set of results (the Insights charts "Carried out, by year"
// and "Carried out, by lead agency", and their tables in the text version).
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <vector>

#include "implementation_status.h"
#include "search/search.h"

namespace dhrv {

struct StatusRow {
  std::string label;                          // "2018", or an agency name ("police")
  std::uint32_t value = 0;                    // its year facet value, or its Agency
  std::array<std::uint32_t, kStatusCount> counts{};  // recommendations by Status
  std::uint32_t total() const;
};

struct StatusBreakdown {
  std::vector<StatusRow> by_year;  // years in time order (recommendations whose review has no year are left out)
  std::vector<StatusRow> by_lead;  // agencies, most recommendations first; only recommendations with actions
};

StatusBreakdown status_breakdown(const SearchIndex& index, const std::vector<Hit>& recommendations);

}  // namespace dhrv
