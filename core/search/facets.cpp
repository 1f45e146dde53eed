#include "facets.h"

#include <algorithm>

namespace dhrv {

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
