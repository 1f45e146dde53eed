// index_file.h: the binary index file: a corpus and its search index, saved so that a large corpus opens
// without re-reading and re-indexing its sources.
//
// Layout (little-endian): "DHRVIDX\0", u32 format version, u32 reserved, u64 payload size, u64 FNV-1a checksum of
// the payload, then the payload: the reviews (a count, then each as CBOR of its canonical JSON), then every index
// array with its length (integer arrays as zigzag varint differences: most values take one byte).
// Loading checks the magic, the version, the size and the checksum, bounds-checks every read and validates every
// offset and id before anything uses them, so a corrupt or foreign file is refused with a message, never read
// out of bounds.
#pragma once

#include <memory>
#include <string>
#include <string_view>

#include "readers/reader.h"
#include "search/search_index.h"

namespace dhrv {

// 2: reviews one by one; 3: the word at each position; 4: the sources' reports, diagnostics and vocabularies, so that
// every command answers the same on an index as on its sources.
inline constexpr std::uint32_t kIndexFormatVersion = 6;  // 5: status, overdue and scope facets; 6: lead agencies

class IndexFile {
 public:
  static std::string save(const SearchIndex& index);
  // On failure returns null and says why in `error`.
  static std::shared_ptr<const SearchIndex> load(std::string_view bytes, const std::string& name, std::string& error);
  static bool looks_like_index(std::string_view bytes);
  // The same bytes with the header's size and checksum made to fit the payload: lets tests feed damaged payloads
  // past the checksum to the structural checks (as the fuzz build does).
  static std::string reseal(std::string_view bytes);
};

// The index file as a reader row (readers/reader_table.h): its reviews, its sources' reports and diagnostics, and
// the index itself, ready to use when nothing else is loaded.
bool sniff_index_file(std::string_view bytes);
jobs::Task<ReadResult> read_index_file(ReadRequest request);

}  // namespace dhrv
