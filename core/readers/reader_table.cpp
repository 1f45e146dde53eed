#include "reader_table.h"

#include <array>

#include "../reports/report_reader.h"
#include "../search/index_file.h"

namespace dhrv {

namespace {

// Readers that finish in one go become rows through this adapter.
template <ReadResult (*Read)(const std::string&, std::string_view)>
jobs::Task<ReadResult> at_once(ReadRequest request) {
  co_return Read(request.name, request.bytes);
}

// Binary formats first (their signatures are exact); JSON before the summary page (a JSON string may hold "CSP:").
constexpr std::array kReaders{
    ReaderRow{Format::report_pdf, "report_pdf", "DHR report PDF", sniff_report_pdf, read_report_pdf},
    ReaderRow{Format::index, "index_file", "DHR Viewer index file", sniff_index_file, read_index_file},
    ReaderRow{Format::json, "json", "DHR Viewer JSON", sniff_canonical_json, read_canonical_json},
    ReaderRow{Format::library_html, "library_html", "Home Office library page", sniff_library_html,
              at_once<read_library_html>},
    ReaderRow{Format::dhrd_csv, "dhrd_csv", "DHRD CSV table", sniff_dhrd_csv, at_once<read_dhrd_csv>},
    ReaderRow{Format::tracker_csv, "tracker_csv", "action-plan tracker (CSV)", sniff_tracker_csv, at_once<read_tracker_csv>},
    ReaderRow{Format::summary_page, "summary_page", "summary page", sniff_summary_page, at_once<read_summary_page>},
};
// Every format but `unknown` has exactly one row.
constexpr bool one_row_per_format() {
  for (std::size_t f = 1; f <= kFormatCount; ++f) {
    int rows = 0;
    for (const ReaderRow& row : kReaders) rows += static_cast<std::size_t>(row.format) == f;
    if (rows != 1) return false;
  }
  return kReaders.size() == kFormatCount;
}
static_assert(one_row_per_format(), "each format needs exactly one reader row");

}  // namespace

std::span<const ReaderRow> reader_table() { return kReaders; }

const ReaderRow* reader_by_key(std::string_view key) {
  for (const ReaderRow& row : kReaders)
    if (row.key == key) return &row;
  return nullptr;
}

const ReaderRow* find_reader(std::string_view bytes) {
  for (const ReaderRow& row : kReaders)
    if (row.sniff(bytes)) return &row;
  return nullptr;
}

std::string_view format_name(Format f) {
  for (const ReaderRow& row : kReaders)
    if (row.format == f) return row.name;
  return "unknown";
}

std::string_view known_formats() {
  return "a DHR report PDF, a summary page, a DHRD CSV table, an action-plan tracker (CSV), a saved Home Office "
         "library page, DHR Viewer JSON or a DHR Viewer index file";
}

}  // namespace dhrv
