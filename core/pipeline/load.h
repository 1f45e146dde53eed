// load.h: the one way data gets loaded, for the command line, the desktop and the browser alike:
//
//   sources ─▶ open_sources (reader table) ─▶ CorpusBuilder (records, kept) ─▶ Corpus ─▶ SearchIndex
//
// load_sources is a job body: it pauses at checkpoints (the browser runs it in slices between frames; the desktop
// on a thread) and gives up when cancelled. It never touches what is on screen: it takes a copy of the records
// held so far and returns new ones with the corpus and index built from them, for the caller to swap in whole.
// A binary index file opened on its own is a whole corpus, already indexed: it replaces what was loaded.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "corpus_builder.h"
#include "jobs/job_control.h"
#include "jobs/task.h"
#include "search/search_index.h"
#include "sources/source.h"

namespace dhrv {

struct LoadResult {
  CorpusBuilder records;                     // every record held: the earlier ones and this load's
  std::shared_ptr<const SearchIndex> index;  // owns the corpus; null when cancelled
  std::vector<FileReport> files;             // this load's files
  std::vector<Diagnostic> problems;          // this load's diagnostics (also in the corpus)
  std::size_t new_reviews = 0, new_recommendations = 0;  // how much the corpus grew
  bool cancelled = false;
  bool replaced = false;  // an index file opened on its own: it replaces what was loaded (a corpus of its own)
  // Something was read that adds to what was loaded (else a viewer keeps what it shows).
  bool added() const;
};

// `current` is the corpus shown now (built from `records`), to say how much the load adds. `words`, when given, is
// what earlier loads' index builds kept (search_index.h): with it, the rebuild reads the earlier texts' word lists
// instead of splitting them again; it is updated for the next load. Loads using one run one after another.
jobs::Task<LoadResult> load_sources(jobs::JobControl& control, CorpusBuilder records, std::vector<Source> sources,
                                    std::shared_ptr<const Corpus> current = nullptr, IndexWords* words = nullptr);

// What a load did, in one sentence for a status bar: "Opened 2 files: 1 review with 22 recommendations added.
// 1 file was already loaded."
std::string describe_load(const LoadResult& r);

// The sample data compiled into every program (a Nottingham summary page, the DHRD tables, a saved library page).
std::vector<Source> sample_sources();

// In-memory files read through the same pipeline and built at once (tests, fuzzing, the corpus generator).
struct InputFile {
  std::string name;
  std::string bytes;
};
Corpus build_corpus(const std::vector<InputFile>& files);
// The sample's corpus, built once on first use (tests and benchmarks; programs load the sample like any input).
const Corpus& sample_corpus();

}  // namespace dhrv
