// readers/summary_page.cpp: the review summary page (see assets/sample/nottingham-2022-summary-page.txt).
//
// Layout: a few preamble lines, the title, "Key: value" metadata (CSP, Published, Year of death, Extracted),
// a "Summary" heading and paragraph, and a markdown table "| # | Recommendation | Addressed to |" ending in a
// footer row. The file is line-oriented rather than real markdown (metadata lines, no blank-line paragraphs), and
// diagnostics must name the exact line of a bad table row, which a markdown library's normalised table does not
// keep, so this reader walks the lines itself and splits table rows with GFM's escaping rules.
#include <charconv>

#include "../action_columns.h"
#include "../natural_order.h"
#include "../text.h"
#include "reader.h"

namespace dhrv {

namespace {

struct Line {
  std::string_view text;
  int number;
};

std::vector<Line> split_lines(std::string_view s) {
  std::vector<Line> out;
  int n = 0;
  while (!s.empty()) {
    auto nl = s.find('\n');
    std::string_view line = s.substr(0, nl);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    out.push_back({line, ++n});
    if (nl == std::string_view::npos) break;
    s.remove_prefix(nl + 1);
  }
  return out;
}

// GFM table row: cells between unescaped pipes; "\|" is a literal pipe. Leading/trailing pipes are optional.
std::vector<std::string> split_row(std::string_view row) {
  row = trim(row);
  if (!row.empty() && row.front() == '|') row.remove_prefix(1);
  if (!row.empty() && row.back() == '|' && !(row.size() >= 2 && row[row.size() - 2] == '\\')) row.remove_suffix(1);
  std::vector<std::string> cells(1);
  for (std::size_t i = 0; i < row.size(); ++i) {
    if (row[i] == '\\' && i + 1 < row.size() && row[i + 1] == '|') {
      cells.back() += '|';
      ++i;
    } else if (row[i] == '|') {
      cells.emplace_back();
    } else {
      cells.back() += row[i];
    }
  }
  for (auto& c : cells) c = std::string(trim(c));
  return cells;
}

bool is_separator_row(std::string_view row) {
  row = trim(row);
  if (row.empty() || row.find('-') == std::string_view::npos) return false;
  for (char c : row)
    if (c != '|' && c != '-' && c != ':' && c != ' ' && c != '\t') return false;
  return true;
}

bool is_table_row(std::string_view line) { return !trim(line).empty() && trim(line).front() == '|'; }

// "Key: value" with a known key; returns false for other lines.
bool metadata(std::string_view line, std::string_view key, std::string_view& value) {
  line = trim(line);
  if (line.size() <= key.size() || line[key.size()] != ':') return false;
  if (!iequals_folded(line.substr(0, key.size()), key)) return false;
  value = trim(line.substr(key.size() + 1));
  return true;
}

// A footer row is prose in the first cell with every other cell empty
// ("| Recommendations extracted from the published report. ... | ||").
bool is_footer(const std::vector<std::string>& cells) {
  if (cells.empty() || cells[0].size() < 24 || cells[0].find(' ') == std::string::npos) return false;
  for (std::size_t i = 1; i < cells.size(); ++i)
    if (!cells[i].empty()) return false;
  return true;
}

}  // namespace

// A "CSP:" metadata line or a recommendations table.
bool sniff_summary_page(std::string_view bytes) {
  if (text_head(bytes).empty()) return false;
  const std::string_view s = strip_bom(bytes);
  return s.rfind("CSP:", 0) == 0 || s.find("\nCSP:") != std::string_view::npos ||
         s.find("| Recommendation |") != std::string_view::npos;
}

ReadResult read_summary_page(const std::string& name, std::string_view bytes) {
  ReadResult result;
  Diagnostics diag(name);
  const std::string text = sanitize_utf8(strip_bom(bytes));
  if (text.size() != strip_bom(bytes).size() || !is_valid_utf8(strip_bom(bytes)))
    diag.warning(0, "utf8", "file is not valid UTF-8; invalid bytes were replaced with U+FFFD");
  const auto lines = split_lines(text);

  Review review;
  review.source = {name, 1};
  int expected_count = -1, count_line = 0;
  int csp_line = 0;
  enum class State { header, summary, table_head, table, after_table, plan_head, plan } state = State::header;
  std::vector<ActionColumn> plan_columns;
  std::string summary;

  for (std::size_t li = 0; li < lines.size(); ++li) {
    const auto& [raw, number] = lines[li];
    std::string_view line = trim(raw);
    if (line.size() > ReadLimits::max_line_bytes) {
      diag.error(number, "line.length", "line is " + std::to_string(line.size()) + " bytes, over the limit of " +
                                            std::to_string(ReadLimits::max_line_bytes) + "; line skipped");
      continue;
    }
    std::string_view value;

    if (state == State::header || state == State::summary) {
      if (metadata(line, "CSP", value)) {
        if (csp_line) {
          diag.warning(number, "meta.duplicate", "second 'CSP:' line (first on line " + std::to_string(csp_line) +
                                                     "); only one review per summary page is read, this line is ignored");
          continue;
        }
        csp_line = number;
        review.csp = collapse_spaces(value);
        if (review.csp.empty()) diag.error(number, "meta.csp", "'CSP:' has no value");
        // The title is the nearest non-empty line above the CSP line.
        for (std::size_t k = li; k-- > 0;) {
          std::string_view t = trim(lines[k].text);
          if (t.empty()) continue;
          review.title = collapse_spaces(t);
          review.source.line = lines[k].number;
          break;
        }
        continue;
      }
      if (metadata(line, "Region", value)) { review.region = collapse_spaces(value); continue; }
      if (metadata(line, "Published", value)) {
        if (auto ym = parse_year_month(value)) review.published = *ym;
        else diag.error(number, "meta.date", "'Published:' expected a date like 'December 2022', found '" + std::string(value) + "'");
        continue;
      }
      if (metadata(line, "Year of death", value) || metadata(line, "Date of death", value)) {
        if (auto ym = parse_year_month(value)) review.death = *ym;
        else diag.error(number, "meta.date", "'Year of death:' expected a year like 2018, found '" + std::string(value) + "'");
        continue;
      }
      if (metadata(line, "Extracted", value)) {
        // "22 recs", "1 rec"
        int n = -1;
        auto r = std::from_chars(value.data(), value.data() + value.size(), n);
        std::string_view unit = r.ec == std::errc{} ? trim(std::string_view(r.ptr, value.data() + value.size() - r.ptr)) : "";
        if (r.ec != std::errc{} || n < 0 || (unit != "recs" && unit != "rec" && unit != "recommendations" && unit != "recommendation"))
          diag.warning(number, "meta.count", "'Extracted:' expected a count like '22 recs', found '" + std::string(value) + "'");
        else {
          expected_count = n;
          count_line = number;
        }
        continue;
      }
      if (metadata(line, "Completed", value)) {
        if (auto ym = parse_year_month(value)) review.completed = *ym;
        else diag.error(number, "meta.date", "'Completed:' expected a date like 'January 2023', found '" + std::string(value) + "'");
        continue;
      }
      if (metadata(line, "Document", value)) {
        const std::string f = fold(value);
        if (f == fold(report_kind_name(ReportKind::overview))) review.kind = ReportKind::overview;
        else if (f == fold(report_kind_name(ReportKind::executive_summary))) review.kind = ReportKind::executive_summary;
        else diag.warning(number, "meta.document", "'Document:' expected 'Overview report' or 'Executive summary', found '" +
                                                       std::string(value) + "'; ignored");
        continue;
      }
      if (metadata(line, "Subject", value)) { review.subject = collapse_spaces(value); continue; }
      if (metadata(line, "Author", value)) { review.author = collapse_spaces(value); continue; }
      if (metadata(line, "Report", value) || metadata(line, "Full report", value)) {
        review.links.push_back({"Full report", std::string(value)});
        continue;
      }
      if (line == "Summary") { state = State::summary; continue; }
      if (line == "Extracted recommendations" || line == "Recommendations") { state = State::table_head; continue; }
      if (is_table_row(line)) { state = State::table_head; }  // a table without its heading line
      else {
        if (state == State::summary && !line.empty()) {
          if (!summary.empty()) summary += '\n';
          summary += line;
        }
        continue;
      }
    }

    if (state == State::table_head) {
      if (line.empty()) continue;
      if (!is_table_row(line)) { diag.warning(number, "table.missing", "expected the recommendations table header '| # | Recommendation | Addressed to |'"); continue; }
      auto cells = split_row(line);
      if (is_separator_row(line)) { state = State::table; continue; }
      if (cells.size() >= 2 && fold(cells[1]).find("recommendation") != std::string::npos) continue;  // header row
      state = State::table;  // no header: fall through and read as a data row
    }

    if (state == State::table) {
      if (line.empty()) continue;
      if (!is_table_row(line)) { state = State::after_table; }
      else if (is_separator_row(line)) { continue; }
      else {
        auto cells = split_row(line);
        if (is_footer(cells)) { state = State::after_table; continue; }
        Recommendation rec;
        rec.source = {name, number};
        if (cells.size() == 3) {
          rec.label = cells[0];
          rec.text = cells[1];
          rec.addressed_to = cells[2];
        } else if (cells.size() > 3) {
          // Most likely an unescaped pipe inside the text: keep everything, the last cell is the addressee.
          rec.label = cells[0];
          for (std::size_t k = 1; k + 1 < cells.size(); ++k) rec.text += (k > 1 ? " | " : "") + cells[k];
          rec.addressed_to = cells.back();
          diag.error(number, "table.cells", "expected 3 cells (# | Recommendation | Addressed to), found " +
                                                std::to_string(cells.size()) + "; cells 2 to " + std::to_string(cells.size() - 1) +
                                                " kept as the recommendation text (escape a literal pipe as \\|)");
        } else {
          rec.label = cells.size() == 2 ? cells[0] : "";
          rec.text = cells.size() == 2 ? cells[1] : cells[0];
          diag.error(number, "table.cells", "expected 3 cells (# | Recommendation | Addressed to), found " +
                                                std::to_string(cells.size()) + "; row kept with " +
                                                (cells.size() == 2 ? "no addressee" : "only its text"));
        }
        if (rec.text.empty()) diag.warning(number, "table.empty", "recommendation " + (rec.label.empty() ? std::string("row") : "'" + rec.label + "'") + " has no text");
        if (rec.label.empty()) diag.warning(number, "table.label", "recommendation has no label in the '#' column");
        review.recommendations.push_back(std::move(rec));
        continue;
      }
    }
    // "Action plan" after the recommendations: a table with the Home Office template's columns (any order).
    if ((state == State::after_table || state == State::table) && fold(line) == "action plan") {
      state = State::plan_head;
      continue;
    }
    if (state == State::plan_head) {
      if (line.empty()) continue;
      if (!is_table_row(line)) { state = State::after_table; continue; }
      if (is_separator_row(line)) { state = State::plan; continue; }
      plan_columns = action_columns(split_row(line));
      if (!is_action_plan_header(plan_columns))
        diag.warning(number, "plan.columns", "the action plan's header names too few of its columns (Recommendation, "
                                             "Action to take, Lead agency, Scope, Target date, Date of completion and outcome)");
      continue;
    }
    if (state == State::plan) {
      if (line.empty()) continue;
      if (!is_table_row(line)) { state = State::after_table; continue; }
      std::string scope_text;
      Action a = action_from_cells(split_row(line), plan_columns, &scope_text);
      a.source = {name, number};
      if (!scope_text.empty())
        diag.warning(number, "plan.scope", "scope '" + scope_text + "' is not local, regional or national; left unstated");
      review.actions.push_back(std::move(a));
      continue;
    }
    if (state == State::after_table && !line.empty()) {
      if (is_table_row(line))
        diag.warning(number, "table.after", "table row after the table's footer; not read as a recommendation: " + std::string(line.substr(0, 60)));
    }
  }

  if (!csp_line) {
    if (review.recommendations.empty()) {
      diag.error(0, "format", "not a summary page: no 'CSP:' line and no recommendations table");
      result.diagnostics = diag.take();
      return result;
    }
    diag.error(0, "meta.csp", "no 'CSP:' line; the review is kept with an unknown CSP");
  }
  review.summary = summary;
  if (expected_count >= 0 && static_cast<std::size_t>(expected_count) != review.recommendations.size())
    diag.warning(count_line, "meta.count", "'Extracted:' says " + std::to_string(expected_count) + " recommendations but the table has " +
                                               std::to_string(review.recommendations.size()));
  if (state == State::header || state == State::summary)
    diag.warning(0, "table.missing", "no recommendations table found");

  review.id = slug(review.csp.empty() ? name : review.csp);
  if (review.death.known()) review.id += "-" + format_year_month(review.death);
  review.sources.push_back(name + ":" + std::to_string(review.source.line));
  result.pages.push_back(std::move(review));
  result.diagnostics = diag.take();
  return result;
}

}  // namespace dhrv
