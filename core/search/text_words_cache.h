// text_words_cache.h: every text indexed so far, split into words and stemmed once.
//
// Opening one more file rebuilds the index from every record (the corpus is rebuilt, and documents are numbered in
// its order), and splitting and stemming the text was most of that cost: a page added to 600 others re-read 8,400
// recommendations. The cache keeps, per distinct text, its words as ids into one dictionary (folded surface word ->
// stem), so a rebuild reads the earlier texts' word lists instead of their characters. A TextIndexBuilder given a
// cache takes words from it; the load pipeline keeps one between loads (load.h).
//
// Texts are known by a 64-bit hash of their bytes and their length (a collision between two different texts of the
// same length is about one in 10^19 per pair; the cost would be one document indexed with another's words).
// Texts not asked for during a build are forgotten when it ends (sweep), so the cache holds what is loaded, not
// everything ever opened. The dictionary only grows (words and stems of forgotten texts stay; the index keeps only
// those its documents use). Not thread-safe: one build at a time (loads run one after another).
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace dhrv {

class Stemmer;

class TextWordsCache {
 public:
  // The words of `text`, in order, as word ids (splitting and stemming it the first time it is seen). Valid until
  // the next call.
  std::span<const std::uint32_t> words_of(std::string_view text, Stemmer& stemmer);

  std::size_t word_count() const { return words_.size(); }
  std::size_t term_count() const { return terms_.size(); }
  const std::string& word(std::uint32_t w) const { return words_[w]; }
  std::uint32_t term_of(std::uint32_t w) const { return word_term_[w]; }
  const std::string& term(std::uint32_t t) const { return terms_[t]; }
  // Word and term ids in alphabetical order of their text (kept sorted as the dictionary grows).
  const std::vector<std::uint32_t>& words_in_order();
  const std::vector<std::uint32_t>& terms_in_order();

  // Room for this many texts and words in all, so that the table never rehashes everything at once while a build
  // runs (rehashing 300,000 texts in one go held a slice for tens of milliseconds).
  void reserve(std::size_t texts, std::size_t words);
  // Starts a build: texts asked for from now on are the ones kept by the next sweep.
  void begin_build() {
    ++build_;
    asked_ = 0;
  }
  // Forgets the texts not asked for since begin_build.
  void sweep();
  std::size_t text_count() const { return texts_.size(); }

 private:
  struct Key {
    std::uint64_t hash;
    std::uint64_t length;
    bool operator==(const Key&) const = default;
  };
  struct KeyHash {
    std::size_t operator()(const Key& k) const { return static_cast<std::size_t>(k.hash ^ (k.hash >> 32)); }
  };
  // A text's words are words_[offset, offset + count) of the arena (one allocation for all texts: a map entry
  // with a vector each cost 70 MB more for 100,000 recommendations in the browser, where memory never shrinks).
  struct Entry {
    std::uint32_t offset = 0, count = 0;
    std::uint64_t build = 0;  // the last build that asked for it
  };
  std::uint32_t word_id(std::string&& folded, Stemmer& stemmer);
  // Adds the ids not yet in `order` (the newest ones) to it, keeping it alphabetical.
  static void extend_order(std::vector<std::uint32_t>& order, const std::vector<std::string>& text);

  std::unordered_map<Key, Entry, KeyHash> texts_;
  std::vector<std::uint32_t> arena_;
  std::size_t arena_live_ = 0;  // words of texts still held (the rest belong to forgotten texts)
  std::uint64_t build_ = 0;
  std::size_t asked_ = 0;  // distinct texts asked for since begin_build
  std::vector<std::string> words_, terms_;
  std::vector<std::uint32_t> word_term_;
  std::unordered_map<std::string, std::uint32_t> word_ids_, term_ids_;
  std::vector<std::uint32_t> words_order_, terms_order_;
};

// A 64-bit hash of bytes, eight at a time (the cache hashes every text of the corpus on each build).
std::uint64_t text_hash64(std::string_view bytes);

}  // namespace dhrv
