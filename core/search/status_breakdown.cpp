#include "search/status_breakdown.h"

#include <algorithm>

namespace dhrv {

std::uint32_t StatusRow::total() const {
  std::uint32_t n = 0;
  for (std::uint32_t c : counts) n += c;
  return n;
}

StatusBreakdown status_breakdown(const SearchIndex& index, const std::vector<Hit>& recommendations) {
  const FacetColumn& status = index.recommendation_facets()[static_cast<std::size_t>(Facet::status)];
  const FacetColumn& year = index.recommendation_facets()[static_cast<std::size_t>(Facet::death_year)];
  const auto& years = index.facet_values(Facet::death_year);
  std::vector<std::array<std::uint32_t, kStatusCount>> per_year(years.size());
  std::array<std::array<std::uint32_t, kStatusCount>, kAgencyCount> per_lead{};
  for (const Hit& h : recommendations) {
    const auto s = status.of(h.doc);
    const std::uint32_t st = s.empty() ? 0 : s.front();  // Status order; every recommendation has one
    if (st >= kStatusCount) continue;
    for (std::uint32_t y : year.of(h.doc))
      if (y < per_year.size()) ++per_year[y][st];
    const Review& r = index.review_of(h.doc);
    if (r.actions.empty()) continue;
    std::uint16_t leads = 0;
    for (const Action* a : actions_of(r, index.recommendation(h.doc))) leads |= a->lead_agencies.bits();
    for (Agency a : AgencySet::from_bits(leads).list()) ++per_lead[static_cast<std::size_t>(a)][st];
  }
  StatusBreakdown out;
  for (std::uint32_t y = 0; y < years.size(); ++y) {
    StatusRow row{years[y], y, per_year[y]};
    if (row.total()) out.by_year.push_back(std::move(row));
  }
  for (std::uint32_t a = 0; a < kAgencyCount; ++a) {
    StatusRow row{std::string(agency_name(static_cast<Agency>(a))), a, per_lead[a]};
    if (row.total()) out.by_lead.push_back(std::move(row));
  }
  std::stable_sort(out.by_lead.begin(), out.by_lead.end(),
                   [](const StatusRow& a, const StatusRow& b) { return a.total() > b.total(); });
  return out;
}

}  // namespace dhrv
