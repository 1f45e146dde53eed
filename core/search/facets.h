// facets.h: the ways results can be counted and filtered (CSP, region, years, agency, theme, relationship,
// abuse types), stored column-wise per document so that counting a result set is one pass over integers.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace dhrv {

enum class Facet : std::uint8_t { csp, region, death_year, published_year, agency, theme, relationship, abuse };
inline constexpr std::size_t kFacetCount = 8;
inline constexpr std::array<Facet, kFacetCount> kAllFacets{Facet::csp,   Facet::region, Facet::death_year,
                                                           Facet::published_year, Facet::agency, Facet::theme,
                                                           Facet::relationship, Facet::abuse};

// Key used in JSON, the URL hash and the CLI ("csp", "region", "year", "published", "agency", "theme",
// "relationship", "abuse"), the short heading shown to people, and a sentence saying what the values are.
std::string_view facet_key(Facet f);
std::string_view facet_title(Facet f);
std::string_view facet_description(Facet f);
bool facet_from_key(std::string_view key, Facet& out);

// Values of one facet for every document: the value names (sorted for display) and, per document, the ids of
// the values it has (none, one or several).
struct FacetColumn {
  std::vector<std::string> values;
  std::vector<std::uint32_t> start{0};  // size = documents + 1
  std::vector<std::uint32_t> ids;

  std::span<const std::uint32_t> of(std::uint32_t doc) const {
    return {ids.data() + start[doc], ids.data() + start[doc + 1]};
  }
  std::size_t documents() const { return start.size() - 1; }
  // The id of a value by its exact name, or values.size() when absent.
  std::uint32_t find(std::string_view value) const;
};

using FacetColumns = std::array<FacetColumn, kFacetCount>;

// Counts per value id of each facet.
using FacetCounts = std::array<std::vector<std::uint32_t>, kFacetCount>;

// Selected values per facet: a document passes when, for every facet with a selection, it has at least one of
// the selected values (OR within a facet, AND across facets).
struct FacetSelection {
  std::array<std::vector<std::uint32_t>, kFacetCount> selected;
  bool empty() const;
  bool has(Facet f, std::uint32_t value) const;
  void toggle(Facet f, std::uint32_t value);
  void clear() { for (auto& s : selected) s.clear(); }
};

bool passes(const FacetColumns& columns, const FacetSelection& selection, std::uint32_t doc);

}  // namespace dhrv
