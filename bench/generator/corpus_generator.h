// corpus_generator.h: synthetic corpora for tests and benchmarks, never shipped as sample data.
//
// Everything is drawn from the real vocabulary of the sample corpus: words of the seed's recommendations and
// summary ranked by frequency and drawn with a Zipf law (as word frequencies are), CSP and region pairs from the
// DHRD dataset, addressees from the seed, relationships and abuse flags as DHRD writes them. A share of
// recommendations are near-copies of one of a few dozen "lessons" (a seed recommendation with some words
// swapped), so recurring-lesson detection has something to find. The same seed gives the same corpus on every
// platform (own PRNG and integer arithmetic only; no <random> distributions, which differ between libraries).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "corpus.h"

namespace dhrv::bench {

struct GeneratorOptions {
  std::size_t recommendations = 10000;
  std::uint64_t seed = 1;
  double lesson_share = 0.15;  // share of recommendations that restate a recurring lesson
};

// Reviews with 3-25 recommendations each until the count is reached; a ready Corpus (themes, agencies tagged).
Corpus generate_corpus(const GeneratorOptions& options);

// Queries mixing 1-3 words, phrases, prefixes, exclusions, OR and field filters, drawn from the same vocabulary
// and from the generated corpus itself (so phrases actually occur).
std::vector<std::string> generate_queries(const Corpus& corpus, std::size_t count, std::uint64_t seed);

// A small deterministic PRNG (splitmix64), shared by the generators.
class Rng {
 public:
  explicit Rng(std::uint64_t seed) : state_(seed) {}
  std::uint64_t next();
  std::size_t below(std::size_t n) { return n ? static_cast<std::size_t>(next() % n) : 0; }
  bool chance(double p) { return (next() >> 11) * (1.0 / 9007199254740992.0) < p; }
  // An index in [0, n) drawn from a Zipf law with exponent ~1 (rank 0 most frequent).
  std::size_t zipf(std::size_t n);

 private:
  std::uint64_t state_;
};

}  // namespace dhrv::bench
