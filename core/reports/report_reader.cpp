#include "reports/report_reader.h"

#include <algorithm>
#include <unordered_set>

#include "agency.h"
#include "jobs/job.h"
#include "pdf/pdf_reader.h"
#include "reports/action_plan.h"
#include "reports/addressee.h"
#include "reports/labels.h"
#include "reports/recommendation_sections.h"
#include "reports/report_cover.h"
#include "reports/report_flow.h"
#include "text.h"

namespace dhrv {

namespace {

using reports::AddresseeFrom;

// Words of a text as a set (folded), for telling which recommendation a plan row repeats.
std::unordered_set<std::string> word_set(std::string_view text) {
  std::unordered_set<std::string> out;
  for (const Token& t : tokenize(text)) out.insert(t.text);
  return out;
}

double overlap(const std::unordered_set<std::string>& a, const std::unordered_set<std::string>& b) {
  if (a.empty() || b.empty()) return 0;
  std::size_t common = 0;
  for (const auto& w : a) common += b.count(w);
  return static_cast<double>(common) / static_cast<double>(std::max(a.size(), b.size()));
}

// The recommendation a plan row is for: by its label, else by its text (most words in common, and most of them).
const Recommendation* plan_target(const reports::PlanRow& row, const std::vector<Recommendation>& recs) {
  if (!row.label.empty())
    for (const Recommendation& r : recs)
      if (r.label == row.label) return &r;
  if (row.text.empty()) return nullptr;
  const auto words = word_set(row.text);
  const Recommendation* best = nullptr;
  double best_score = 0.75;
  for (const Recommendation& r : recs)
    if (double s = overlap(words, word_set(r.text)); s > best_score) best_score = s, best = &r;
  return best;
}

Diagnostic at_page(const std::string& file, Severity sev, std::string code, std::string message, int page) {
  Diagnostic d{file, 0, sev, std::move(code), std::move(message)};
  d.page = page;
  return d;
}

std::string describe(YearMonth ym) {
  return ym.month ? std::string(month_name(ym.month)) + " " + std::to_string(ym.year) : std::to_string(ym.year);
}

}  // namespace

ReportExtraction extract_report(const pdf::Document& doc, const std::string& name) {
  ReportExtraction out;
  out.diagnostics = doc.diagnostics;
  if (!doc.readable || doc.scanned || doc.pages.empty()) return out;  // the PDF layer has said why
  const reports::Flow flow = reports::make_flow(doc);
  if (flow.lines.empty()) return out;  // no text: said by the PDF layer
  const reports::CoverFacts cover = reports::read_cover(flow);
  reports::RecommendationsFound found = reports::find_recommendations(flow);
  const reports::ActionPlan plan = reports::read_action_plans(flow);
  auto say = [&](Severity sev, std::string code, std::string message, int page = 0) {
    out.diagnostics.push_back(at_page(name, sev, std::move(code), std::move(message), page));
  };

  // Recommendations only in the action plan (no list of them in the text): read from its rows.
  if (found.recommendations.empty()) {
    std::unordered_set<std::string> taken;
    for (const reports::PlanRow& row : plan.rows) {
      if (row.text.size() < 20 || !taken.insert(row.label + "\x1F" + row.text).second) continue;
      reports::FoundRecommendation r;
      r.label = row.label;
      r.text = row.text;
      r.page = row.page;
      if (std::string a = reports::addressee_from_sentence(r.text); !a.empty()) r.addressed_to = a, r.addressee_from = AddresseeFrom::sentence;
      found.recommendations.push_back(std::move(r));
    }
    if (!found.recommendations.empty())
      say(Severity::warning, "report.from_action_plan",
          "no list of recommendations found in the text; they were read from the action plan's Recommendation column",
          found.recommendations.front().page);
  }

  if (!cover.mentions_review && found.recommendations.empty()) {
    say(Severity::warning, "report.not_a_review",
        "has text but is not a Domestic Homicide Review report (no \"Domestic Homicide Review\" on its first pages "
        "and no recommendations); nothing was added");
    return out;
  }

  Review r;
  r.title = !cover.title.empty() ? cover.title : !doc.info.title.empty() ? doc.info.title : name;
  r.csp = cover.csp;
  r.kind = cover.kind;
  r.subject = cover.subject;
  r.death = cover.death;
  r.completed = cover.completed;
  r.author = cover.author;
  r.source = {name, 0};
  r.source.page = 1;
  r.sources.push_back(name);
  r.id = slug(r.csp.empty() ? name : r.csp);
  if (r.death.known()) r.id += "-" + format_year_month(r.death);

  if (r.csp.empty())
    say(Severity::warning, "report.csp",
        "no Community Safety Partnership named on the cover; the review is kept with an unknown CSP", 1);
  else if (!cover.csp_listed)
    say(Severity::note, "report.csp_unlisted",
        "CSP '" + r.csp + "' is not in the Home Office library's list of CSPs; kept as printed, so it may not link "
        "to its DHRD incident", 1);
  if (!r.death.known())
    say(Severity::warning, "report.death",
        "no date of death found on the cover or the first pages; the review cannot be linked to its DHRD incident", 1);
  else if (cover.death_page > 1)
    say(Severity::note, "report.death_in_text",
        "date of death (" + describe(r.death) + ") read from the text, not the cover", cover.death_page);

  for (const reports::FoundRecommendation& f : found.recommendations) {
    Recommendation rec;
    rec.label = f.label;
    rec.text = f.text;
    rec.addressed_to = f.addressed_to;
    rec.source = {name, 0};
    rec.source.page = f.page;
    if (f.addressee_from == AddresseeFrom::sentence && AgencyRules::builtin().classify(rec.addressed_to).empty())
      say(Severity::note, "report.addressee",
          "recommendation " + (f.label.empty() ? std::string("(unnumbered)") : f.label) + ": addressee '" +
              rec.addressed_to + "' was read from the sentence and matches no known agency",
          f.page);
    r.recommendations.push_back(std::move(rec));
  }
  for (const reports::Doubt& d : found.doubts) say(d.severity, d.code, d.message, d.page);
  for (const reports::Doubt& d : plan.doubts) say(d.severity, d.code, d.message, d.page);
  if (r.recommendations.empty())
    say(Severity::warning, "report.no_recommendations",
        found.section_page ? "a recommendations section was found but no recommendation could be read in it"
                           : "no recommendations found (no heading names them and none is labelled \"Recommendation N\")",
        found.section_page);
  // Unnumbered recommendations (bullets) are numbered in order, so that each has an id.
  int ordinal = 0;
  for (Recommendation& rec : r.recommendations)
    if (rec.label.empty()) rec.id = "#" + std::to_string(++ordinal);

  for (const reports::PlanRow& row : plan.rows) {
    Action a = row.action;
    a.source = {name, 0};
    a.source.page = row.page;
    if (const Recommendation* target = plan_target(row, r.recommendations)) {
      a.recommendation = target->id.empty() ? target->label : target->id;
    } else {
      a.recommendation = !row.label.empty() ? row.label : row.text.substr(0, 60);
      say(Severity::warning, "plan.unknown_recommendation",
          "action plan row for recommendation '" + a.recommendation + "' matches no recommendation read from the report",
          row.page);
    }
    r.actions.push_back(std::move(a));
  }
  out.review = std::move(r);
  return out;
}

bool sniff_report_pdf(std::string_view bytes) { return pdf::looks_like_pdf(bytes); }

jobs::Task<ReadResult> read_report_pdf(ReadRequest request) {
  ReadResult result;
  const pdf::Document doc = co_await pdf::read_pdf(request.control, request.name, request.bytes);
  ReportExtraction ex = extract_report(doc, request.name);
  result.diagnostics = std::move(ex.diagnostics);
  if (ex.review) result.pages.push_back(std::move(*ex.review));
  co_return result;
}

}  // namespace dhrv
