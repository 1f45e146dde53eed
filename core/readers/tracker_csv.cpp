// tracker_csv.cpp: action-plan trackers that CSPs keep as spreadsheets, saved as CSV: the Home Office template's
// columns (Recommendation | Scope | Action to take | Lead agency | Key milestones | Target date | Date of
// completion and outcome), headers matched loosely and in any order (action_columns.h), one row per action.
//
// Which review: a "Review" (or "DHR") column on each row, else the file's name (a tracker saved beside its report
// as "wyre-forest-anna-overview.actions.csv" belongs to the review read from "wyre-forest-anna-overview.pdf", or
// to the review with that id). The date the tracker is up to date as of comes from a line above the header
// ("Last updated: June 2024", "As at 30/06/2024"); without one nothing is counted overdue, and a note says so.
// Rows are attached to their reviews by the corpus (corpus_builder.cpp); the reader only reads.
#include <algorithm>

#include "../action_columns.h"
#include "../csv_table.h"
#include "../plan_dates.h"
#include "../text.h"
#include "reader.h"

namespace dhrv {

namespace {

// The header row: the first of the first rows that names an action plan's columns.
std::size_t find_header(const std::vector<CsvRow>& rows) {
  for (std::size_t i = 0; i < rows.size() && i < 10; ++i)
    if (is_action_plan_header(action_columns(rows[i].cells))) return i;
  return rows.size();
}

bool all_empty(const std::vector<std::string>& cells) {
  return std::all_of(cells.begin(), cells.end(), [](const std::string& c) { return trim(c).empty(); });
}

}  // namespace

bool sniff_tracker_csv(std::string_view bytes) {
  // Text with commas whose first lines hold an action plan's header.
  const std::string_view head = text_head(bytes);
  if (head.empty() || head.find(',') == std::string_view::npos || head.find('\0') != std::string_view::npos) return false;
  Diagnostics ignored("");
  std::string_view first = head;
  std::size_t lines = 0, at = 0;
  while (lines < 10 && at < first.size()) {
    at = first.find('\n', at);
    if (at == std::string_view::npos) break;
    ++at;
    ++lines;
  }
  const std::vector<CsvRow> rows = parse_csv(first.substr(0, at ? at : first.size()), ignored);
  return find_header(rows) < rows.size();
}

ReadResult read_tracker_csv(const std::string& name, std::string_view bytes) {
  ReadResult result;
  Diagnostics diag(name);
  YearMonth as_of;
  const std::vector<CsvRow> rows = parse_csv(bytes, diag);
  const std::size_t header = find_header(rows);
  if (header == rows.size()) {
    diag.error(rows.empty() ? 0 : rows[0].line, "tracker.header",
               "expected an action plan header (Recommendation, Action to take, Lead agency, Target date, Date of "
               "completion and outcome; names matched loosely)");
    result.diagnostics = diag.take();
    return result;
  }
  const std::vector<ActionColumn> columns = action_columns(rows[header].cells);
  const auto has_column = [&](ActionColumn c) { return std::find(columns.begin(), columns.end(), c) != columns.end(); };
  for (ActionColumn c : {ActionColumn::recommendation, ActionColumn::target, ActionColumn::outcome})
    if (!has_column(c))
      diag.warning(rows[header].line, "tracker.missing_column",
                   "no '" + std::string(action_column_name(c)) + "' column: " +
                       (c == ActionColumn::recommendation ? "rows cannot be matched to recommendations"
                                                          : "that part of each action is left empty"));
  for (std::size_t i = 0; i < header; ++i) {  // "Last updated: June 2024" above the header (one cell or two)
    const std::string line = [&] {
      std::string all;
      for (const std::string& cell : rows[i].cells) all += cell + " ";
      return all;
    }();
    const std::string f = fold(line);
    if (f.find("updated") == std::string::npos && f.find("as at") == std::string::npos && f.find("as of") == std::string::npos)
      continue;
    if (auto d = find_date(line)) as_of = d->date;
  }
  if (!as_of.known())
    diag.note(rows[header].line, "tracker.no_date",
              "no 'Last updated' date above the header: nothing in this tracker is counted overdue");
  const auto review_at = std::find(columns.begin(), columns.end(), ActionColumn::review);
  const std::string from_name = file_stem(name);
  std::size_t blank = 0;  // rows naming a recommendation but nothing done or planned yet (a fresh tracker)
  for (std::size_t i = header + 1; i < rows.size(); ++i) {
    const CsvRow& row = rows[i];
    if (all_empty(row.cells)) continue;
    if (row.cells.size() != columns.size())
      diag.warning(row.line, "tracker.cells", "expected " + std::to_string(columns.size()) + " cells, found " +
                                                  std::to_string(row.cells.size()) + "; read what is there");
    for (const std::string& cell : row.cells)
      if (!cell.empty() && (cell[0] == '=' || cell[0] == '@'))
        diag.note(row.line, "tracker.formula", "a cell looks like a spreadsheet formula ('" + cell.substr(0, 40) +
                                                   "'); kept as text, never evaluated (exports defuse it)");
    std::string scope_text;
    TrackedAction t;
    t.as_of = as_of;
    t.action = action_from_cells(row.cells, columns, &scope_text);
    t.action.source = {name, row.line, 0};
    if (!scope_text.empty())
      diag.note(row.line, "tracker.scope", "scope '" + scope_text + "' is not local, regional or national; left unstated");
    const auto col = static_cast<std::size_t>(review_at - columns.begin());
    t.review = review_at != columns.end() && col < row.cells.size() && !trim(row.cells[col]).empty()
                   ? std::string(trim(row.cells[col]))
                   : from_name;
    if (t.action.action.empty() && t.action.target.empty() && t.action.outcome.empty() && t.action.milestones.empty()) {
      ++blank;
      continue;
    }
    if (t.action.recommendation.empty())
      diag.warning(row.line, "tracker.no_recommendation", "this row names no recommendation; kept, but attached to none");
    result.tracked.push_back(std::move(t));
  }
  if (blank)
    diag.note(rows[header].line, "tracker.blank_rows",
              std::to_string(blank) + (blank == 1 ? " row names" : " rows name") +
                  " a recommendation with no action, target or outcome yet; not counted as actions");
  result.diagnostics = diag.take();
  return result;
}

}  // namespace dhrv
