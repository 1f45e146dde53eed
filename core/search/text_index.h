// text_index.h: an inverted index over the text fields of one kind of document, with word positions.
//
// Terms are Snowball stems of folded words. Each posting is one (document, field) pair with the positions of
// the term in that field, so phrases can be checked and BM25F can weigh fields separately. Surface words (folded,
// not stemmed) are kept sorted beside the terms so that prefix queries (volunt*) match what people typed,
// not stems. Built once, then read-only; arrays are flat so that the binary index file can store them directly.
#pragma once

#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "jobs/job_control.h"
#include "search/text_words_cache.h"
#include "jobs/task.h"

namespace dhrv {

class Stemmer;

inline constexpr std::uint32_t kNoTerm = 0xFFFFFFFFu;

struct TextIndex {
  std::vector<std::string> field_names;
  std::vector<float> field_weights;  // BM25F weight per field
  // The fields unqualified words search (bit f = field f); the others are searched only when a query names them
  // (lead:). The derived per-term document lists below cover exactly these fields.
  std::uint32_t default_fields = 0;
  std::uint32_t doc_count = 0;
  std::vector<std::uint32_t> field_length;  // tokens, [doc * fields + field]
  std::vector<float> average_length;        // per field

  std::vector<std::string> terms;           // stems, sorted; a term id is an index here
  std::vector<std::uint32_t> term_start;    // postings of term t: [term_start[t], term_start[t+1])
  std::vector<std::uint32_t> posting_doc;   // sorted by doc, then field, within a term
  std::vector<std::uint8_t> posting_field;
  std::vector<std::uint32_t> position_start;  // positions of posting p: [position_start[p], position_start[p+1])
  std::vector<std::uint32_t> positions;       // token index within the field
  std::vector<std::uint32_t> position_word;   // for each position, the surface word written there (index in words)

  std::vector<std::string> words;           // folded surface words, sorted
  std::vector<std::uint32_t> word_term;     // the term (stem) of each surface word

  // Derived (not stored in the index file; compute_impacts() rebuilds them): per term, the documents having it
  // in a default field, each with its whole BM25F contribution over those fields (idf included). Most queries are unqualified words,
  // and for those matching and ranking become a walk over these two arrays.
  std::vector<std::uint32_t> doc_start;     // documents of term t: [doc_start[t], doc_start[t+1])
  std::vector<std::uint32_t> doc_ids;
  std::vector<float> doc_impact;
  void compute_impacts();
  jobs::Task<> compute_impacts(jobs::JobControl& control);
  std::span<const std::uint32_t> docs_of(std::uint32_t term) const {
    return {doc_ids.data() + doc_start[term], doc_ids.data() + doc_start[term + 1]};
  }
  std::span<const float> impacts_of(std::uint32_t term) const {
    return {doc_impact.data() + doc_start[term], doc_impact.data() + doc_start[term + 1]};
  }
  std::uint32_t all_fields_mask() const { return (1u << field_names.size()) - 1; }
  std::vector<std::uint32_t> term_word_count;  // derived: how many surface words share each term

  std::size_t field_count() const { return field_names.size(); }
  std::uint32_t term_id(std::string_view stem) const;
  // Term ids of every surface word starting with `prefix` (sorted, unique).
  std::vector<std::uint32_t> prefix_terms(std::string_view prefix) const;
  // Documents with a word starting with `prefix` in a field of `field_mask`. Surface words, not stems: volunt*
  // finds "voluntary", and lawf* finds "lawful" but not "law" (which shares its stem).
  std::vector<std::uint32_t> prefix_documents(std::string_view prefix, std::uint32_t field_mask) const;
  std::uint32_t postings_begin(std::uint32_t term) const { return term_start[term]; }
  std::uint32_t postings_end(std::uint32_t term) const { return term_start[term + 1]; }
  std::uint32_t document_frequency(std::uint32_t term) const;
  std::span<const std::uint32_t> positions_of(std::uint32_t posting) const {
    return {positions.data() + position_start[posting], positions.data() + position_start[posting + 1]};
  }

  // Sorted, unique documents containing the term in one of the fields in `field_mask` (bit f = field f).
  std::vector<std::uint32_t> documents(std::uint32_t term, std::uint32_t field_mask) const;
  // Documents where the terms occur consecutively, in this order, within one field of `field_mask`.
  std::vector<std::uint32_t> phrase_documents(std::span<const std::uint32_t> terms, std::uint32_t field_mask) const;

  // Checks every offset and id so that an index read from a file can never be read out of bounds.
  bool consistent(std::string* why = nullptr) const;
  std::size_t memory_bytes() const;
};

// BM25F parameters shared by the index (impacts) and the search (field-restricted terms).
inline constexpr float kBm25K1 = 1.2f;
inline constexpr float kBm25B = 0.75f;

// Builds a TextIndex from documents given field by field: texts[doc * fields + field]. Words come from a
// TextWordsCache: the builder's own, or one kept between builds so that texts indexed before are not split and
// stemmed again (text_words_cache.h).
class TextIndexBuilder {
 public:
  // default_fields: the fields unqualified words search (0: all of them).
  TextIndexBuilder(std::vector<std::string> field_names, std::vector<float> field_weights, std::uint32_t default_fields = 0,
                   TextWordsCache* words = nullptr);
  void add_document(std::span<const std::string_view> field_texts, Stemmer& stemmer);
  // Room for this many words, so that adding documents never copies everything added so far to grow.
  void reserve(std::size_t documents, std::size_t words);
  // Sorts everything added into the final arrays; pauses at checkpoints (large corpora take a while). The index
  // has the words and terms its documents use, whatever else the cache knows.
  jobs::Task<TextIndex> finish(jobs::JobControl& control);

 private:
  struct Occurrence {
    std::uint32_t term, doc, position, word;  // term and word: ids in the cache
    std::uint8_t field;
  };
  TextIndex index_;
  std::unique_ptr<TextWordsCache> own_words_;  // when no cache is given
  TextWordsCache* words_;
  std::vector<Occurrence> occurrences_;
};

}  // namespace dhrv
