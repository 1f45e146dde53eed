#include "search_session.h"

#include <chrono>

namespace dhrv::ui {

bool SearchSession::refresh(const SearchIndex& index, std::uint64_t data_generation) {
  if (computed_for_ == data_generation && last_query_ == query && last_sort_ == sort &&
      last_filters_.selected == filters.selected)
    return false;
  const auto start = std::chrono::steady_clock::now();
  if (last_query_ != query || computed_for_ == 0) parsed = parse_query(query);
  // A query that cannot be read lists nothing: results under the message would not be what it says.
  SearchOptions options;
  options.sort = sort;
  if (parsed.ok()) results = search(index, parsed, filters, options);
  else results = ResultSet{};
  results.error = parsed.error;
  results.error_at = parsed.error_at;
  millis = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
  computed_for_ = data_generation;
  last_query_ = query;
  last_filters_ = filters;
  last_sort_ = sort;
  ++generation;
  return true;
}

}  // namespace dhrv::ui
