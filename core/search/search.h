// search.h: answering one Query on one SearchIndex: matching, BM25F ranking, facet counts, highlights.
//
// Recommendations and reviews are matched apart (see search_index.h): a word in a summary does not pull in the
// review's recommendations. A review is in the results when it matches itself (title, CSP, summary) or when one
// of its recommendations is in the results, and it passes the filters. A recommendation-only condition (agency:,
// theme:, addressed:) holds for a review itself when it holds for one of the review's recommendations. Facet counts are
// computed over the result set, so each count is what the user would get by also selecting that value.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "search/facets.h"
#include "search/query.h"
#include "search/search_index.h"

namespace dhrv {

enum class SortOrder : std::uint8_t { relevance, year, csp, natural };
// Every sort order, once: its name (URL hash, CLI --sort) and its label for people.
struct SortOrderInfo {
  SortOrder order;
  std::string_view name, label;
};
inline constexpr std::array kSortOrders{
    SortOrderInfo{SortOrder::relevance, "relevance", "Relevance"},
    SortOrderInfo{SortOrder::year, "year", "Year of death (newest)"},
    SortOrderInfo{SortOrder::csp, "csp", "CSP"},
    SortOrderInfo{SortOrder::natural, "natural", "Report order"},
};
constexpr bool sort_orders_in_enum_order() {
  for (std::size_t i = 0; i < kSortOrders.size(); ++i)
    if (static_cast<std::size_t>(kSortOrders[i].order) != i) return false;
  return true;
}
static_assert(sort_orders_in_enum_order(), "kSortOrders lists every SortOrder once, in enum order");
constexpr std::string_view sort_order_name(SortOrder s) { return kSortOrders[static_cast<std::size_t>(s)].name; }
bool sort_order_from_name(std::string_view name, SortOrder& out);

struct Hit {
  std::uint32_t doc = 0;  // recommendation or review document number
  float score = 0.f;
};

struct SearchOptions {
  SortOrder sort = SortOrder::relevance;
  bool facets = true;    // count facets over the results
  bool reviews = true;   // also match reviews
};

struct ResultSet {
  std::string error;            // the query could not be read (Query::error); results are empty
  std::size_t error_at = 0;
  std::vector<std::string> notes;  // things worth saying, e.g. that no CSP is called what was asked
  std::vector<Hit> recommendations;
  std::vector<Hit> reviews;
  FacetCounts recommendation_facets;
  FacetCounts review_facets;
  bool ok() const { return error.empty(); }
};

ResultSet search(const SearchIndex& index, const Query& query, const FacetSelection& filters = {},
                 const SearchOptions& options = {});

// Byte ranges in a text, sorted and not overlapping.
struct Span {
  std::uint32_t begin = 0, end = 0;
  friend bool operator==(const Span&, const Span&) = default;
};

// Which text a highlight is for: recommendation text or addressee, or a review field.
enum class TextKind : std::uint8_t { recommendation_text, addressee, review_title, review_csp, review_summary };

// Spans of `text` matched by the query's positive words, phrases and prefixes that apply to that kind of text.
std::vector<Span> highlight(const Query& query, std::string_view text, TextKind kind);

// A window of a long text around its first highlight, cut at word boundaries, with "…" where text was left
// out, and the spans that fall inside it (re-based to the snippet).
struct Snippet {
  std::string text;
  std::vector<Span> spans;
};
Snippet make_snippet(std::string_view text, const std::vector<Span>& spans, std::size_t max_bytes = 240);

}  // namespace dhrv
