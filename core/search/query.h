// query.h: the query language shared by the search bar, the URL hash and `dhrv search`.
//
//   words           all must match (in recommendation text or addressee; review title, CSP or summary)
//   "exact phrase"  words in this order (straight or curly quotes)
//   volunt*         any word starting with "volunt"
//   -word           must not match (also -"phrase", -csp:X)
//   a OR b          either (OR in capitals, between two items)
//   csp:  region:  agency:  theme:  addressed:  year:2018  year:2016..2019  published:2022
//   status:in-progress  overdue:yes  scope:national  lead:"NHS England"
//
// Field values may be quoted: csp:"Newcastle upon Tyne". Words are folded (case, accents, quotes) and stemmed,
// so "Discharging" matches "discharge". A query that cannot be read gives an error with its byte position and
// an example of what was expected; it never throws.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "search/facets.h"

namespace dhrv {

enum class QueryField : std::uint8_t { all, addressed, csp, region, agency, theme, year, published, status, overdue, scope, lead };

// Every field a query can name ("csp:Nottingham"), once: its name, an example value for messages, the noun for
// its values, and the facet it filters (addressed: and lead: search words instead: the addressee's, and the lead
// agencies of the recommendation's actions, as written and as normalised).
struct QueryFieldInfo {
  QueryField field;
  std::string_view name, example, noun;
  bool filters_facet;
  Facet facet;
};
inline constexpr std::array kQueryFields{
    QueryFieldInfo{QueryField::all, "all", "", "word", false, Facet::csp},
    QueryFieldInfo{QueryField::addressed, "addressed", "\"GP practice\"", "addressee", false, Facet::agency},
    QueryFieldInfo{QueryField::csp, "csp", "Nottingham", "CSP", true, Facet::csp},
    QueryFieldInfo{QueryField::region, "region", "\"East Midlands\"", "region", true, Facet::region},
    QueryFieldInfo{QueryField::agency, "agency", "police", "agency", true, Facet::agency},
    QueryFieldInfo{QueryField::theme, "theme", "training", "theme", true, Facet::theme},
    QueryFieldInfo{QueryField::year, "year", "2018", "year", true, Facet::death_year},
    QueryFieldInfo{QueryField::published, "published", "2022", "year", true, Facet::published_year},
    QueryFieldInfo{QueryField::status, "status", "in-progress", "status", true, Facet::status},
    QueryFieldInfo{QueryField::overdue, "overdue", "yes", "overdue value", true, Facet::overdue},
    QueryFieldInfo{QueryField::scope, "scope", "national", "scope", true, Facet::scope},
    QueryFieldInfo{QueryField::lead, "lead", "\"NHS England\"", "lead agency", false, Facet::agency},
};
constexpr bool query_fields_in_enum_order() {
  for (std::size_t i = 0; i < kQueryFields.size(); ++i)
    if (static_cast<std::size_t>(kQueryFields[i].field) != i) return false;
  return true;
}
static_assert(query_fields_in_enum_order(), "kQueryFields lists every QueryField once, in enum order");
constexpr const QueryFieldInfo& query_field_info(QueryField f) { return kQueryFields[static_cast<std::size_t>(f)]; }
constexpr std::string_view query_field_name(QueryField f) { return query_field_info(f).name; }

struct QueryTerm {
  enum class Kind : std::uint8_t { words, prefix, value, years };
  Kind kind = Kind::words;
  QueryField field = QueryField::all;
  // words: one word, or a phrase when quoted or written with inner punctuation (multi-agency). prefix: one word.
  std::vector<std::string> words;  // folded
  std::vector<std::string> stems;  // stems of `words` (kind words only)
  std::string value;               // kind value: the folded value of csp:, region:, agency:, theme:
  int year_from = 0, year_to = 0;  // kind years: inclusive; 0 = open
  std::size_t begin = 0, end = 0;  // where it was written, in bytes of the query text
};

// Terms joined by OR; a negated clause must not match.
struct QueryClause {
  std::vector<QueryTerm> any_of;
  bool negated = false;
};

struct Query {
  std::string text;
  std::vector<QueryClause> clauses;  // all must hold
  std::string error;                 // empty when the query was read
  std::size_t error_at = 0;          // byte offset in `text`

  bool ok() const { return error.empty(); }
  // True when nothing restricts the results (empty text or only punctuation).
  bool empty() const { return clauses.empty(); }
  bool has_positive_text() const;
};

struct QueryLimits {
  std::size_t max_bytes = 4096;
  std::size_t max_terms = 64;
};

Query parse_query(std::string_view text, const QueryLimits& limits = {});

// A canonical rendering of what was understood (for tests, the CLI and the help popover).
std::string describe(const Query& q);

// Quotes a value for use after a field name when it needs it: Nottingham -> Nottingham, "Newcastle upon Tyne".
std::string quote_query_value(std::string_view value);

}  // namespace dhrv
