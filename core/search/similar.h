// similar.h: recommendations that say the same thing, within and across reviews.
//
// Each recommendation's text becomes a TF-IDF vector over stems (log-scaled term frequency, smoothed inverse
// document frequency, unit length); similarity is the cosine of two vectors. Recurring lessons are groups of
// recommendations from different reviews linked by a similarity at or above a threshold (single linkage), kept
// when they span at least `min_reviews` reviews. The threshold is a parameter so that people can see how
// grouping changes; 0.5 groups paraphrases without merging merely related advice on the data we have.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "search/search.h"
#include "search/search_index.h"

namespace dhrv {

class SimilarityModel {
 public:
  explicit SimilarityModel(const SearchIndex& index);

  float cosine(std::uint32_t a, std::uint32_t b) const;
  // The most similar recommendations in *other* reviews, best first, at or above `threshold`.
  std::vector<Hit> similar(std::uint32_t rec, std::size_t limit = 10, float threshold = 0.25f) const;
  // The strongest stems of a recommendation (to label a group).
  std::vector<std::string> top_terms(std::uint32_t rec, std::size_t n) const;

  struct Entry {
    std::uint32_t term;
    float weight;
  };
  const std::vector<Entry>& vector_of(std::uint32_t rec) const { return vectors_[rec]; }
  // Recommendations whose text has the term, sorted.
  const std::vector<std::uint32_t>& documents_with(std::uint32_t term) const { return term_docs_[term]; }

 private:
  const SearchIndex& index_;
  std::vector<std::vector<Entry>> vectors_;  // sorted by term
  std::vector<std::vector<std::uint32_t>> term_docs_;  // recommendations per term (text field only)
  std::vector<float> idf_;
};

struct RecurringOptions {
  std::size_t min_reviews = 3;
  float threshold = 0.5f;
  // Terms in more than this share of recommendations are too common to suggest candidates (they still count in
  // the cosine). Keeps grouping near-linear on large corpora.
  float max_candidate_share = 0.05f;
};

struct RecurringLesson {
  std::vector<std::uint32_t> recommendations;  // documents, representative first, then by review year
  std::uint32_t representative = 0;            // the member most similar to the others
  std::size_t review_count = 0;
  int first_year = 0, last_year = 0;           // of death, where known
  std::vector<std::string> terms;              // the strongest stems of the representative
};

// Lessons recurring in at least `min_reviews` reviews, largest first.
std::vector<RecurringLesson> recurring_lessons(const SearchIndex& index, const SimilarityModel& model,
                                               const RecurringOptions& options = {});

}  // namespace dhrv
