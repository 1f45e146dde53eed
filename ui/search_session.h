// search_session.h: what the user is searching for and what came back: query text, facet filters, sort order,
// and the ResultSet the views draw. Results are recomputed only when one of those (or the index) changes, so a
// frame that changes nothing costs nothing.
#pragma once

#include <memory>
#include <string>

#include "search/search.h"

namespace dhrv::ui {

struct SearchSession {
  // Inputs (the views edit these).
  std::string query;
  FacetSelection filters;
  SortOrder sort = SortOrder::relevance;

  // Outputs.
  Query parsed;
  ResultSet results;
  double millis = 0;       // time the last search took
  std::uint64_t generation = 0;  // bumps on every recompute (views reset scroll and cursor on change)

  // Recomputes when the inputs or the data (its generation) changed; true when it did.
  bool refresh(const SearchIndex& index, std::uint64_t data_generation);
  void invalidate() { computed_for_ = 0; }
  void clear() {
    query.clear();
    filters.clear();
  }

 private:
  std::uint64_t computed_for_ = 0;  // data generation (0: none)
  std::string last_query_;
  FacetSelection last_filters_;
  SortOrder last_sort_ = SortOrder::relevance;
};

}  // namespace dhrv::ui
