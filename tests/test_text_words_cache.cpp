// The words kept between index builds: an index built with them is the index built from scratch, whatever the
// cache held before, and loads one by one that keep them give the index of one load of everything.
#include <doctest/doctest.h>

#include "corpus_generator.h"
#include "jobs/job.h"
#include "pipeline/load.h"
#include "search/index_file.h"
#include "search/stemmer.h"
#include "search/text_words_cache.h"
#include "summary_page_export.h"

using namespace dhrv;

namespace {

std::shared_ptr<const Corpus> generated(std::size_t recommendations, std::uint64_t seed) {
  bench::GeneratorOptions g;
  g.recommendations = recommendations;
  g.seed = seed;
  return std::make_shared<Corpus>(bench::generate_corpus(g));
}

std::string index_bytes(std::shared_ptr<const Corpus> corpus, IndexWords* words) {
  jobs::JobControl control;
  return IndexFile::save(*jobs::run_now(SearchIndex::build(control, std::move(corpus), words)));
}

}  // namespace

TEST_CASE("an index built with kept words is the index built from scratch") {
  const auto a = generated(400, 1), b = generated(400, 7);
  const std::string fresh = index_bytes(a, nullptr);
  IndexWords words;
  index_bytes(b, &words);  // the cache now knows other texts and words, in another order
  const std::size_t words_known = words.recommendations.word_count();
  CHECK(index_bytes(a, &words) == fresh);
  CHECK(words.recommendations.word_count() >= words_known);  // the dictionary only grows
  CHECK(index_bytes(a, &words) == fresh);                    // every text now from the cache
  // Only the texts of the last build are kept.
  IndexWords only_a;
  index_bytes(a, &only_a);
  CHECK(words.recommendations.text_count() == only_a.recommendations.text_count());
  CHECK(words.reviews.text_count() == only_a.reviews.text_count());
}

TEST_CASE("a text's words are split and stemmed once, and the same text gives the same words") {
  TextWordsCache cache;
  Stemmer stemmer;
  cache.begin_build();
  const auto first = cache.words_of("Discharging patients; discharge planning", stemmer);
  const std::vector<std::uint32_t> words(first.begin(), first.end());
  REQUIRE(words.size() == 4);
  CHECK(cache.word(words[0]) == "discharging");
  CHECK(cache.term_of(words[0]) == cache.term_of(words[2]));  // "discharging" and "discharge" share a stem
  CHECK(cache.term(cache.term_of(words[0])) == "discharg");
  const std::size_t known = cache.word_count();
  const auto again = cache.words_of(std::string("Discharging patients; discharge planning"), stemmer);
  CHECK(std::vector<std::uint32_t>(again.begin(), again.end()) == words);
  CHECK(cache.word_count() == known);
  CHECK(cache.text_count() == 1);
  // Alphabetical order over everything known, kept as words are added.
  cache.words_of("advocacy zebra", stemmer);
  const auto& order = cache.words_in_order();
  REQUIRE(order.size() == cache.word_count());
  for (std::size_t i = 1; i < order.size(); ++i) CHECK(cache.word(order[i - 1]) < cache.word(order[i]));
  // A build that does not ask for a text forgets it.
  cache.begin_build();
  cache.words_of("advocacy zebra", stemmer);
  cache.sweep();
  CHECK(cache.text_count() == 1);
}

TEST_CASE("the text hash sees every byte and the length") {
  CHECK(text_hash64("abcdefghi") != text_hash64("abcdefghj"));  // the tail past eight bytes
  CHECK(text_hash64("abcdefgh") != text_hash64("abcdefgi"));
  CHECK(text_hash64("a") != text_hash64(std::string_view("a\0", 2)));
  CHECK(text_hash64("") != text_hash64(std::string_view("\0", 1)));
  CHECK(text_hash64("Police") == text_hash64(std::string("Police")));
}

TEST_CASE("pages opened one by one, keeping the words, give the index of one load of them all") {
  const auto corpus = generated(300, 3);
  std::vector<std::pair<std::string, std::string>> pages;
  for (const Review& r : corpus->reviews) pages.push_back({r.id + ".txt", export_summary_page(r)});
  REQUIRE(pages.size() > 5);
  jobs::JobControl control;
  std::vector<Source> all;
  for (const auto& [name, bytes] : pages) all.push_back(source_from_bytes(name, bytes));
  const LoadResult at_once = jobs::run_now(load_sources(control, {}, std::move(all)));

  IndexWords words;
  CorpusBuilder records;
  std::shared_ptr<const SearchIndex> last;
  for (const auto& [name, bytes] : pages) {
    std::vector<Source> one;
    one.push_back(source_from_bytes(name, bytes));
    LoadResult r = jobs::run_now(load_sources(control, std::move(records), std::move(one), nullptr, &words));
    REQUIRE(r.index);
    records = std::move(r.records);
    last = r.index;
  }
  CHECK(IndexFile::save(*last) == IndexFile::save(*at_once.index));
}
