// The report reader against ground truth: every report PDF of a folder with NAME.truth.json beside it (the schema
// of ../shared/reports/README.md) must give its review exactly: metadata, every recommendation (label, text,
// addressee) and every action-plan row. Negative cases ({"expect": ...}) must add no review and say why.
// Folders: ../shared/reports (six layouts) and tests/fixtures/reports (the team's own layouts and negative cases).
#include <doctest/doctest.h>

#include <filesystem>
#include <nlohmann/json.hpp>

#include "helpers.h"
#include "pdf/pdf_reader.h"
#include "pipeline/load.h"
#include "reports/report_reader.h"

using namespace dhrv;
namespace fs = std::filesystem;

namespace {

std::string csp_key(std::string s) {
  std::string out;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '&') out += "and";
    else out += static_cast<char>(std::tolower(static_cast<unsigned char>(s[i])));
  }
  return out;
}

const Diagnostic* find_code(const std::vector<Diagnostic>& ds, std::string_view code) {
  for (const auto& d : ds)
    if (d.code == code) return &d;
  return nullptr;
}

struct FolderScore {
  std::size_t reports = 0, negatives = 0, recommendations = 0, actions = 0;
};

// Checks one folder; returns what it checked so the caller can insist it was not empty.
FolderScore check_folder(const fs::path& dir) {
  FolderScore score;
  std::vector<fs::path> pdfs;
  for (const auto& e : fs::directory_iterator(dir))
    if (e.path().extension() == ".pdf" && fs::exists(fs::path(e.path()).replace_extension(".truth.json")))
      pdfs.push_back(e.path());
  std::sort(pdfs.begin(), pdfs.end());
  for (const fs::path& pdf_path : pdfs) {
    const std::string name = pdf_path.filename().string();
    CAPTURE(name);
    const auto truth = nlohmann::json::parse(read_file(fs::path(pdf_path).replace_extension(".truth.json").string()));
    const pdf::Document doc = pdf::read_pdf_now(name, read_file(pdf_path.string()));
    const ReportExtraction ex = extract_report(doc, name);
    if (truth.contains("expect")) {
      ++score.negatives;
      CHECK_MESSAGE(!ex.review.has_value(), "a negative case gave a review");
      // The diagnostic code it must give ("pdf.scan", "pdf.password", "report.not_a_review", ...).
      const std::string code = truth.value("diagnostic", "");
      if (!code.empty()) CHECK_MESSAGE(find_code(ex.diagnostics, code), "expected diagnostic " << code);
      continue;
    }
    ++score.reports;
    REQUIRE(ex.review.has_value());
    const Review& r = *ex.review;
    CHECK(report_kind_key(r.kind) == truth["kind"].get<std::string>());
    CHECK(csp_key(r.csp) == csp_key(truth["csp"].get<std::string>()));
    CHECK(r.title == truth["title"].get<std::string>());
    CHECK(r.subject == truth["subject"].get<std::string>());
    CHECK(format_year_month(r.death) == truth["death"].get<std::string>());
    CHECK(format_year_month(r.completed) == truth["completed"].get<std::string>());
    CHECK(r.author == truth["author"].get<std::string>());
    const auto& recs = truth["recommendations"];
    REQUIRE(r.recommendations.size() == recs.size());
    for (std::size_t i = 0; i < recs.size(); ++i) {
      CAPTURE(i);
      CHECK(r.recommendations[i].label == recs[i]["label"].get<std::string>());
      CHECK(r.recommendations[i].text == recs[i]["text"].get<std::string>());
      CHECK(r.recommendations[i].addressed_to == recs[i]["addressed_to"].get<std::string>());
      CHECK(r.recommendations[i].source.page > 0);
      ++score.recommendations;
    }
    const auto actions = truth.value("actions", nlohmann::json::array());
    REQUIRE(r.actions.size() == actions.size());
    for (std::size_t i = 0; i < actions.size(); ++i) {
      CAPTURE(i);
      const Action& a = r.actions[i];
      const auto& t = actions[i];
      CHECK(a.recommendation == t["recommendation"].get<std::string>());
      CHECK(a.action == t["action"].get<std::string>());
      CHECK(a.lead == t["lead"].get<std::string>());
      CHECK(scope_name(a.scope) == t["scope"].get<std::string>());
      CHECK((a.target_date.known() ? format_year_month(a.target_date) : a.target) == t["target"].get<std::string>());
      CHECK(a.outcome == t["completed"].get<std::string>());
      ++score.actions;
    }
  }
  return score;
}

}  // namespace

TEST_CASE("report reader: the shared reports give their truth exactly (../shared/reports)") {
  NEEDS_SHARED();
  const FolderScore s = check_folder(fs::path(DHRV_SHARED_DIR) / "reports");
  CHECK(s.reports >= 6);
  CHECK(s.recommendations >= 65);
}

TEST_CASE("report reader: the team's own layouts and negative cases give their truth exactly (tests/fixtures/reports)") {
  const FolderScore s = check_folder(fs::path(DHRV_FIXTURES) / "reports");
  CHECK(s.reports >= 4);
  CHECK(s.negatives >= 3);
}
