// Every input the fuzzers ever found a problem with (tests/fixtures/fuzz/) goes through every entry point again:
// the readers, the corpus builder, the index file loader and the query parser with a search.
#include <doctest/doctest.h>

#include <filesystem>

#include "helpers.h"
#include "jobs/job.h"
#include "readers/reader_table.h"
#include "pipeline/load.h"
#include "search/index_file.h"
#include "search/search.h"

using namespace dhrv;

TEST_CASE("fuzz findings stay fixed") {
  const auto dir = std::filesystem::path(DHRV_FIXTURES) / "fuzz";
  auto ix = SearchIndex::build(std::make_shared<Corpus>(sample_corpus()));
  std::size_t n = 0;
  for (const auto& entry : std::filesystem::directory_iterator(dir)) {
    const std::string bytes = read_file(entry.path().string());
    CAPTURE(entry.path().filename().string());
    ++n;
    // Every reader in the table, whether or not it would have been chosen for these bytes.
    const std::string name = "f";
    for (const ReaderRow& row : reader_table()) {
      jobs::JobControl control;
      (void)jobs::run_now(row.read({name, bytes, control}));
    }
    const Corpus c = build_corpus({{"f", bytes}});
    CHECK(c.files.size() == 1);
    std::string error;
    CHECK(IndexFile::load(bytes, "f", error) == nullptr);
    CHECK_FALSE(error.empty());
    // Past the checksum too, as the fuzzer saw it: refused by the structural checks, with a message.
    if (IndexFile::looks_like_index(bytes)) {
      error.clear();
      CHECK(IndexFile::load(IndexFile::reseal(bytes), "f", error) == nullptr);
      CHECK(error.find("not a usable index file") != std::string::npos);
    }
    const Query q = parse_query(bytes);
    if (q.ok()) (void)search(*ix, q);
    else CHECK_FALSE(q.error.empty());
  }
  CHECK(n >= 1);
}
