#include "similar.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace dhrv {

SimilarityModel::SimilarityModel(const SearchIndex& index) : index_(index) {
  const TextIndex& ix = index.recommendation_text();
  const std::uint32_t n = ix.doc_count;
  vectors_.resize(n);
  term_docs_.resize(ix.terms.size());
  idf_.resize(ix.terms.size());
  // Transpose the inverted index (text field only) into one vector per recommendation.
  for (std::uint32_t t = 0; t < ix.terms.size(); ++t) {
    for (std::uint32_t p = ix.postings_begin(t); p < ix.postings_end(t); ++p)
      if (ix.posting_field[p] == kRecText) term_docs_[t].push_back(ix.posting_doc[p]);
    const float df = static_cast<float>(term_docs_[t].size());
    idf_[t] = std::log((1.f + n) / (1.f + df)) + 1.f;
    for (std::uint32_t p = ix.postings_begin(t); p < ix.postings_end(t); ++p) {
      if (ix.posting_field[p] != kRecText) continue;
      const float tf = static_cast<float>(ix.position_start[p + 1] - ix.position_start[p]);
      vectors_[ix.posting_doc[p]].push_back({t, (1.f + std::log(tf)) * idf_[t]});
    }
  }
  for (auto& v : vectors_) {
    float norm = 0.f;
    for (const auto& e : v) norm += e.weight * e.weight;
    norm = std::sqrt(norm);
    if (norm > 0.f)
      for (auto& e : v) e.weight /= norm;
  }
}

float SimilarityModel::cosine(std::uint32_t a, std::uint32_t b) const {
  const auto& x = vectors_[a];
  const auto& y = vectors_[b];
  float dot = 0.f;
  std::size_t i = 0, j = 0;
  while (i < x.size() && j < y.size()) {
    if (x[i].term < y[j].term) ++i;
    else if (y[j].term < x[i].term) ++j;
    else dot += x[i++].weight * y[j++].weight;
  }
  return dot;
}

std::vector<Hit> SimilarityModel::similar(std::uint32_t rec, std::size_t limit, float threshold) const {
  std::vector<Hit> out;
  if (rec >= vectors_.size()) return out;
  const std::uint32_t own_review = index_.ref(rec).review;
  std::vector<std::uint32_t> candidates;
  for (const auto& e : vectors_[rec])
    candidates.insert(candidates.end(), term_docs_[e.term].begin(), term_docs_[e.term].end());
  std::sort(candidates.begin(), candidates.end());
  candidates.erase(std::unique(candidates.begin(), candidates.end()), candidates.end());
  for (std::uint32_t c : candidates) {
    if (index_.ref(c).review == own_review) continue;
    const float s = cosine(rec, c);
    if (s >= threshold) out.push_back({c, s});
  }
  std::sort(out.begin(), out.end(), [](const Hit& a, const Hit& b) { return a.score != b.score ? a.score > b.score : a.doc < b.doc; });
  if (out.size() > limit) out.resize(limit);
  return out;
}

std::vector<std::string> SimilarityModel::top_terms(std::uint32_t rec, std::size_t n) const {
  std::vector<Entry> v = vectors_[rec];
  std::sort(v.begin(), v.end(), [](const Entry& a, const Entry& b) { return a.weight != b.weight ? a.weight > b.weight : a.term < b.term; });
  std::vector<std::string> out;
  for (std::size_t i = 0; i < v.size() && i < n; ++i) out.push_back(index_.recommendation_text().terms[v[i].term]);
  return out;
}

namespace {
struct DisjointSets {
  std::vector<std::uint32_t> parent;
  explicit DisjointSets(std::size_t n) : parent(n) { std::iota(parent.begin(), parent.end(), 0u); }
  std::uint32_t find(std::uint32_t x) {
    while (parent[x] != x) x = parent[x] = parent[parent[x]];
    return x;
  }
  void unite(std::uint32_t a, std::uint32_t b) {
    a = find(a);
    b = find(b);
    if (a != b) parent[std::max(a, b)] = std::min(a, b);
  }
};
}  // namespace

std::vector<RecurringLesson> recurring_lessons(const SearchIndex& index, const SimilarityModel& model,
                                               const RecurringOptions& options) {
  const std::uint32_t n = index.recommendation_count();
  const std::size_t max_docs = std::max<std::size_t>(64, static_cast<std::size_t>(options.max_candidate_share * n));
  DisjointSets sets(n);
  std::vector<char> seen(n, 0);
  std::vector<std::uint32_t> touched;
  for (std::uint32_t d = 0; d < n; ++d) {
    const std::uint32_t review = index.ref(d).review;
    // Candidates are later documents sharing one of the rarer terms; each is then checked exactly.
    for (const auto& e : model.vector_of(d)) {
      const auto& docs = model.documents_with(e.term);
      if (docs.size() > max_docs) continue;
      for (auto it = std::upper_bound(docs.begin(), docs.end(), d); it != docs.end(); ++it) {
        if (!seen[*it]) touched.push_back(*it);
        seen[*it] = 1;
      }
    }
    for (std::uint32_t c : touched) {
      seen[c] = 0;
      if (index.ref(c).review == review) continue;
      if (model.cosine(d, c) >= options.threshold) sets.unite(d, c);
    }
    touched.clear();
  }
  // Collect groups.
  std::vector<std::vector<std::uint32_t>> groups(n);
  for (std::uint32_t d = 0; d < n; ++d) groups[sets.find(d)].push_back(d);
  std::vector<RecurringLesson> lessons;
  for (auto& g : groups) {
    if (g.size() < options.min_reviews) continue;
    std::vector<std::uint32_t> reviews;
    for (std::uint32_t d : g) reviews.push_back(index.ref(d).review);
    std::sort(reviews.begin(), reviews.end());
    reviews.erase(std::unique(reviews.begin(), reviews.end()), reviews.end());
    if (reviews.size() < options.min_reviews) continue;
    RecurringLesson lesson;
    lesson.review_count = reviews.size();
    // Representative: highest total similarity to the others (groups are small; cap the work on large ones).
    float best = -1.f;
    const std::size_t probe = std::min<std::size_t>(g.size(), 200);
    for (std::size_t i = 0; i < probe; ++i) {
      float total = 0.f;
      for (std::size_t j = 0; j < probe; ++j)
        if (i != j) total += model.cosine(g[i], g[j]);
      if (total > best) {
        best = total;
        lesson.representative = g[i];
      }
    }
    for (std::uint32_t r : reviews) {
      const int y = index.corpus().reviews[r].death.year;
      if (!y) continue;
      if (!lesson.first_year || y < lesson.first_year) lesson.first_year = y;
      if (y > lesson.last_year) lesson.last_year = y;
    }
    std::stable_sort(g.begin(), g.end(), [&](std::uint32_t a, std::uint32_t b) {
      if ((a == lesson.representative) != (b == lesson.representative)) return a == lesson.representative;
      return index.review_of(a).death.year < index.review_of(b).death.year;
    });
    lesson.recommendations = std::move(g);
    lesson.terms = model.top_terms(lesson.representative, 4);
    lessons.push_back(std::move(lesson));
  }
  std::stable_sort(lessons.begin(), lessons.end(), [](const RecurringLesson& a, const RecurringLesson& b) {
    return a.review_count > b.review_count;
  });
  return lessons;
}

}  // namespace dhrv
