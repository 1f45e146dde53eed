// search_index.h: everything needed to answer queries over one Corpus, built once and then read-only.
//
// Two kinds of documents are indexed apart: recommendations (text and addressee) and reviews (title, CSP and
// summary), so that a word in a summary does not pull in every recommendation of that review. Each kind has its
// own facet columns. The index shares ownership of the corpus it was built from; a new load builds a new pair and
// swaps both in at once.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "corpus.h"
#include "jobs/job_control.h"
#include "jobs/task.h"
#include "search/facets.h"
#include "search/text_index.h"

namespace dhrv {

// Field numbers within each TextIndex.
// kRecLead: the lead agencies of the recommendation's actions, as written and normalised (searched by lead: only).
enum RecommendationField : std::uint8_t { kRecText = 0, kRecAddressee = 1, kRecLead = 2 };
enum ReviewField : std::uint8_t { kReviewTitle = 0, kReviewCsp = 1, kReviewSummary = 2 };

struct RecommendationRef {
  std::uint32_t review = 0;  // index in corpus.reviews
  std::uint32_t index = 0;   // index in that review's recommendations
};

// Abuse types counted by the "abuse" facet: DHRD incident flags and the names shown for them.
struct AbuseType {
  const char* flag;
  const char* name;
};
const std::vector<AbuseType>& abuse_types();

// What one build of an index leaves for the next: the words of every text it indexed, so that a rebuild after a
// load does not split and stem the earlier texts again (text_words_cache.h). One build uses it at a time.
struct IndexWords {
  TextWordsCache recommendations, reviews;
};

class SearchIndex {
 public:
  // Builds the index of a corpus; pauses at checkpoints. Null when cancelled. `words`, when given, is used and
  // updated (else the build splits every text itself).
  static jobs::Task<std::shared_ptr<const SearchIndex>> build(jobs::JobControl& control, std::shared_ptr<const Corpus> corpus,
                                                              IndexWords* words = nullptr);
  // The same, at once.
  static std::shared_ptr<const SearchIndex> build(std::shared_ptr<const Corpus> corpus);

  const Corpus& corpus() const { return *corpus_; }
  std::shared_ptr<const Corpus> corpus_ptr() const { return corpus_; }

  std::uint32_t recommendation_count() const { return static_cast<std::uint32_t>(recs_.size()); }
  std::uint32_t review_count() const { return static_cast<std::uint32_t>(corpus_->reviews.size()); }
  const RecommendationRef& ref(std::uint32_t rec) const { return recs_[rec]; }
  const Recommendation& recommendation(std::uint32_t rec) const {
    return corpus_->reviews[recs_[rec].review].recommendations[recs_[rec].index];
  }
  const Review& review_of(std::uint32_t rec) const { return corpus_->reviews[recs_[rec].review]; }
  // First recommendation document of a review ([first, first + count) are its recommendations, in order).
  std::uint32_t first_recommendation(std::uint32_t review) const { return review_first_rec_[review]; }
  // The recommendation document for "review id" + "recommendation id", or kNoTerm.
  std::uint32_t find_recommendation(std::string_view review_id, std::string_view rec_id) const;

  const TextIndex& recommendation_text() const { return rec_text_; }
  const TextIndex& review_text() const { return review_text_; }
  const FacetColumns& recommendation_facets() const { return rec_facets_; }
  const FacetColumns& review_facets() const { return review_facets_; }
  // Facet values are the same for both kinds of document (one dictionary per facet).
  const std::vector<std::string>& facet_values(Facet f) const { return rec_facets_[static_cast<std::size_t>(f)].values; }

  std::size_t memory_bytes() const;

 private:
  friend class IndexFile;
  SearchIndex() = default;
  void build_maps();

  std::shared_ptr<const Corpus> corpus_;
  std::vector<RecommendationRef> recs_;
  std::vector<std::uint32_t> review_first_rec_;
  TextIndex rec_text_, review_text_;
  FacetColumns rec_facets_, review_facets_;
};

}  // namespace dhrv
