#include "csv_table.h"

#include <csv.h>

#include "readers/reader.h"

namespace dhrv {

namespace {

struct Collector {
  std::vector<CsvRow>* rows;
  Diagnostics* diag;
  CsvRow current;
  int line = 1;           // line being fed
  int row_start = 1;      // line where the current row began
  bool row_open = false;
  bool too_many = false;
};

void on_field(void* data, std::size_t len, void* user) {
  auto* c = static_cast<Collector*>(user);
  if (!c->row_open) {
    c->row_open = true;
    c->current.line = c->row_start;
  }
  if (c->current.cells.size() >= ReadLimits::max_cells) {
    c->too_many = true;
    return;
  }
  c->current.cells.emplace_back(static_cast<const char*>(data), len);
}

void on_row(int, void* user) {
  auto* c = static_cast<Collector*>(user);
  if (c->too_many)
    c->diag->error(c->current.line, "csv.cells", "row has more than " + std::to_string(ReadLimits::max_cells) +
                                                     " cells; extra cells were dropped");
  if (!c->row_open) c->current.line = c->row_start;
  c->rows->push_back(std::move(c->current));
  c->current = {};
  c->row_open = false;
  c->too_many = false;
  c->row_start = c->line + 1;  // the next row starts after the line that ended this one
}

int no_space(unsigned char) { return 0; }  // RFC 4180: spaces are part of the field

}  // namespace

std::vector<CsvRow> parse_csv(std::string_view bytes, Diagnostics& diag) {
  std::vector<CsvRow> rows;
  bytes = strip_bom(bytes);
  csv_parser p{};
  if (csv_init(&p, CSV_STRICT | CSV_STRICT_FINI) != 0) {
    diag.error(0, "csv.init", "out of memory");
    return rows;
  }
  csv_set_space_func(&p, no_space);
  Collector c{&rows, &diag, {}, 1, 1, false, false};

  // Feed line by line so each row knows where it started, and a parse error can resume at the next line.
  std::size_t pos = 0;
  while (pos < bytes.size()) {
    std::size_t nl = bytes.find('\n', pos);
    std::size_t end = nl == std::string_view::npos ? bytes.size() : nl + 1;
    std::string_view line = bytes.substr(pos, end - pos);
    if (line.size() > ReadLimits::max_line_bytes) {
      diag.error(c.line, "csv.line", "line is " + std::to_string(line.size()) + " bytes, over the limit of " +
                                         std::to_string(ReadLimits::max_line_bytes) + "; skipped");
    } else if (csv_parse(&p, line.data(), line.size(), on_field, on_row, &c) != line.size()) {
      diag.error(c.row_start, "csv.quote",
                 std::string("malformed CSV (") + csv_strerror(csv_error(&p)) +
                     "): a quote inside an unquoted field, or text after a closing quote; row skipped");
      // Recover: drop the half-read row and restart the parser at the next line.
      csv_free(&p);
      csv_init(&p, CSV_STRICT | CSV_STRICT_FINI);
      csv_set_space_func(&p, no_space);
      c.current = {};
      c.row_open = false;
      c.row_start = c.line + 1;
    }
    pos = end;
    ++c.line;
  }
  --c.line;  // the last line fed
  if (csv_fini(&p, on_field, on_row, &c) != 0) {
    diag.error(c.row_start, "csv.eof",
               "a quoted field opened on this row is never closed; the rest of the file (to line " +
                   std::to_string(c.line) + ") could not be read as rows and is skipped");
  }
  csv_free(&p);
  return rows;
}

std::string csv_cell(std::string_view value) {
  if (value.find_first_of(",\"\r\n") == std::string_view::npos) return std::string(value);
  std::string out = "\"";
  for (char ch : value) {
    if (ch == '"') out += '"';
    out += ch;
  }
  out += '"';
  return out;
}

}  // namespace dhrv
