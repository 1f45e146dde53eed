// search_oracle.h: what a query means, by brute force: every document is checked by scanning its text, with
// none of the index's data structures. The randomized tests compare the index against this.
#pragma once

#include <algorithm>
#include <string>
#include <vector>

#include "search/facets.h"
#include "search/query.h"
#include "search/search_index.h"
#include "search/stemmer.h"
#include "text.h"

namespace oracle {

using namespace dhrv;

struct Words {
  std::vector<std::string> folded, stems;
};

inline Words words_of(const std::string& text) {
  Words w;
  for (auto& t : tokenize(text)) {
    w.stems.push_back(stem_word(t.text));
    w.folded.push_back(std::move(t.text));
  }
  return w;
}

inline bool text_matches(const QueryTerm& t, const Words& w) {
  if (t.kind == QueryTerm::Kind::prefix) {
    return std::any_of(w.folded.begin(), w.folded.end(),
                       [&](const std::string& f) { return f.compare(0, t.words[0].size(), t.words[0]) == 0; });
  }
  if (t.stems.empty() || t.stems.size() > w.stems.size()) return false;
  for (std::size_t i = 0; i + t.stems.size() <= w.stems.size(); ++i)
    if (std::equal(t.stems.begin(), t.stems.end(), w.stems.begin() + static_cast<std::ptrdiff_t>(i))) return true;
  return false;
}

// Value terms: exact (folded words) match against any candidate value in the whole dictionary wins; otherwise
// the value contains the words in order.
inline bool value_matches(const QueryTerm& t, const std::vector<std::string>& doc_values,
                          const std::vector<std::string>& dictionary) {
  auto words = [](const std::string& s) {
    std::vector<std::string> out;
    for (auto& tok : tokenize(s)) out.push_back(tok.text);
    return out;
  };
  bool exact_exists = false;
  for (const auto& v : dictionary)
    if (words(v) == t.words) exact_exists = true;
  for (const auto& v : doc_values) {
    auto w = words(v);
    if (exact_exists ? w == t.words : std::search(w.begin(), w.end(), t.words.begin(), t.words.end()) != w.end())
      return true;
  }
  return false;
}

inline bool years_match(const QueryTerm& t, int year) {
  if (!year) return false;
  return (t.year_from == 0 || year >= t.year_from) && (t.year_to == 0 || year <= t.year_to);
}

inline std::vector<std::string> agency_names(const Recommendation& r) {
  std::vector<std::string> out;
  for (Agency a : r.agencies.list()) out.emplace_back(agency_name(a));
  return out;
}

// The oracle tokenises every text once up front (it is still a scan of every document per query).
class Oracle {
 public:
  explicit Oracle(const SearchIndex& ix) : ix_(ix) {
    for (std::uint32_t d = 0; d < ix.recommendation_count(); ++d) {
      rec_text_.push_back(words_of(ix.recommendation(d).text));
      rec_addressee_.push_back(words_of(ix.recommendation(d).addressed_to));
    }
    for (const Review& r : ix.corpus().reviews) {
      title_.push_back(words_of(r.title));
      csp_.push_back(words_of(r.csp));
      summary_.push_back(words_of(r.summary));
    }
  }

  // Documents (recommendation numbers) matching the query and the selection, in document order.
  std::vector<std::uint32_t> recommendations(const Query& q, const FacetSelection& sel) const {
    std::vector<std::uint32_t> out;
    for (std::uint32_t d = 0; d < ix_.recommendation_count(); ++d) {
      if (!query_matches(q, [&](const QueryTerm& t) { return term_matches_rec(t, d); })) continue;
      if (!passes(ix_.recommendation_facets(), sel, d)) continue;
      out.push_back(d);
    }
    return out;
  }

  // Reviews matching by themselves, or holding a matching recommendation; passing the selection either way.
  std::vector<std::uint32_t> reviews(const Query& q, const FacetSelection& sel) const {
    std::vector<std::uint32_t> out;
    for (std::uint32_t r = 0; r < ix_.review_count(); ++r) {
      if (!passes(ix_.review_facets(), sel, r)) continue;
      bool match = query_matches(q, [&](const QueryTerm& t) { return term_matches_review(t, r); });
      for (std::uint32_t d = ix_.first_recommendation(r); !match && d < ix_.first_recommendation(r + 1); ++d)
        match = query_matches(q, [&](const QueryTerm& t) { return term_matches_rec(t, d); }) &&
                passes(ix_.recommendation_facets(), sel, d);
      if (match) out.push_back(r);
    }
    return out;
  }

 private:
  template <class TermMatches>
  static bool query_matches(const Query& q, TermMatches matches) {
    for (const auto& c : q.clauses) {
      const bool any = std::any_of(c.any_of.begin(), c.any_of.end(), matches);
      if (any == c.negated) return false;
    }
    return true;
  }

  bool review_field_matches(const QueryTerm& t, const Review& rv) const {
    switch (t.field) {
      case QueryField::csp: return value_matches(t, {rv.csp}, ix_.facet_values(Facet::csp));
      case QueryField::region: return value_matches(t, {rv.region}, ix_.facet_values(Facet::region));
      case QueryField::year: return years_match(t, rv.death.year);
      case QueryField::published: return years_match(t, rv.published.year);
      default: return false;
    }
  }

  bool term_matches_rec(const QueryTerm& t, std::uint32_t d) const {
    const Recommendation& rec = ix_.recommendation(d);
    switch (t.field) {
      case QueryField::all: return text_matches(t, rec_text_[d]) || text_matches(t, rec_addressee_[d]);
      case QueryField::addressed: return text_matches(t, rec_addressee_[d]);
      case QueryField::agency: return value_matches(t, agency_names(rec), ix_.facet_values(Facet::agency));
      case QueryField::theme: return value_matches(t, rec.themes, ix_.facet_values(Facet::theme));
      default: return review_field_matches(t, ix_.review_of(d));
    }
  }

  bool term_matches_review(const QueryTerm& t, std::uint32_t r) const {
    switch (t.field) {
      case QueryField::all:
        return text_matches(t, title_[r]) || text_matches(t, csp_[r]) || text_matches(t, summary_[r]);
      case QueryField::addressed:
      case QueryField::agency:
      case QueryField::theme: {
        const std::uint32_t first = ix_.first_recommendation(r), end = ix_.first_recommendation(r + 1);
        for (std::uint32_t d = first; d < end; ++d)
          if (term_matches_rec(t, d)) return true;
        return false;
      }
      default: return review_field_matches(t, ix_.corpus().reviews[r]);
    }
  }

  const SearchIndex& ix_;
  std::vector<Words> rec_text_, rec_addressee_, title_, csp_, summary_;
};

}  // namespace oracle
