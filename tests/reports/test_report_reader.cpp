// The report reader against ground truth: every report PDF of a folder with NAME.truth.json beside it (the schema
// of ../shared/reports/README.md) must give its review exactly: metadata, every recommendation (label, text,
// addressee) and every action-plan row. Negative cases ({"expect": ...}) must add no review and say why.
// Folders: ../shared/reports (six layouts) and tests/fixtures/reports (the team's own layouts and negative cases).
#include <doctest/doctest.h>

#include <filesystem>
#include <nlohmann/json.hpp>

#include "helpers.h"
#include "pdf_builder.h"
#include "pdf/pdf_reader.h"
#include "pipeline/load.h"
#include "readers/reader.h"
#include "reports/report_reader.h"
#include "summary_page_export.h"

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

TEST_CASE("report reader: an executive summary and its overview report are one review, the overview leading") {
  const fs::path dir = fs::path(DHRV_FIXTURES) / "reports";
  const Corpus c = build_corpus({{"lo-medway-adult-c-executive-summary.pdf", read_file((dir / "lo-medway-adult-c-executive-summary.pdf").string())},
                                 {"lo-medway-adult-c-overview.pdf", read_file((dir / "lo-medway-adult-c-overview.pdf").string())}});
  REQUIRE(c.reviews.size() == 1);
  const Review& r = c.reviews[0];
  CHECK(r.kind == ReportKind::overview);
  CHECK(r.recommendations.size() == 5);
  CHECK(r.actions.size() == 3);
  CHECK(r.recommendations[2].addressed_to == "Kent Police");  // the overview's agency heading, not "The force"
  CHECK(std::find(r.sources.begin(), r.sources.end(), "lo-medway-adult-c-executive-summary.pdf") != r.sources.end());
  CHECK(std::find(r.sources.begin(), r.sources.end(), "lo-medway-adult-c-overview.pdf") != r.sources.end());
  REQUIRE(!r.link_evidence.empty());
  CHECK(r.link_evidence.back().find("same review") != std::string::npos);
  CHECK(find_code(c.diagnostics, "review.merged"));
}

namespace {

struct TextLine {
  std::string text;
  float size = 11;
  bool bold = false;
  float gap_before = 0;  // extra space above (a new paragraph)
};

// A report of a few pages, each a list of lines set from the top in Helvetica (bold: Helvetica-Bold).
std::string simple_report(const std::vector<std::vector<TextLine>>& pages) {
  testing::PdfBuilder b;
  const int regular = b.add(testing::PdfBuilder::standard_font("Helvetica"));
  const int bold = b.add(testing::PdfBuilder::standard_font("Helvetica-Bold"));
  const std::string resources = "<< /Font << /F1 " + std::to_string(regular) + " 0 R /F2 " + std::to_string(bold) + " 0 R >> >>";
  for (const auto& lines : pages) {
    std::string content;
    float y = 780;
    for (const TextLine& l : lines) {
      y -= l.gap_before + l.size * 1.5f;
      content += "BT /" + std::string(l.bold ? "F2 " : "F1 ") + std::to_string(l.size) + " Tf 72 " + std::to_string(y) +
                 " Td " + testing::PdfBuilder::literal(l.text) + " Tj ET\n";
    }
    b.add_page(content, resources);
  }
  return b.build();
}

}  // namespace

TEST_CASE("report reader: a report links to its DHRD incident by CSP and month of death, as summary pages do") {
  // The sample's DHRD tables have one Lincoln incident in September 2018 (and none other in that month).
  const std::string pdf = simple_report({
      {{"Lincoln Community Safety Partnership", 18, true},
       {"Domestic Homicide Review Overview Report", 22, true, 30},
       {"into the death of Adult Z who died in September 2018", 22, true},
       {"Date completed: May 2020", 12, false, 30}},
      {{"7 Recommendations", 14, true},
       {"1. Lincolnshire Police should review how officers record repeat calls to one address.", 11, false, 8},
       {"2. The Community Safety Partnership should publish a briefing on coercive control.", 11, false, 8}},
  });
  std::vector<InputFile> files = {{"lincoln-adult-z.pdf", pdf}};
  for (const char* t : {"incidents.csv", "victims.csv", "perpetrators.csv"}) files.push_back({t, sample(std::string("dhrd/") + t)});
  const Corpus c = build_corpus(files);
  const Review* report = nullptr;
  for (const Review& r : c.reviews)
    if (std::find(r.sources.begin(), r.sources.end(), "lincoln-adult-z.pdf") != r.sources.end()) report = &r;
  REQUIRE(report);
  CHECK(report->recommendations.size() == 2);
  CHECK(report->subject == "Adult Z");
  REQUIRE(report->incident.has_value());  // the DHRD incident's facts now hang off the report's review
  CHECK(report->csp == "Lincoln");
  CHECK(report->death == YearMonth{2018, 9});
  REQUIRE(!report->link_evidence.empty());
  CHECK(report->link_evidence.back().find("report lincoln-adult-z.pdf") != std::string::npos);
  CHECK(report->recommendations[0].source.page == 2);
}

TEST_CASE("extract: a report written as a summary page reads back as the same review (to check and correct by hand)") {
  std::vector<fs::path> dirs = {fs::path(DHRV_FIXTURES) / "reports"};
  if (have_shared()) dirs.push_back(fs::path(DHRV_SHARED_DIR) / "reports");
  std::size_t checked = 0;
  for (const fs::path& dir : dirs)
    for (const auto& e : fs::directory_iterator(dir)) {
      if (e.path().extension() != ".pdf") continue;
      const std::string name = e.path().filename().string();
      CAPTURE(name);
      const ReportExtraction ex = extract_report(pdf::read_pdf_now(name, read_file(e.path().string())), name);
      if (!ex.review) continue;
      const Review& a = *ex.review;
      const std::string page = export_summary_page(a);
      REQUIRE(sniff_summary_page(page));
      const ReadResult back = read_summary_page(name + ".summary.txt", page);
      // Only notes, and the warning an unnumbered recommendation (a bullet) gets for its empty '#' cell.
      for (const auto& d : back.diagnostics)
        CHECK_MESSAGE((d.severity == Severity::note || d.code == "table.label"), format_diagnostic(d));
      REQUIRE(back.pages.size() == 1);
      const Review& b = back.pages[0];
      CHECK(b.title == a.title);
      CHECK(b.csp == a.csp);
      CHECK(b.death == a.death);
      CHECK(b.completed == a.completed);
      CHECK(b.kind == a.kind);
      CHECK(b.subject == a.subject);
      CHECK(b.author == a.author);
      REQUIRE(b.recommendations.size() == a.recommendations.size());
      for (std::size_t i = 0; i < a.recommendations.size(); ++i) {
        CHECK(b.recommendations[i].label == a.recommendations[i].label);
        CHECK(b.recommendations[i].text == a.recommendations[i].text);
        CHECK(b.recommendations[i].addressed_to == a.recommendations[i].addressed_to);
      }
      REQUIRE(b.actions.size() == a.actions.size());
      for (std::size_t i = 0; i < a.actions.size(); ++i) {
        CHECK(b.actions[i].recommendation == a.actions[i].recommendation);
        CHECK(b.actions[i].action == a.actions[i].action);
        CHECK(b.actions[i].lead == a.actions[i].lead);
        CHECK(b.actions[i].scope == a.actions[i].scope);
        CHECK(b.actions[i].target == a.actions[i].target);
        CHECK(b.actions[i].target_date == a.actions[i].target_date);
        CHECK(b.actions[i].outcome == a.actions[i].outcome);
      }
      ++checked;
    }
  CHECK(checked >= 5);
}
