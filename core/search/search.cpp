#include "search.h"

#include <algorithm>
#include <cmath>
#include <charconv>
#include <cstring>
#include <deque>
#include <span>

#include "stemmer.h"
#include "text.h"

namespace dhrv {

bool sort_order_from_name(std::string_view name, SortOrder& out) {
  for (const auto& s : kSortOrders)
    if (s.name == name) {
      out = s.order;
      return true;
    }
  return false;
}

namespace {

using DocList = std::vector<std::uint32_t>;  // sorted, unique

DocList unite(const DocList& a, const DocList& b) {
  DocList out;
  out.reserve(a.size() + b.size());
  std::set_union(a.begin(), a.end(), b.begin(), b.end(), std::back_inserter(out));
  return out;
}

// Position of the first element >= x at or after `from`, by exponential then binary search: cheap when a short
// list is intersected with a long one.
std::size_t gallop(std::span<const std::uint32_t> v, std::size_t from, std::uint32_t x) {
  std::size_t step = 1, lo = from;
  while (lo + step < v.size() && v[lo + step] < x) {
    lo += step;
    step *= 2;
  }
  const std::size_t hi = std::min(lo + step + 1, v.size());
  return static_cast<std::size_t>(std::lower_bound(v.begin() + static_cast<std::ptrdiff_t>(lo), v.begin() + static_cast<std::ptrdiff_t>(hi), x) - v.begin());
}

DocList intersect(std::span<const std::uint32_t> a, std::span<const std::uint32_t> b) {
  const auto small = a.size() <= b.size() ? a : b;
  const auto large = a.size() <= b.size() ? b : a;
  DocList out;
  out.reserve(small.size());
  if (small.size() * 8 < large.size()) {
    std::size_t at = 0;
    for (std::uint32_t x : small) {
      at = gallop(large, at, x);
      if (at == large.size()) break;
      if (large[at] == x) out.push_back(x);
    }
    return out;
  }
  std::set_intersection(a.begin(), a.end(), b.begin(), b.end(), std::back_inserter(out));
  return out;
}

bool contains_sequence(const std::vector<std::string>& hay, const std::vector<std::string>& needle) {
  if (needle.empty() || needle.size() > hay.size()) return false;
  return std::search(hay.begin(), hay.end(), needle.begin(), needle.end()) != hay.end();
}

Facet facet_of(QueryField f) { return query_field_info(f).facet; }
std::string_view field_noun(QueryField f) { return query_field_info(f).noun; }

// Which facet values a value/years term accepts: an exact (folded) name wins; otherwise every value that
// contains the asked words in order.
std::vector<bool> accepted_values(const std::vector<std::string>& values, const QueryTerm& term) {
  std::vector<bool> ok(values.size(), false);
  if (term.kind == QueryTerm::Kind::years) {
    for (std::size_t i = 0; i < values.size(); ++i) {
      int y = 0;
      auto [p, ec] = std::from_chars(values[i].data(), values[i].data() + values[i].size(), y);
      if (ec != std::errc()) continue;
      ok[i] = (term.year_from == 0 || y >= term.year_from) && (term.year_to == 0 || y <= term.year_to);
    }
    return ok;
  }
  std::vector<std::vector<std::string>> words(values.size());
  bool exact = false;
  for (std::size_t i = 0; i < values.size(); ++i) {
    for (auto& t : tokenize(values[i])) words[i].push_back(std::move(t.text));
    if (words[i] == term.words) ok[i] = exact = true;
  }
  if (exact) return ok;
  for (std::size_t i = 0; i < values.size(); ++i) ok[i] = contains_sequence(words[i], term.words);
  return ok;
}


// Everything needed to match one kind of document.
struct Kind {
  const TextIndex& text;
  const FacetColumns& facets;
  std::uint32_t all_mask;  // fields searched by unqualified words
  bool is_review;
};

class Matcher {
 public:
  Matcher(const SearchIndex& index, const Kind& kind, ResultSet& result) : index_(index), kind_(kind), result_(result) {}

  // The sorted documents of this kind matched by a text term (words, prefix, addressed:).
  DocList text_docs(const QueryTerm& term) {
    if (kind_.is_review && searches_recommendation_field(term)) {
      // A review matches when one of its recommendations does.
      Kind rec_kind{index_.recommendation_text(), index_.recommendation_facets(),
                    index_.recommendation_text().default_fields, false};
      Matcher recs(index_, rec_kind, result_);
      DocList out;
      for (std::uint32_t d : recs.text_docs(term)) out.push_back(index_.ref(d).review);
      out.erase(std::unique(out.begin(), out.end()), out.end());
      return out;
    }
    const std::uint32_t mask = field_mask(term);
    const TextIndex& ix = kind_.text;
    if (term.kind == QueryTerm::Kind::prefix) return ix.prefix_documents(term.words[0], mask);
    std::vector<std::uint32_t> ids;
    for (const auto& s : term.stems) {
      std::uint32_t t = ix.term_id(s);
      if (t == kNoTerm) return {};
      ids.push_back(t);
    }
    if (ids.size() == 1) return ix.documents(ids[0], mask);
    return ix.phrase_documents(ids, mask);
  }

  // The accepted value ids of a value/years term, as a flag per value (cached per term).
  const std::vector<bool>& accepted(const QueryTerm& term) {
    for (auto& [t, flags] : accepted_cache_)
      if (t == &term) return flags;
    const Facet f = facet_of(term.field);
    std::vector<bool> flags = accepted_values(index_.facet_values(f), term);
    if (term.kind == QueryTerm::Kind::value && std::find(flags.begin(), flags.end(), true) == flags.end() &&
        !kind_.is_review) {
      std::string note = "no " + std::string(field_noun(term.field)) + " matches '" + term.value + "'";
      if (term.field == QueryField::agency || term.field == QueryField::theme) {
        note += " (known: ";
        const auto& values = index_.facet_values(f);
        for (std::size_t i = 0; i < values.size(); ++i) note += (i ? ", " : "") + values[i];
        note += ")";
      }
      result_.notes.push_back(std::move(note));
    }
    accepted_cache_.emplace_back(&term, std::move(flags));
    return accepted_cache_.back().second;
  }

  bool value_holds(const QueryTerm& term, std::uint32_t doc) {
    const std::vector<bool>& ok = accepted(term);
    for (std::uint32_t id : kind_.facets[static_cast<std::size_t>(facet_of(term.field))].of(doc))
      if (id < ok.size() && ok[id]) return true;
    return false;
  }

  static bool is_text(const QueryTerm& t) { return t.kind == QueryTerm::Kind::words || t.kind == QueryTerm::Kind::prefix; }
  // addressed: and lead: name a field of recommendations; a review holds them through its recommendations.
  static bool searches_recommendation_field(const QueryTerm& t) {
    return t.field == QueryField::addressed || t.field == QueryField::lead;
  }
  // The fields a text term searches in this kind of document.
  std::uint32_t field_mask(const QueryTerm& t) const {
    if (t.field == QueryField::addressed) return 1u << kRecAddressee;
    if (t.field == QueryField::lead) return 1u << kRecLead;
    return kind_.all_mask;
  }

  // Candidates matching every positive clause, minus negated clauses, passing the facet selection.
  DocList run(const Query& q, const FacetSelection& filters) {
    const std::uint32_t n = kind_.text.doc_count;
    // Text terms become document lists; a clause that mixes text and values gets its values materialised.
    // Positive clauses with text, as views: a single unqualified word is read in place from the index; anything
    // else is computed into `storage` (a deque, so views stay valid as it grows).
    std::vector<std::span<const std::uint32_t>> sets;
    std::deque<DocList> storage;
    std::vector<const QueryClause*> predicate_clauses, negative_clauses;
    std::vector<DocList> negative_sets;     // per negated clause: documents matched by its text terms
    for (const auto& c : q.clauses) {
      const bool has_text = std::any_of(c.any_of.begin(), c.any_of.end(), is_text);
      if (c.negated) {
        negative_clauses.push_back(&c);
        DocList s;
        for (const auto& t : c.any_of)
          if (is_text(t)) s = unite(s, text_docs(t));
        negative_sets.push_back(std::move(s));
        continue;
      }
      if (!has_text) {
        predicate_clauses.push_back(&c);
        continue;
      }
      if (c.any_of.size() == 1 && c.any_of[0].kind == QueryTerm::Kind::words && c.any_of[0].stems.size() == 1 &&
          c.any_of[0].field == QueryField::all) {
        const std::uint32_t t = kind_.text.term_id(c.any_of[0].stems[0]);
        if (t == kNoTerm) sets.push_back({});
        else sets.push_back(kind_.text.docs_of(t));
        continue;
      }
      DocList s;
      for (const auto& t : c.any_of) {
        if (is_text(t)) {
          s = unite(s, text_docs(t));
        } else {
          DocList v;
          for (std::uint32_t d = 0; d < n; ++d)
            if (value_holds(t, d)) v.push_back(d);
          s = unite(s, v);
        }
      }
      storage.push_back(std::move(s));
      sets.push_back(storage.back());
    }
    DocList candidates;
    if (sets.empty()) {
      candidates.resize(n);
      for (std::uint32_t d = 0; d < n; ++d) candidates[d] = d;
    } else {
      std::sort(sets.begin(), sets.end(), [](const auto& a, const auto& b) { return a.size() < b.size(); });
      if (sets.size() == 1) candidates.assign(sets[0].begin(), sets[0].end());
      else candidates = intersect(sets[0], sets[1]);
      for (std::size_t i = 2; i < sets.size() && !candidates.empty(); ++i) candidates = intersect(candidates, sets[i]);
    }
    const bool no_filters = filters.empty();
    if (no_filters && predicate_clauses.empty() && negative_clauses.empty()) return candidates;
    DocList out;
    out.reserve(candidates.size());
    for (std::uint32_t d : candidates) {
      bool keep = true;
      for (const QueryClause* c : predicate_clauses) {
        bool any = false;
        for (const auto& t : c->any_of)
          if (value_holds(t, d)) {
            any = true;
            break;
          }
        if (!any) {
          keep = false;
          break;
        }
      }
      for (std::size_t i = 0; keep && i < negative_clauses.size(); ++i) {
        if (std::binary_search(negative_sets[i].begin(), negative_sets[i].end(), d)) keep = false;
        for (const auto& t : negative_clauses[i]->any_of)
          if (keep && !is_text(t) && value_holds(t, d)) keep = false;
      }
      if (keep && !no_filters && !passes(kind_.facets, filters, d)) keep = false;
      if (keep) out.push_back(d);
    }
    return out;
  }

  // BM25F contribution of one term to every document in `docs` (sorted), added into `scores`.
  void score_term(std::uint32_t term, std::uint32_t mask, const DocList& docs, std::vector<float>& scores) {
    const TextIndex& ix = kind_.text;
    if ((mask & ix.all_fields_mask()) == ix.default_fields) {
      // The default fields: the precomputed impacts (text_index.h).
      const auto ids = ix.docs_of(term);
      const auto impact = ix.impacts_of(term);
      std::size_t at = 0;
      for (std::size_t i = 0; i < docs.size() && at < ids.size(); ++i) {
        at = gallop(ids, at, docs[i]);
        if (at < ids.size() && ids[at] == docs[i]) scores[i] += impact[at];
      }
      return;
    }
    const std::size_t fields = ix.field_count();
    const std::uint32_t begin = ix.postings_begin(term), end = ix.postings_end(term);
    const float df = static_cast<float>(ix.document_frequency(term));
    const float idf = std::log(1.f + (static_cast<float>(ix.doc_count) - df + 0.5f) / (df + 0.5f));
    const std::span<const std::uint32_t> posting_docs(ix.posting_doc.data(), ix.posting_doc.size());
    std::uint32_t p = begin;
    for (std::size_t i = 0; i < docs.size() && p < end; ++i) {
      const std::uint32_t d = docs[i];
      if (ix.posting_doc[p] < d) p = static_cast<std::uint32_t>(gallop(posting_docs.first(end), p, d));
      float tf = 0.f;
      for (; p < end && ix.posting_doc[p] == d; ++p) {
        const std::uint8_t f = ix.posting_field[p];
        if (!(mask & (1u << f))) continue;
        const float len = static_cast<float>(ix.field_length[static_cast<std::size_t>(d) * fields + f]);
        const float raw = static_cast<float>(ix.position_start[p + 1] - ix.position_start[p]);
        tf += ix.field_weights[f] * raw / (1.f - kBm25B + kBm25B * len / ix.average_length[f]);
      }
      if (tf > 0.f) scores[i] += idf * tf * (kBm25K1 + 1.f) / (kBm25K1 + tf);
    }
  }

  std::vector<float> scores(const Query& q, const DocList& docs) {
    std::vector<float> s(docs.size(), 0.f);
    const TextIndex& ix = kind_.text;
    for (const auto& c : q.clauses) {
      if (c.negated) continue;
      for (const auto& t : c.any_of) {
        if (!is_text(t)) continue;
        if (kind_.is_review && searches_recommendation_field(t)) continue;
        const std::uint32_t mask = field_mask(t);
        if (t.kind == QueryTerm::Kind::prefix) {
          for (std::uint32_t id : ix.prefix_terms(t.words[0])) score_term(id, mask, docs, s);
        } else {
          for (const auto& stem : t.stems) {
            std::uint32_t id = ix.term_id(stem);
            if (id != kNoTerm) score_term(id, mask, docs, s);
          }
        }
      }
    }
    return s;
  }

 private:
  const SearchIndex& index_;
  const Kind& kind_;
  ResultSet& result_;
  std::vector<std::pair<const QueryTerm*, std::vector<bool>>> accepted_cache_;
};

void count_facets(const FacetColumns& columns, const std::vector<Hit>& hits, FacetCounts& counts) {
  for (std::size_t f = 0; f < kFacetCount; ++f) {
    counts[f].assign(columns[f].values.size(), 0);
    const FacetColumn& c = columns[f];
    for (const Hit& h : hits)
      for (std::uint32_t id : c.of(h.doc))
        if (id < counts[f].size()) ++counts[f][id];
  }
}

// Best score first; equal scores keep document (natural) order. Scores are non-negative floats, whose bit
// patterns order like the numbers, so a stable LSD radix sort on them (four 8-bit passes) does it in linear time:
// sorting is most of the cost of a query that matches thousands of documents.
void sort_by_score(std::vector<Hit>& hits) {
  if (hits.size() < 64) {
    std::stable_sort(hits.begin(), hits.end(), [](const Hit& a, const Hit& b) { return a.score > b.score; });
    return;
  }
  auto key = [](const Hit& h) {
    std::uint32_t bits;
    const float s = h.score > 0.f ? h.score : 0.f;
    std::memcpy(&bits, &s, sizeof bits);
    return ~bits;  // descending
  };
  std::vector<Hit> buffer(hits.size());
  std::vector<Hit>* from = &hits;
  std::vector<Hit>* to = &buffer;
  for (int shift = 0; shift < 32; shift += 8) {
    std::size_t count[257] = {};
    for (const Hit& h : *from) ++count[((key(h) >> shift) & 0xFF) + 1];
    if (count[1 + ((key(from->front()) >> shift) & 0xFF)] == from->size()) continue;  // all the same digit
    for (int i = 0; i < 256; ++i) count[i + 1] += count[i];
    for (const Hit& h : *from) (*to)[count[(key(h) >> shift) & 0xFF]++] = h;
    std::swap(from, to);
  }
  if (from != &hits) hits.swap(*from);
}

void sort_hits(const SearchIndex& index, std::vector<Hit>& hits, SortOrder order, bool has_scores, bool reviews) {
  const auto& rs = index.corpus().reviews;
  auto review = [&](const Hit& h) -> const Review& { return reviews ? rs[h.doc] : index.review_of(h.doc); };
  auto year = [&](const Hit& h) { return review(h).death.year * 100 + review(h).death.month; };
  switch (order) {
    case SortOrder::relevance:
      if (has_scores) sort_by_score(hits);
      break;
    case SortOrder::natural: break;  // documents are numbered in natural order
    case SortOrder::year:
      std::stable_sort(hits.begin(), hits.end(), [&](const Hit& a, const Hit& b) { return year(a) > year(b); });
      break;
    case SortOrder::csp:
      std::stable_sort(hits.begin(), hits.end(), [&](const Hit& a, const Hit& b) {
        const Review& ra = review(a);
        const Review& rb = review(b);
        if (ra.csp != rb.csp) return ra.csp < rb.csp;
        return year(a) > year(b);
      });
      break;
  }
}

}  // namespace

ResultSet search(const SearchIndex& index, const Query& query, const FacetSelection& filters,
                 const SearchOptions& options) {
  ResultSet result;
  if (!query.ok()) {
    result.error = query.error;
    result.error_at = query.error_at;
    return result;
  }
  const bool ranked = query.has_positive_text();
  const Kind recs{index.recommendation_text(), index.recommendation_facets(), index.recommendation_text().default_fields,
                  false};
  {
    Matcher m(index, recs, result);
    DocList docs = m.run(query, filters);
    std::vector<float> s;
    if (ranked && options.sort == SortOrder::relevance) s = m.scores(query, docs);
    result.recommendations.resize(docs.size());
    for (std::size_t i = 0; i < docs.size(); ++i) result.recommendations[i] = {docs[i], s.empty() ? 0.f : s[i]};
  }
  if (options.reviews) {
    const Kind revs{index.review_text(), index.review_facets(),
                    (1u << kReviewTitle) | (1u << kReviewCsp) | (1u << kReviewSummary), true};
    Matcher m(index, revs, result);
    DocList docs = m.run(query, filters);
    std::vector<float> s;
    if (ranked && options.sort == SortOrder::relevance) s = m.scores(query, docs);
    // A review is also in the results when one of its recommendations is (and it passes the filters itself);
    // it then ranks by its best recommendation.
    std::vector<float> best(index.review_count(), -1.f);
    for (std::size_t i = 0; i < docs.size(); ++i) best[docs[i]] = s.empty() ? 0.f : s[i];
    for (const Hit& h : result.recommendations) {
      const std::uint32_t r = index.ref(h.doc).review;
      if (best[r] < 0.f) {
        if (!filters.empty() && !passes(index.review_facets(), filters, r)) continue;
        best[r] = h.score;
      } else {
        best[r] = std::max(best[r], h.score);
      }
    }
    for (std::uint32_t r = 0; r < index.review_count(); ++r)
      if (best[r] >= 0.f) result.reviews.push_back({r, best[r]});
    sort_hits(index, result.reviews, options.sort, ranked && options.sort == SortOrder::relevance, true);
    if (options.facets) count_facets(index.review_facets(), result.reviews, result.review_facets);
  }
  sort_hits(index, result.recommendations, options.sort, ranked && options.sort == SortOrder::relevance, false);
  if (options.facets) count_facets(index.recommendation_facets(), result.recommendations, result.recommendation_facets);
  return result;
}

std::vector<Span> highlight(const Query& query, std::string_view text, TextKind kind) {
  thread_local Stemmer stemmer;
  std::vector<Span> spans;
  if (!query.ok() || text.empty()) return spans;
  const std::vector<Token> tokens = tokenize(text);
  std::vector<std::string_view> stems;
  stems.reserve(tokens.size());
  for (const auto& t : tokens) stems.push_back(stemmer.stem(t.text));
  std::vector<bool> marked(tokens.size(), false);
  for (const auto& c : query.clauses) {
    if (c.negated) continue;
    for (const auto& t : c.any_of) {
      const bool applies = t.field == QueryField::all || (t.field == QueryField::addressed && kind == TextKind::addressee);
      if (!applies) continue;
      if (t.kind == QueryTerm::Kind::prefix) {
        for (std::size_t i = 0; i < tokens.size(); ++i)
          if (std::string_view(tokens[i].text).substr(0, t.words[0].size()) == t.words[0]) marked[i] = true;
      } else if (t.kind == QueryTerm::Kind::words && !t.stems.empty()) {
        const std::size_t len = t.stems.size();
        for (std::size_t i = 0; i + len <= tokens.size(); ++i) {
          bool match = true;
          for (std::size_t k = 0; k < len && match; ++k) match = stems[i + k] == t.stems[k];
          if (match)
            for (std::size_t k = 0; k < len; ++k) marked[i + k] = true;
        }
      }
    }
  }
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    if (!marked[i]) continue;
    // Adjacent marked words of a phrase become one span.
    if (!spans.empty() && i > 0 && marked[i - 1] && tokens[i].begin - spans.back().end <= 1)
      spans.back().end = tokens[i].end;
    else
      spans.push_back({tokens[i].begin, tokens[i].end});
  }
  return spans;
}

Snippet make_snippet(std::string_view text, const std::vector<Span>& spans, std::size_t max_bytes) {
  Snippet out;
  if (text.size() <= max_bytes) {
    out.text = std::string(text);
    out.spans = spans;
    return out;
  }
  auto is_boundary = [&](std::size_t i) {
    return i == 0 || i >= text.size() || (static_cast<unsigned char>(text[i]) & 0xC0) != 0x80;
  };
  std::size_t begin = 0;
  if (!spans.empty() && spans.front().end > max_bytes * 2 / 3) begin = spans.front().begin - std::min<std::size_t>(spans.front().begin, max_bytes / 3);
  // Start at a word boundary (after a space), end at one too.
  if (begin > 0) {
    std::size_t s = text.find(' ', begin);
    if (s != std::string_view::npos && s < spans.front().begin) begin = s + 1;
    while (!is_boundary(begin)) ++begin;
  }
  std::size_t end = std::min(text.size(), begin + max_bytes);
  if (end < text.size()) {
    std::size_t s = text.rfind(' ', end);
    if (s != std::string_view::npos && s > begin + max_bytes / 2) end = s;
    while (!is_boundary(end)) --end;
  }
  const std::string ellipsis = "\xE2\x80\xA6";
  if (begin > 0) out.text = ellipsis;
  const std::uint32_t shift = static_cast<std::uint32_t>(out.text.size());
  out.text.append(text.substr(begin, end - begin));
  if (end < text.size()) out.text += ellipsis;
  for (const Span& s : spans) {
    if (s.begin < begin || s.end > end) continue;
    out.spans.push_back({static_cast<std::uint32_t>(s.begin - begin + shift), static_cast<std::uint32_t>(s.end - begin + shift)});
  }
  return out;
}

}  // namespace dhrv
