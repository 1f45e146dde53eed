// The CSV layer against csv-spectrum (npm), a public suite of CSV edge cases with the expected records.
#include <doctest/doctest.h>

#include <filesystem>
#include <nlohmann/json.hpp>

#include "csv_table.h"
#include "helpers.h"

using namespace dhrv;

TEST_CASE("csv-spectrum: every case parses to its expected records") {
  namespace fs = std::filesystem;
  const fs::path root = DHRV_CSV_SPECTRUM;
  REQUIRE_MESSAGE(fs::exists(root / "csvs"), "csv-spectrum missing: run tools/bootstrap --npm");
  int cases = 0;
  for (const auto& entry : fs::directory_iterator(root / "csvs")) {
    const std::string name = entry.path().stem().string();
    INFO(name);
    Diagnostics diag(name);
    auto rows = parse_csv(read_file(entry.path().string()), diag);
    CHECK(diag.list().empty());
    auto expected = nlohmann::json::parse(read_file((root / "json" / (name + ".json")).string()));
    REQUIRE(rows.size() == expected.size() + 1);
    for (std::size_t r = 0; r < expected.size(); ++r) {
      const auto& header = rows[0].cells;
      REQUIRE(rows[r + 1].cells.size() == header.size());
      for (std::size_t c = 0; c < header.size(); ++c) {
        std::string want = expected[r][header[c]].get<std::string>();
        CHECK(rows[r + 1].cells[c] == want);
      }
    }
    ++cases;
  }
  CHECK(cases >= 11);
}
