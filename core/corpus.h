// corpus.h: all reviews loaded, merged and linked; the one owner of the data.
//
// Building a corpus reads every input with the reader its content calls for, joins the DHRD tables, links
// summary pages, DHRD incidents and library cards that describe the same review (same CSP and death date,
// unambiguous; ambiguous cases are reported, never guessed), tags themes, and puts recommendations in natural
// order. A corpus is built whole and swapped in whole: a failed load never changes the one already shown.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "model.h"
#include "readers/reader.h"

namespace dhrv {

struct InputFile {
  std::string name;   // shown in diagnostics
  std::string bytes;
};

// What happened to one input file.
struct FileReport {
  std::string name;
  Format format = Format::unknown;
  std::size_t reviews = 0, recommendations = 0, records = 0;  // records: DHRD rows, library cards
  std::size_t warnings = 0, errors = 0;
  bool skipped = false;     // not review data (unknown format)
  std::string skip_reason;
};

struct Corpus {
  std::vector<Review> reviews;
  std::vector<Vocabulary> vocabularies;  // from library pages
  std::vector<Diagnostic> diagnostics;
  std::vector<FileReport> files;
  std::size_t incidents = 0;  // DHRD incidents read

  std::size_t recommendation_count() const;
  const Review* find(std::string_view review_id) const;
};

Corpus build_corpus(const std::vector<InputFile>& inputs);

// The sample corpus compiled into every program: the Nottingham summary page, the DHRD tables and the saved
// library page (assets/).
std::vector<InputFile> sample_inputs();
const Corpus& sample_corpus();

}  // namespace dhrv
