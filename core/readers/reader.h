// readers/reader.h: what every reader returns, and the entry point that picks a reader by content.
//
// Readers take bytes (never a path to open), so the browser build can hand over what the user dropped.
// Each returns its records and diagnostics; a problem in one record never loses the others.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "../model.h"

namespace dhrv {

// A Home Office library result card (one per review on a saved search page).
struct LibraryCard {
  std::string title;       // pseudonym removed: "Lincoln - 2018/a - DHR"
  std::string csp, region;
  YearMonth uploaded, death;
  std::string download_id;  // 24 hex digits
  SourceRef source;
  friend bool operator==(const LibraryCard&, const LibraryCard&) = default;
};

// Filter vocabularies of the library page: name (e.g. "Keywords", "Basic Case Details.Name of Community Safety
// Partnership") to the values offered.
struct Vocabulary {
  std::string name;
  std::vector<std::string> values;
};

// The rows of one DHRD table file, before joining.
struct DhrdTable {
  enum class Kind { incidents, victims, perpetrators, documents } kind = Kind::incidents;
  std::vector<FactRow> rows;
};

struct ReadResult {
  std::vector<Review> reviews;            // summary pages and canonical JSON
  std::vector<DhrdTable> dhrd;            // DHRD CSV tables (joined by the corpus)
  std::vector<LibraryCard> cards;         // library pages
  std::vector<Vocabulary> vocabularies;   // library pages
  std::vector<Diagnostic> diagnostics;
};

enum class Format { unknown, summary_page, dhrd_csv, library_html, json };
std::string_view format_name(Format f);

// Which format these bytes are, judged by content (not the file name).
Format sniff_format(std::string_view bytes);

// Strips a UTF-8 BOM; readers call it first.
std::string_view strip_bom(std::string_view bytes);

// Reads one file of any known format. `name` is used in diagnostics and source references.
ReadResult read_file_bytes(const std::string& name, std::string_view bytes);

// One reader per format (readers/*.cpp).
ReadResult read_summary_page(const std::string& name, std::string_view bytes);
ReadResult read_dhrd_csv(const std::string& name, std::string_view bytes);
ReadResult read_library_html(const std::string& name, std::string_view bytes);
ReadResult read_canonical_json(const std::string& name, std::string_view bytes);

// Limits that turn hostile input into a clear error instead of exhaustion.
struct ReadLimits {
  static constexpr std::size_t max_file_bytes = 256u << 20;   // 256 MiB
  static constexpr std::size_t max_line_bytes = 4u << 20;     // 4 MiB
  static constexpr std::size_t max_cells = 4096;
  static constexpr int max_json_depth = 64;
};

}  // namespace dhrv
