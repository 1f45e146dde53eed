#include <doctest/doctest.h>

#include "pipeline/load.h"
#include <algorithm>

#include "helpers.h"
#include "jobs/job.h"
#include "pipeline/open_sources.h"

using namespace dhrv;

TEST_CASE("recommendations are in natural order in the corpus") {
  Corpus c = build_corpus({{"seed.txt", seed_page()}});
  REQUIRE(c.reviews.size() == 1);
  const auto& recs = c.reviews[0].recommendations;
  std::vector<std::string> labels;
  for (const auto& r : recs) labels.push_back(r.label);
  CHECK(labels[10] == "10.5");
  CHECK(labels[11] == "11.1");
  CHECK(labels[12] == "11.2");
  CHECK(labels[19] == "11.9");
  CHECK(labels[20] == "11.10");
  CHECK(labels[21] == "12.1");
}

TEST_CASE("linking: cards to incidents by CSP and death month; ambiguous cases reported, not guessed") {
  Corpus c = build_corpus({{"seed.txt", seed_page()},
                           {"incidents.csv", sample("dhrd/incidents.csv")},
                           {"library.html", sample("home-office-library/home_office_library.html")}});
  const Review* lincoln = c.find("lincoln-2018-09-inc-0001");
  REQUIRE(lincoln);
  CHECK(lincoln->title == "Lincoln - 2018/a - DHR");
  CHECK(lincoln->published == YearMonth{2026, 2});
  REQUIRE(lincoln->links.size() == 1);
  CHECK(lincoln->links[0].url == "https://homicide-review.homeoffice.gov.uk/download/699496a0c7f5132b09d6c679");
  REQUIRE(lincoln->link_evidence.size() == 1);
  CHECK(lincoln->link_evidence[0].find("INC-0001") != std::string::npos);
  // The seed (Nottingham, death 2018, no month) could be INC-0229 or INC-0584: reported, not linked.
  const Review* seed = c.find("nottingham-2018");
  REQUIRE(seed);
  CHECK_FALSE(seed->incident);
  bool ambiguous = false;
  for (const auto& d : c.diagnostics)
    ambiguous |= d.code == "link.ambiguous" && d.message.find("INC-0229") != std::string::npos &&
                 d.message.find("INC-0584") != std::string::npos;
  CHECK(ambiguous);
  CHECK(seed->region == "East Midlands");  // taken from DHRD's CSP list, and said so
  CHECK(seed->link_evidence.size() == 1);
}

TEST_CASE("an unambiguous summary page merges with its DHRD incident") {
  std::string page = seed_page();
  page.replace(page.find("CSP: Nottingham"), 15, "CSP: Lincoln");
  page.replace(page.find("Year of death: 2018"), 19, "Date of death: September 2018");
  page.replace(page.find("Published: December 2022"), 24, "Published: February 2026");
  Corpus c = build_corpus({{"page.txt", page},
                           {"incidents.csv", sample("dhrd/incidents.csv")},
                           {"library.html", sample("home-office-library/home_office_library.html")}});
  const Review* r = c.find("lincoln-2018-09");
  REQUIRE(r);
  REQUIRE(r->incident);
  CHECK(r->incident->incident.id == "INC-0001");
  CHECK(r->recommendations.size() == 22);
  CHECK(r->link_evidence.size() == 2);
}

TEST_CASE("the sample corpus compiled into the programs") {
  const Corpus& c = sample_corpus();
  CHECK(c.incidents == 647);
  CHECK(c.recommendation_count() == 22);
  CHECK(c.find("nottingham-2018"));
  for (const auto& f : c.files) CHECK(f.errors == 0);
}

const Diagnostic* find_code(const Corpus& c, std::string_view code) {
  for (const auto& d : c.diagnostics)
    if (d.code == code) return &d;
  return nullptr;
}

TEST_CASE("files that are not review data: named ones are errors, ones found in a folder are skipped with a note") {
  Corpus c = build_corpus({{"readme.md", "# hello\n"}, {"a.txt", seed_page()}, {"empty", ""}});
  REQUIRE(c.files.size() == 3);
  CHECK(c.files[0].skipped);
  CHECK(c.files[0].errors == 1);  // named: an error that says what was expected
  REQUIRE(find_code(c, "file.unknown"));
  CHECK(find_code(c, "file.unknown")->message.find("expected a DHR report PDF, a summary page") != std::string::npos);
  CHECK(c.files[2].skipped);
  CHECK(c.files[2].skip_reason == "empty file");
  CHECK(c.reviews.size() == 1);

  jobs::JobControl control;
  std::vector<Source> in_folder;
  in_folder.push_back(source_from_bytes("folder/readme.md", "# hello\n", /*named=*/false));
  in_folder.push_back(source_from_bytes("folder/a.txt", seed_page(), false));
  CorpusBuilder records;
  records.add(jobs::run_now(open_sources(control, std::move(in_folder))));
  auto folder = jobs::run_now(records.build(control));
  REQUIRE(folder->files.size() == 2);
  CHECK(folder->files[0].skipped);
  CHECK(folder->files[0].errors == 0);
  CHECK(folder->files[0].notes == 1);
  REQUIRE(find_code(*folder, "file.skipped"));
  CHECK(find_code(*folder, "file.skipped")->severity == Severity::note);
}

TEST_CASE("the same review from the same content is kept once: the same file twice, or a CRLF copy") {
  Corpus c = build_corpus({{"a.txt", seed_page()}, {"b.txt", seed_page()}, {"c.txt", to_crlf_with_bom(seed_page())}});
  REQUIRE(c.reviews.size() == 1);
  CHECK(c.recommendation_count() == 22);
  // b.txt has a's bytes: not read again. c.txt is read, and its review recognised as the same.
  REQUIRE(c.files.size() == 3);
  CHECK(c.files[1].skipped);
  CHECK(c.files[1].skip_reason == "same content as a.txt");
  CHECK_FALSE(c.files[2].skipped);
  CHECK(c.files[2].notes == 1);
  REQUIRE(find_code(c, "review.same_content"));
  CHECK(find_code(c, "review.same_content")->file == "c.txt");
  // The review lists every file it was read from.
  const auto& sources = c.reviews[0].sources;
  CHECK(std::any_of(sources.begin(), sources.end(), [](const std::string& s) { return s.rfind("c.txt", 0) == 0; }));
}

TEST_CASE("duplicate review ids with different content are renamed and said so") {
  std::string other = seed_page();
  other.replace(other.find("| 10.5"), 6, "| 10.6");
  Corpus c = build_corpus({{"a.txt", seed_page()}, {"b.txt", other}});
  REQUIRE(c.reviews.size() == 2);
  CHECK(c.reviews[1].id == "nottingham-2018-2");
  CHECK(find_code(c, "review.duplicate_id"));
}

TEST_CASE("opening files one by one gives the same corpus as opening them at once") {
  std::vector<InputFile> inputs = {{"seed.txt", seed_page()},
                                   {"incidents.csv", sample("dhrd/incidents.csv")},
                                   {"library.html", sample("home-office-library/home_office_library.html")}};
  const Corpus at_once = build_corpus(inputs);
  jobs::JobControl control;
  CorpusBuilder records;
  for (auto& f : inputs) {
    std::vector<Source> one;
    one.push_back(source_from_bytes(f.name, f.bytes));
    records.add(jobs::run_now(open_sources(control, std::move(one), &records.known_files())));
  }
  const auto one_by_one = jobs::run_now(records.build(control));
  CHECK(one_by_one->reviews == at_once.reviews);
  CHECK(one_by_one->diagnostics == at_once.diagnostics);
  CHECK(one_by_one->files == at_once.files);
}
