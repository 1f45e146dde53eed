#include "summary_page_export.h"

#include <algorithm>

#include "text.h"

namespace dhrv {

namespace {

// A table cell: one line, pipes escaped (GFM), as the reader splits them.
std::string cell(std::string_view s) {
  std::string out;
  for (char c : collapse_spaces(s)) {
    if (c == '|') out += "\\|";
    else if (c == '\n' || c == '\r') out += ' ';
    else out += c;
  }
  return out;
}

std::string written_date(YearMonth ym) {
  if (!ym.known()) return "";
  return ym.month ? std::string(month_name(ym.month)) + " " + std::to_string(ym.year) : std::to_string(ym.year);
}

// "pages 5-6" of the recommendations, from their sources.
std::string pages_of(const Review& r) {
  int lo = 0, hi = 0;
  for (const Recommendation& rec : r.recommendations)
    if (rec.source.page) lo = lo ? std::min(lo, rec.source.page) : rec.source.page, hi = std::max(hi, rec.source.page);
  if (!lo) return "";
  return lo == hi ? "page " + std::to_string(lo) : "pages " + std::to_string(lo) + "\xE2\x80\x93" + std::to_string(hi);
}

}  // namespace

std::string export_summary_page(const Review& r) {
  std::string out;
  auto line = [&](std::string_view s) { out.append(s); out += '\n'; };
  auto meta = [&](std::string_view key, const std::string& value) {
    if (!value.empty()) line(std::string(key) + ": " + value);
  };
  line(r.title.empty() ? "Domestic Homicide Review" : collapse_spaces(r.title));
  meta("CSP", r.csp);
  meta("Region", r.region);
  meta("Published", written_date(r.published));
  meta("Date of death", written_date(r.death));
  meta("Completed", written_date(r.completed));
  meta("Document", std::string(report_kind_name(r.kind)));
  meta("Subject", r.subject);
  meta("Author", r.author);
  line("Extracted: " + std::to_string(r.recommendations.size()) + (r.recommendations.size() == 1 ? " rec" : " recs"));
  for (const Link& l : r.links) meta("Report", l.url);
  if (!r.sources.empty()) {
    std::string from = "Read from " + r.sources.front();
    if (std::string pages = pages_of(r); !pages.empty()) from += " (recommendations on " + pages + ")";
    line(from + ". Check each row against the report and correct this file; DHR Viewer reads it back as it is.");
  }
  if (!r.summary.empty()) {
    line("Summary");
    line(collapse_spaces(r.summary));
  }
  line("Extracted recommendations");
  line("| # | Recommendation | Addressed to |");
  line("|---|---|---|");
  for (const Recommendation& rec : r.recommendations)
    line("| " + cell(rec.label) + " | " + cell(rec.text) + " | " + cell(rec.addressed_to) + " |");
  if (!r.actions.empty()) {
    line("");
    line("Action plan");
    line("| Recommendation | Action to take | Lead agency | Scope | Key milestones | Target date | Date of completion and outcome |");
    line("|---|---|---|---|---|---|---|");
    for (const Action& a : r.actions)
      line("| " + cell(a.recommendation) + " | " + cell(a.action) + " | " + cell(a.lead) + " | " + cell(scope_name(a.scope)) +
           " | " + cell(a.milestones) + " | " + cell(a.target) + " | " + cell(a.outcome) + " |");
  }
  return out;
}

}  // namespace dhrv
