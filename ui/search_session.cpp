#include "search_session.h"

#include <chrono>

namespace dhrv::ui {

bool SearchSession::refresh(const SearchIndex& index) {
  if (computed_for_ == &index && last_query_ == query && last_sort_ == sort &&
      last_filters_.selected == filters.selected)
    return false;
  const auto start = std::chrono::steady_clock::now();
  if (last_query_ != query || computed_for_ == nullptr) parsed = parse_query(query);
  // A query that cannot be read yet (say, while a quote is still open) keeps the last results on screen with
  // the message, so typing never flashes an empty list.
  SearchOptions options;
  options.sort = sort;
  if (parsed.ok()) results = search(index, parsed, filters, options);
  else if (computed_for_ != &index) results = search(index, parse_query(""), filters, options);
  results.error = parsed.error;
  results.error_at = parsed.error_at;
  millis = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
  computed_for_ = &index;
  last_query_ = query;
  last_filters_ = filters;
  last_sort_ = sort;
  ++generation;
  return true;
}

}  // namespace dhrv::ui
