// readers/reader_table.h: every format DHR Viewer reads, as rows of one table: the format, its name for people,
// how to recognise its bytes, and how to read them. Rows are tried in order and the first that recognises the
// bytes reads them. Adding a format is a reader file, a row here and its tests.
#pragma once

#include <span>
#include <string_view>

#include "reader.h"

namespace dhrv {

struct ReaderRow {
  Format format;
  std::string_view key;                           // "summary_page": in JSON, fuzz target names
  std::string_view name;                          // "summary page", as people call the format
  bool (*sniff)(std::string_view bytes);          // by content, never by file name
  jobs::Task<ReadResult> (*read)(ReadRequest request);
};

std::span<const ReaderRow> reader_table();
// The row with this key, or null.
const ReaderRow* reader_by_key(std::string_view key);
// The row that reads these bytes, or null when no format recognises them.
const ReaderRow* find_reader(std::string_view bytes);
// "a summary page, a DHRD CSV table, …" for messages about files that are none of them.
std::string_view known_formats();

}  // namespace dhrv
