// readers/reader.h: the contract every reader keeps, and the records readers produce.
//
// A reader takes bytes (never a path to open, so the browser can hand over what the person dropped) and returns
// raw records and diagnostics; a problem in one record never loses the others. Readers do not enrich: agencies,
// themes, links between sources and ids are the corpus's business (corpus_builder.h). Which reader reads which
// bytes is decided by content, through the rows of one table (reader_table.h).
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "../jobs/task.h"
#include "../model.h"

namespace dhrv {

class SearchIndex;
namespace jobs {
class JobControl;
}

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
  friend bool operator==(const Vocabulary&, const Vocabulary&) = default;
};

// The rows of one DHRD table file, before joining.
struct DhrdTable {
  enum class Kind { incidents, victims, perpetrators, documents } kind = Kind::incidents;
  std::vector<FactRow> rows;
};

// One row of an action-plan tracker, with the review it names (a "Review" column, or the tracker's file name).
struct TrackedAction {
  std::string review;  // a review id, or the name (without extension) of the file the review was read from
  Action action;
  YearMonth as_of;     // the date the tracker says it was last updated (unknown when it does not say)
  friend bool operator==(const TrackedAction&, const TrackedAction&) = default;
};

// Each format but `unknown` has one row in reader_table.cpp (checked there at compile time).
enum class Format : std::uint8_t { unknown, index, json, library_html, dhrd_csv, summary_page, report_pdf, tracker_csv };
inline constexpr std::size_t kFormatCount = 7;  // formats with a reader
std::string_view format_name(Format f);

// What happened to one input file. Warnings and errors count the diagnostics listed for that file.
struct FileReport {
  std::string name;
  Format format = Format::unknown;
  std::uint64_t bytes = 0;
  std::uint64_t content_hash = 0;          // of the bytes (the same file opened twice is read once)
  std::size_t reviews = 0, recommendations = 0, records = 0;  // records: DHRD rows, library cards
  std::size_t warnings = 0, errors = 0, notes = 0;
  bool skipped = false;     // not read: not review data, unreadable, or already loaded
  std::string skip_reason;
  friend bool operator==(const FileReport&, const FileReport&) = default;
};

struct ReadResult {
  std::vector<Review> pages;              // reviews to link with DHRD incidents and library cards (summary pages)
  std::vector<Review> reviews;            // complete reviews, taken as they are (DHR Viewer JSON and index files)
  std::vector<DhrdTable> dhrd;            // DHRD CSV tables (joined by the corpus)
  std::vector<LibraryCard> cards;         // library pages
  std::vector<Vocabulary> vocabularies;   // library pages
  std::vector<TrackedAction> tracked;     // action-plan trackers (attached to their reviews by the corpus)
  std::vector<Diagnostic> diagnostics;
  std::vector<FileReport> files;          // filled by open_sources; an index file carries its sources' reports
  // An index file's own search index, usable as it is when that file is all that is loaded.
  std::shared_ptr<const SearchIndex> prebuilt;
  // Set when the bytes passed the sniff but are not review data after all (JSON of some other shape): the file is
  // then reported like one no reader recognises (an error when named, a note when found in a folder).
  std::string not_review_data;

  void append(ReadResult&& other);
};

// What a reader gets: the file's name (for diagnostics and source references), its bytes, and the job it runs in
// (long readers pause at checkpoints and give up when it is cancelled).
struct ReadRequest {
  const std::string& name;
  std::string_view bytes;
  jobs::JobControl& control;
};

// Strips a UTF-8 BOM; text readers call it first.
std::string_view strip_bom(std::string_view bytes);
// The first 4 KiB of a text file, BOM stripped and trimmed; empty for binary data (a NUL byte) or blank files.
std::string_view text_head(std::string_view bytes);
// A file's name without its folders and every extension: "dir/wyre-forest-anna-overview.actions.csv" ->
// "wyre-forest-anna-overview" (how a tracker names the report it belongs to).
std::string file_stem(std::string_view name);

// Limits that turn hostile input into a clear error instead of exhaustion.
struct ReadLimits {
  static constexpr std::size_t max_line_bytes = 4u << 20;     // 4 MiB
  static constexpr std::size_t max_cells = 4096;
  static constexpr int max_json_depth = 64;
};

// The readers (readers/*.cpp): sniff says whether bytes look like the format; read reads them.
bool sniff_summary_page(std::string_view bytes);
ReadResult read_summary_page(const std::string& name, std::string_view bytes);
bool sniff_dhrd_csv(std::string_view bytes);
ReadResult read_dhrd_csv(const std::string& name, std::string_view bytes);
bool sniff_library_html(std::string_view bytes);
ReadResult read_library_html(const std::string& name, std::string_view bytes);
bool sniff_canonical_json(std::string_view bytes);
bool sniff_tracker_csv(std::string_view bytes);
ReadResult read_tracker_csv(const std::string& name, std::string_view bytes);
jobs::Task<ReadResult> read_canonical_json(ReadRequest request);

}  // namespace dhrv
