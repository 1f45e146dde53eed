// The team's malformed-input corpus (tests/fixtures/malformed/ plus generated extremes): every case gets a precise
// diagnostic (file, line, what was expected) and no valid record near it is lost.
#include <doctest/doctest.h>

#include "pipeline/load.h"
#include "helpers.h"

using namespace dhrv;

namespace {
Corpus load(const std::string& name) { return build_corpus({{name, fixture("malformed/" + name)}}); }
Corpus load_bytes(const std::string& name, const std::string& bytes) { return build_corpus({{name, bytes}}); }
const Diagnostic* find(const Corpus& c, const std::string& code) {
  for (const auto& d : c.diagnostics)
    if (d.code == code) return &d;
  return nullptr;
}
}  // namespace

TEST_CASE("truncated summary page: the cut row is kept and reported; the rows before it all load") {
  Corpus c = load("truncated-page.txt");
  REQUIRE(c.reviews.size() == 1);
  CHECK(c.reviews[0].recommendations.size() == 16);  // 15 complete rows + the cut one
  const Diagnostic* d = find(c, "table.cells");
  REQUIRE(d);
  CHECK(d->line == 31);
  CHECK(d->file == "truncated-page.txt");
  CHECK(find(c, "meta.count"));  // 22 announced, 16 found
}

TEST_CASE("wrong cell counts name their lines") {
  Corpus c = load("wrong-cells.txt");
  REQUIRE(c.reviews.size() == 1);
  CHECK(c.reviews[0].recommendations.size() == 22);
  std::vector<int> lines;
  for (const auto& d : c.diagnostics)
    if (d.code == "table.cells") lines.push_back(d.line);
  CHECK(lines == std::vector<int>{17, 18});
}

TEST_CASE("bad dates: error with the line and the text found; record kept") {
  Corpus c = load("bad-dates.txt");
  REQUIRE(c.reviews.size() == 1);
  CHECK(c.reviews[0].recommendations.size() == 22);
  std::vector<int> lines;
  for (const auto& d : c.diagnostics)
    if (d.code == "meta.date") {
      lines.push_back(d.line);
      CHECK(d.severity == Severity::error);
    }
  CHECK(lines == std::vector<int>{5, 6});
  CHECK(c.diagnostics[0].message.find("Smarch 2022") != std::string::npos);
}

TEST_CASE("DHRD: a quoted field that never closes; the rows before it load") {
  Corpus c = load("dhrd-truncated.csv");
  CHECK(c.incidents == 6);
  const Diagnostic* d = find(c, "csv.eof");
  REQUIRE(d);
  CHECK(d->line == 8);
}

TEST_CASE("DHRD: a stray quote skips that row only, and says which line") {
  Corpus c = load("dhrd-stray-quote.csv");
  CHECK(c.incidents == 4);
  const Diagnostic* d = find(c, "csv.quote");
  REQUIRE(d);
  CHECK(d->line == 4);
}

TEST_CASE("DHRD: short rows and bad dates are kept and reported") {
  Corpus a = load("dhrd-wrong-cells.csv");
  CHECK(a.incidents == 5);
  REQUIRE(find(a, "dhrd.cells"));
  CHECK(find(a, "dhrd.cells")->line == 4);
  Corpus b = load("dhrd-bad-date.csv");
  CHECK(b.incidents == 5);
  REQUIRE(find(b, "dhrd.date"));
  CHECK(find(b, "dhrd.date")->line == 3);
  CHECK(find(b, "dhrd.date")->message.find("Octember 2020") != std::string::npos);
}

TEST_CASE("empty files, binary garbage and truncated JSON") {
  // Named files that are not review data are errors that say what was expected (tests name their files).
  Corpus e = load("empty.txt");
  CHECK(e.files[0].skipped);
  REQUIRE(find(e, "file.unknown"));
  CHECK(find(e, "file.unknown")->message.find("empty") != std::string::npos);
  Corpus g = load("garbage.bin");
  CHECK(g.files[0].skipped);
  CHECK(g.reviews.empty());
  REQUIRE(find(g, "file.unknown"));
  Corpus j = load("truncated.json");
  REQUIRE(find(j, "json.syntax"));
  CHECK(find(j, "json.syntax")->line == 2);
}

TEST_CASE("huge lines are refused with their size; the rest of the file loads") {
  std::string page = seed_page();
  std::string huge = "| 99.1 | " + std::string(5u << 20, 'x') + " | Police |\n";
  page.insert(page.find("| 10.2a"), huge);
  Corpus c = load_bytes("huge.txt", page);
  REQUIRE(c.reviews.size() == 1);
  CHECK(c.reviews[0].recommendations.size() == 22);
  const Diagnostic* d = find(c, "line.length");
  REQUIRE(d);
  CHECK(d->line == 16);
  // A 1 MB cell is under the limit and kept whole.
  std::string big = seed_page();
  big.insert(big.find("| 10.2a"), "| 99.1 | " + std::string(1u << 20, 'y') + " | Police |\n");
  Corpus b = load_bytes("big.txt", big);
  REQUIRE(b.reviews.size() == 1);
  CHECK(b.reviews[0].recommendations.size() == 23);
}

TEST_CASE("hostile text stays text") {
  std::string page = seed_page();
  page.replace(page.find("Where procedures outline"), 24, "<script>alert(1)</script> \xE2\x80\xAE\xE2\x80\x8B=cmd");
  Corpus c = load_bytes("hostile.txt", page);
  REQUIRE(c.reviews.size() == 1);
  CHECK(c.reviews[0].recommendations[0].text.rfind("<script>alert(1)</script>", 0) == 0);
}
