// corpus_linking.h: joining DHRD tables into reviews and linking the records that describe the same review
// (summary pages and reports, DHRD incidents, library cards) by CSP and death date. Only an unambiguous match is
// linked; the evidence is kept on the review in words, and ambiguous cases are reported, never guessed.
#pragma once

#include <vector>

#include "model.h"
#include "readers/reader.h"

namespace dhrv {

struct LinkInput {
  std::vector<DhrdTable> dhrd;
  std::vector<LibraryCard> cards;
  std::vector<Review> pages;     // linked to incidents and cards
  std::vector<Review> complete;  // taken as they are
};

// All reviews: DHRD incidents (with cards and pages merged in), unlinked cards and pages, then complete reviews.
std::vector<Review> link_records(LinkInput input, std::vector<Diagnostic>& diagnostics);

}  // namespace dhrv
