// corpus_builder.h: from what the readers produced to a Corpus.
//
// The builder keeps every record read so far, so opening more files adds their records without reading earlier
// files again, and the corpus is rebuilt from records (opening A then B gives the same corpus as opening both at
// once). Records already held are recognised by their content and kept once, with a note: the same page opened
// twice, or a copy of it with Windows line endings, is one review. Each record is tagged once, as it is taken:
// agencies from the addressee, themes from the text (the rules files). Copying a builder is cheap (reviews are
// shared, never changed in place). Building links the records
// (corpus_linking.h) and gives unique ids and natural order. Only the builder enriches; readers never do.
#pragma once

#include <cstdint>
#include <memory>
#include <unordered_map>
#include <vector>

#include "corpus.h"
#include "jobs/job_control.h"
#include "jobs/task.h"

namespace dhrv {

class CorpusBuilder {
 public:
  // Takes what open_sources read (pausing at checkpoints: fingerprinting 100,000 recommendations takes a while).
  jobs::Task<> add(jobs::JobControl& control, ReadResult read);
  void add(ReadResult read);  // at once
  // A new corpus from every record held (the builder keeps them). Pauses at checkpoints.
  jobs::Task<std::shared_ptr<const Corpus>> build(jobs::JobControl& control) const;

  // Content hashes of the files read so far, to the file each was read from.
  const std::unordered_map<std::uint64_t, std::string>& known_files() const { return known_files_; }
  std::size_t file_count() const { return files_.size(); }
  bool empty() const { return files_.empty(); }

 private:
  // Reviews are shared between copies of the builder and never changed in place (a change replaces the pointer):
  // the viewer copies its builder for each load on the UI thread, and copying 100,000 recommendations there
  // would hold a frame.
  std::vector<std::shared_ptr<const Review>> pages_, complete_;
  std::vector<DhrdTable> dhrd_;
  std::vector<LibraryCard> cards_;
  std::vector<Vocabulary> vocabularies_;
  std::vector<TrackedAction> tracked_;
  std::vector<Diagnostic> diagnostics_;
  std::vector<FileReport> files_;
  std::unordered_map<std::uint64_t, std::string> known_files_;
  // Fingerprint of each record's content -> where it was first read (pages and complete reviews by index; rows
  // and cards by source).
  std::unordered_map<std::uint64_t, std::size_t> page_prints_, complete_prints_;
  std::unordered_map<std::uint64_t, std::string> row_prints_, card_prints_;
};

// The fingerprint of a review's content: everything it says, not where it was read from.
std::uint64_t review_fingerprint(const Review& r);

}  // namespace dhrv
