#include "facets.h"

#include <algorithm>

namespace dhrv {

std::string_view facet_key(Facet f) {
  switch (f) {
    case Facet::csp: return "csp";
    case Facet::region: return "region";
    case Facet::death_year: return "year";
    case Facet::published_year: return "published";
    case Facet::agency: return "agency";
    case Facet::theme: return "theme";
    case Facet::relationship: return "relationship";
    case Facet::abuse: return "abuse";
  }
  return "";
}

std::string_view facet_title(Facet f) {
  switch (f) {
    case Facet::csp: return "CSP";
    case Facet::region: return "Region";
    case Facet::death_year: return "Year of death";
    case Facet::published_year: return "Year published";
    case Facet::agency: return "Addressed to";
    case Facet::theme: return "Theme";
    case Facet::relationship: return "Relationship";
    case Facet::abuse: return "Abuse types";
  }
  return "";
}

std::string_view facet_description(Facet f) {
  switch (f) {
    case Facet::csp: return "The Community Safety Partnership that ran the review.";
    case Facet::region: return "The region of England or Wales.";
    case Facet::death_year: return "The year the victim died.";
    case Facet::published_year: return "The year the review was published.";
    case Facet::agency: return "Agencies the recommendation is addressed to, as the Home Office library groups them.";
    case Facet::theme: return "Home Office recommendation themes, tagged by the rules in assets/rules/themes.txt.";
    case Facet::relationship: return "The victim's relationship to the perpetrator (DHRD).";
    case Facet::abuse: return "Abuse types indicated in the Home Office metadata (DHRD).";
  }
  return "";
}

bool facet_from_key(std::string_view key, Facet& out) {
  for (Facet f : kAllFacets)
    if (facet_key(f) == key) {
      out = f;
      return true;
    }
  return false;
}

std::uint32_t FacetColumn::find(std::string_view value) const {
  for (std::size_t i = 0; i < values.size(); ++i)
    if (values[i] == value) return static_cast<std::uint32_t>(i);
  return static_cast<std::uint32_t>(values.size());
}

bool FacetSelection::empty() const {
  return std::all_of(selected.begin(), selected.end(), [](const auto& s) { return s.empty(); });
}

bool FacetSelection::has(Facet f, std::uint32_t value) const {
  const auto& s = selected[static_cast<std::size_t>(f)];
  return std::find(s.begin(), s.end(), value) != s.end();
}

void FacetSelection::toggle(Facet f, std::uint32_t value) {
  auto& s = selected[static_cast<std::size_t>(f)];
  auto it = std::find(s.begin(), s.end(), value);
  if (it == s.end()) s.push_back(value);
  else s.erase(it);
}

bool passes(const FacetColumns& columns, const FacetSelection& selection, std::uint32_t doc) {
  for (std::size_t f = 0; f < kFacetCount; ++f) {
    const auto& want = selection.selected[f];
    if (want.empty()) continue;
    bool any = false;
    for (std::uint32_t id : columns[f].of(doc)) {
      if (std::find(want.begin(), want.end(), id) != want.end()) {
        any = true;
        break;
      }
    }
    if (!any) return false;
  }
  return true;
}

}  // namespace dhrv
