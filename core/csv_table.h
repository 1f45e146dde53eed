// csv_table.h: RFC 4180 CSV into rows of cells with the line each row starts on, on top of libcsv.
//
// libcsv does the quoting rules (quoted fields, doubled quotes, commas and newlines inside quotes, CR/LF/CRLF);
// this layer adds what diagnostics need: line numbers, a clear message on a malformed row, and recovery at the
// next line so one bad row never loses the rest of the file.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "diagnostic.h"

namespace dhrv {

struct CsvRow {
  int line = 0;  // line the row starts on (1-based)
  std::vector<std::string> cells;
};

// Parses all rows (the header is rows[0]). A UTF-8 BOM is skipped. Malformed rows are reported to `diag` and
// skipped; parsing resumes at the next line.
std::vector<CsvRow> parse_csv(std::string_view bytes, Diagnostics& diag);

// Writes one cell, quoting when needed (RFC 4180).
std::string csv_cell(std::string_view value);

}  // namespace dhrv
