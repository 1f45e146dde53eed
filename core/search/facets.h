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

enum class Facet : std::uint8_t {
  csp, region, death_year, published_year, agency, theme, relationship, abuse, status, overdue, scope
};

// Every facet, once: its key in JSON, the URL hash, the CLI and the page's widget attributes; the short heading
// shown to people; a sentence saying what the values are; and whether its values belong to reviews (CSP, years,
// DHRD facts) or to recommendations (agency, theme).
struct FacetInfo {
  Facet facet;
  std::string_view key, title, description;
  bool of_reviews;
};
inline constexpr std::array kFacets{
    FacetInfo{Facet::csp, "csp", "CSP", "The Community Safety Partnership that ran the review.", true},
    FacetInfo{Facet::region, "region", "Region", "The region of England or Wales.", true},
    FacetInfo{Facet::death_year, "year", "Year of death", "The year the victim died.", true},
    FacetInfo{Facet::published_year, "published", "Published or uploaded",
              "The year the review was published; for reviews known only from the Home Office library or DHRD, the "
              "year it was uploaded to the library.", true},
    FacetInfo{Facet::agency, "agency", "Addressed to",
              "Agencies the recommendation is addressed to, as the Home Office library groups them.", false},
    FacetInfo{Facet::theme, "theme", "Theme",
              "Home Office recommendation themes, tagged by the rules in assets/rules/themes.txt.", false},
    FacetInfo{Facet::relationship, "relationship", "Relationship",
              "The victim's relationship to the perpetrator (DHRD).", true},
    FacetInfo{Facet::abuse, "abuse", "Abuse types", "Abuse types indicated in the Home Office metadata (DHRD).", true},
    FacetInfo{Facet::status, "status", "Carried out?",
              "Derived from the recommendation's action plan: completed, in progress, not started, or not stated "
              "(no action plan row).", false},
    FacetInfo{Facet::overdue, "overdue", "Overdue",
              "An action not done whose target date is before the date the action plan was last updated.", false},
    FacetInfo{Facet::scope, "scope", "Scope",
              "National when addressed to a national body or when its action plan says so; else regional or local "
              "as the action plan says; local otherwise.", false},
};
inline constexpr std::size_t kFacetCount = kFacets.size();
constexpr bool facets_in_enum_order() {
  for (std::size_t i = 0; i < kFacets.size(); ++i)
    if (static_cast<std::size_t>(kFacets[i].facet) != i) return false;
  return true;
}
static_assert(facets_in_enum_order(), "kFacets lists every Facet once, in enum order");
inline constexpr std::array<Facet, kFacetCount> kAllFacets = [] {
  std::array<Facet, kFacetCount> out{};
  for (std::size_t i = 0; i < kFacetCount; ++i) out[i] = kFacets[i].facet;
  return out;
}();

constexpr const FacetInfo& facet_info(Facet f) { return kFacets[static_cast<std::size_t>(f)]; }
constexpr std::string_view facet_key(Facet f) { return facet_info(f).key; }
constexpr std::string_view facet_title(Facet f) { return facet_info(f).title; }
constexpr std::string_view facet_description(Facet f) { return facet_info(f).description; }
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
