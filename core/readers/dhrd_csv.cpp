// readers/dhrd_csv.cpp: one table of the DHRD dataset (incidents, victims, perpetrators or documents).
//
// The kind of table is told by its first header cell. Columns are kept by name in file order; a column is read
// as a three-state flag when every value in it is True/False/yes/no/Unknown/empty (DHRD writes True/False where
// its codebook says TRUE/FALSE), so a renamed or added flag column needs no code change. Joining the tables into
// reviews is the corpus's job (corpus.cpp).
#include "../csv_table.h"
#include "../text.h"
#include "reader.h"

namespace dhrv {

namespace {

enum class FlagWord { none, yes, no, unknown };
FlagWord flag_word(std::string_view v) {
  std::string f = fold(trim(v));
  if (f == "true" || f == "yes" || f == "y") return FlagWord::yes;
  if (f == "false" || f == "no" || f == "n") return FlagWord::no;
  if (f.empty() || f == "unknown" || f == "not known" || f == "na" || f == "n/a") return FlagWord::unknown;
  return FlagWord::none;
}

bool kind_of(std::string_view first_header, DhrdTable::Kind& kind) {
  std::string h = fold(trim(first_header));
  if (h == "incident_id") kind = DhrdTable::Kind::incidents;
  else if (h == "victim_id") kind = DhrdTable::Kind::victims;
  else if (h == "perpetrator_id") kind = DhrdTable::Kind::perpetrators;
  else if (h == "document_id") kind = DhrdTable::Kind::documents;
  else return false;
  return true;
}

}  // namespace

// The header of one of DHRD's tables: its first column is the table's id.
bool sniff_dhrd_csv(std::string_view bytes) {
  const std::string_view head = text_head(bytes);
  const std::string_view first_line = head.substr(0, head.find('\n'));
  for (std::string_view key : {"incident_id,", "victim_id,", "perpetrator_id,", "document_id,"})
    if (first_line.rfind(key, 0) == 0) return true;
  return false;
}

ReadResult read_dhrd_csv(const std::string& name, std::string_view bytes) {
  ReadResult result;
  Diagnostics diag(name);
  auto rows = parse_csv(bytes, diag);
  DhrdTable table;
  if (rows.empty() || rows[0].cells.empty() || !kind_of(rows[0].cells[0], table.kind)) {
    diag.error(rows.empty() ? 0 : rows[0].line, "dhrd.header",
               "expected a DHRD header starting with incident_id, victim_id, perpetrator_id or document_id");
    result.diagnostics = diag.take();
    return result;
  }
  std::vector<std::string> header;
  for (const auto& h : rows[0].cells) header.push_back(std::string(trim(h)));
  const std::size_t width = header.size();

  // A column is a flag column when all its values are flag words and at least one says yes or no.
  std::vector<bool> is_flag(width, true), has_answer(width, false);
  for (std::size_t r = 1; r < rows.size(); ++r)
    for (std::size_t c = 0; c < width && c < rows[r].cells.size(); ++c) {
      FlagWord w = flag_word(rows[r].cells[c]);
      if (w == FlagWord::none) is_flag[c] = false;
      if (w == FlagWord::yes || w == FlagWord::no) has_answer[c] = true;
    }
  is_flag[0] = false;

  std::vector<std::string> seen_ids;
  for (std::size_t r = 1; r < rows.size(); ++r) {
    const auto& row = rows[r];
    if (row.cells.size() == 1 && trim(row.cells[0]).empty()) continue;  // blank line
    if (row.cells.size() != width)
      diag.error(row.line, "dhrd.cells", "expected " + std::to_string(width) + " cells as in the header, found " +
                                             std::to_string(row.cells.size()) +
                                             (row.cells.size() < width ? "; missing cells read as unknown" : "; extra cells kept as column_N"));
    FactRow fact;
    fact.source = {name, row.line};
    fact.id = std::string(trim(row.cells[0]));
    if (fact.id.empty()) {
      fact.id = "row-" + std::to_string(row.line);
      diag.error(row.line, "dhrd.id", "row has no " + header[0] + "; kept as '" + fact.id + "'");
    }
    for (std::size_t c = 1; c < std::max(width, row.cells.size()); ++c) {
      std::string col = c < width ? header[c] : "column_" + std::to_string(c + 1);
      std::string value = c < row.cells.size() ? sanitize_utf8(row.cells[c]) : std::string();
      if (c < width && is_flag[c] && has_answer[c]) {
        FlagWord w = flag_word(value);
        fact.flags.push_back({col, w == FlagWord::yes ? Tri::yes : w == FlagWord::no ? Tri::no : Tri::unknown});
        continue;
      }
      if (col.find("date") != std::string::npos && !trim(value).empty() && !parse_year_month(value))
        diag.error(row.line, "dhrd.date", col + ": expected a date like 'September 2018' or '2020', found '" + value +
                                              "'; kept as text, read as unknown");
      fact.fields.push_back({std::move(col), std::move(value)});
    }
    table.rows.push_back(std::move(fact));
  }
  result.dhrd.push_back(std::move(table));
  result.diagnostics = diag.take();
  return result;
}

}  // namespace dhrv
