// The binary index file: a faithful round trip, and refusal with a message for anything damaged.
#include <doctest/doctest.h>

#include "corpus_generator.h"
#include "pipeline/load.h"
#include "search/index_file.h"
#include "search/search.h"

using namespace dhrv;

namespace {

std::vector<std::uint32_t> docs(const ResultSet& r) {
  std::vector<std::uint32_t> out;
  for (const Hit& h : r.recommendations) out.push_back(h.doc);
  return out;
}

}  // namespace

TEST_CASE("save and load give the same corpus and the same answers") {
  auto original = SearchIndex::build(std::make_shared<Corpus>(sample_corpus()));
  const std::string bytes = IndexFile::save(*original);
  CHECK(IndexFile::looks_like_index(bytes));
  std::string error;
  auto loaded = IndexFile::load(bytes, "sample.dhrvidx", error);
  REQUIRE_MESSAGE(loaded, error);
  CHECK(loaded->corpus().reviews == original->corpus().reviews);
  CHECK(loaded->recommendation_count() == original->recommendation_count());
  for (const char* q : {"MARAC", "\"mutual allegations\"", "volunt*", "region:London", "Cardiff", ""}) {
    CAPTURE(q);
    const Query query = parse_query(q);
    const ResultSet a = search(*original, query), b = search(*loaded, query);
    CHECK(docs(a) == docs(b));
    CHECK(a.reviews.size() == b.reviews.size());
    CHECK(a.review_facets == b.review_facets);
  }
  // Saving the loaded index gives the same bytes.
  CHECK(IndexFile::save(*loaded) == bytes);
}

TEST_CASE("a damaged or foreign index file is refused with a message") {
  bench::GeneratorOptions g;
  g.recommendations = 300;
  auto ix = SearchIndex::build(std::make_shared<Corpus>(bench::generate_corpus(g)));
  const std::string good = IndexFile::save(*ix);
  std::string error;

  auto refused = [&](const std::string& bytes, const char* says) {
    error.clear();
    CHECK(IndexFile::load(bytes, "x.idx", error) == nullptr);
    CHECK_MESSAGE(error.find(says) != std::string::npos, error);
  };
  refused("", "signature");
  refused("PK\x03\x04 not an index", "signature");
  refused(good.substr(0, 20), "header is cut short");
  refused(good.substr(0, good.size() - 1), "truncated");
  refused(good + "x", "truncated or padded");
  std::string version = good;
  version[8] = 9;
  refused(version, "format version 9");
  // A resealed copy of a good file still loads (reseal only fixes the header).
  CHECK(IndexFile::load(IndexFile::reseal(good), "x.idx", error) != nullptr);
  // Flip bytes across the body: the checksum catches each.
  for (std::size_t at = 40; at < good.size(); at += good.size() / 50) {
    std::string bad = good;
    bad[at] = static_cast<char>(bad[at] ^ 0x5A);
    refused(bad, "checksum");
  }
}
