// similar.h: recommendations that say the same thing, within and across reviews.
//
// Each recommendation's text becomes a TF-IDF vector over stems (log-scaled term frequency, smoothed inverse
// document frequency, unit length); similarity is the cosine of two vectors. Recurring lessons are groups of
// recommendations from different reviews linked by a similarity at or above a threshold (single linkage), kept
// when they span at least `min_reviews` reviews. The threshold is a parameter so that people can see how grouping
// changes; 0.5 groups paraphrases without merging merely related advice on the data we have.
//
// Why it scales (prefix filtering, as in Bayardo, Ma and Srikant's "All-Pairs"): order terms from rarest to
// commonest. A vector's suffix is its longest run of the commonest terms whose weights, squared and summed, stay
// under t². If two vectors share no term within one's prefix, their cosine is at most |that suffix| < t. So:
// - similar-to-one walks the lists of the query's terms rarest first (rare words: short lists), adding up partial
//   similarities. A recommendation first met at a term shares no rarer one, so its cosine is at most the length of
//   the query from that term on. Before a long list, the candidates met so far are scored exactly; the weakest of
//   the best `limit` becomes the bar, and once the rest of the query is shorter than the bar the walk stops: the
//   commonest words' long lists are rarely walked at all.
// - recurring lessons index only each vector's prefix terms and probe with each vector's prefix terms only: with
//   one order for all vectors, the first term two vectors share lies in both prefixes when their cosine reaches t
//   (else it lies in a suffix, and so do all later shared terms). Partial similarities over prefixes, plus bounds
//   for what the suffixes can add, drop most candidates before any exact check.
// Both are exact: every pair at or above t is found, none is guessed.
#pragma once

#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <vector>

#include "jobs/job_control.h"
#include "jobs/task.h"
#include "jobs/uninitialized.h"
#include "search/search.h"
#include "search/search_index.h"

namespace dhrv {

// For each term, the documents that have it within their prefix for threshold t (see above), with the term's
// weight in each; and for each document, the length of its suffix (what the prefix leaves out).
struct CandidateIndex {
  float threshold = 0.f;
  struct Posting {
    std::uint32_t doc;
    float weight;
  };
  std::vector<std::uint32_t> start;  // postings of term t: [start[t], start[t + 1]), by document
  std::vector<Posting> postings;
  std::vector<float> suffix_max;     // per document: the most its suffix can add to any cosine
  std::vector<float> suffix_norm;    // per document: the length of its suffix
  std::vector<std::uint32_t> suffix_rank;  // per document: rarity rank of its suffix's rarest term (none: terms)
  std::vector<std::uint8_t> in_prefix;     // per entry of the model's vectors: within its document's prefix
};

// Which words count when comparing: content words (function words left out, stopwords.h), or every word (how
// it was done before; kept to measure the difference).
enum class Words : std::uint8_t { content, all };

class SimilarityModel {
 public:
  // Similarities below `min_threshold` are never asked for; candidates are exact at or above it.
  static constexpr float kMinThreshold = 0.2f;

  static jobs::Task<std::unique_ptr<SimilarityModel>> build(jobs::JobControl& control, const SearchIndex& index,
                                                            Words words = Words::content);
  explicit SimilarityModel(const SearchIndex& index, Words words = Words::content);  // at once

  float cosine(std::uint32_t a, std::uint32_t b) const;
  // The most similar recommendations in *other* reviews, best first, at or above `threshold` (raised to
  // kMinThreshold when lower).
  std::vector<Hit> similar(std::uint32_t rec, std::size_t limit = 10, float threshold = 0.25f) const;
  // The strongest stems of a recommendation (to label a group).
  std::vector<std::string> top_terms(std::uint32_t rec, std::size_t n) const;

  struct Entry {
    std::uint32_t term;
    float weight;
  };
  std::span<const Entry> vector_of(std::uint32_t rec) const {
    return {entries_.data() + start_[rec], entries_.data() + start_[rec + 1]};
  }
  std::uint32_t size() const { return static_cast<std::uint32_t>(start_.size() - 1); }
  const SearchIndex& index() const { return index_; }
  // The length of a recommendation's vector over the terms at least as common as rarity rank `rank`: bounds what
  // those terms can add to any cosine.
  float tail_norm(std::uint32_t rec, std::uint32_t rank) const;
  // A recommendation's vector from its rarest term to its commonest: each term with its weight and the squared
  // length of the vector from it to the end (so nothing from that term on can add more than its root).
  struct RankedEntry {
    std::uint32_t term;
    std::uint32_t rank;  // the term's rarity rank
    float weight;
    float tail_sq;
  };
  std::span<const RankedEntry> by_rarity(std::uint32_t rec) const {
    return {ranked_.data() + start_[rec], ranked_.data() + start_[rec + 1]};
  }
  // The candidate lists for threshold t (all-pairs: recurring lessons).
  jobs::Task<CandidateIndex> candidates_for(jobs::JobControl& control, float threshold) const;
  std::size_t memory_bytes() const;

 private:
  SimilarityModel(const SearchIndex& index, Words words, int) : index_(index), words_(words) {}
  jobs::Task<> fill(jobs::JobControl& control);

  const SearchIndex& index_;
  Words words_ = Words::content;
  std::vector<std::uint32_t> start_;  // entries of document d: [start_[d], start_[d + 1]), sorted by term
  jobs::FillLater<Entry> entries_;
  std::vector<std::uint32_t> rarity_;  // rank of each term from rarest (0) to commonest
  jobs::FillLater<RankedEntry> ranked_;  // by_rarity(), document by document
  // Every recommendation with each term, with the term's weight in it and its squared length over commoner
  // terms (for similar-to-one).
  struct Posting {
    std::uint32_t doc;
    float weight;
    float rest_sq;
  };
  std::vector<std::uint32_t> post_start_;
  jobs::FillLater<Posting> postings_;
  std::vector<float> max_weight_;  // per term: its largest weight in any recommendation
};

struct RecurringOptions {
  std::size_t min_reviews = 3;
  float threshold = 0.5f;
};

struct RecurringLesson {
  std::vector<std::uint32_t> recommendations;  // documents, representative first, then by review year
  std::uint32_t representative = 0;            // the member most similar to the others
  std::size_t review_count = 0;
  int first_year = 0, last_year = 0;           // of death, where known
  std::vector<std::string> terms;              // the strongest stems of the representative
};

// Lessons recurring in at least `min_reviews` reviews, largest first. Pauses at checkpoints.
jobs::Task<std::vector<RecurringLesson>> recurring_lessons(jobs::JobControl& control, const SimilarityModel& model,
                                                           RecurringOptions options = {});
// The same, at once.
std::vector<RecurringLesson> recurring_lessons(const SearchIndex& index, const SimilarityModel& model,
                                               const RecurringOptions& options = {});

}  // namespace dhrv
