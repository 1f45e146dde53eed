// corpus.h: all reviews loaded, merged and linked; the one owner of the data while it is shown.
//
// A Corpus is built by CorpusBuilder (corpus_builder.h) from what the readers produced and never changes after:
// loading more files builds a new one and swaps it in whole, so a failed or cancelled load never changes the one
// on screen.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "model.h"
#include "readers/reader.h"

namespace dhrv {

struct Corpus {
  std::vector<Review> reviews;
  std::vector<Vocabulary> vocabularies;  // from library pages
  std::vector<Diagnostic> diagnostics;
  std::vector<FileReport> files;         // one per file read, in the order read
  std::size_t incidents = 0;             // DHRD incidents among the reviews

  std::size_t recommendation_count() const;
  const Review* find(std::string_view review_id) const;
};

// Reviews that carry DHRD incident facts.
std::size_t count_incidents(const std::vector<Review>& reviews);

}  // namespace dhrv
