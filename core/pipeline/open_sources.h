// open_sources.h: reading inputs, whatever they are. Every source goes through the reader table
// (readers/reader_table.h): its content says which reader reads it. One file's problems never stop the others,
// and each file gets a report (FileReport) of what was read, skipped and why.
//
// A file whose bytes were read already (in `known`, or earlier in the same call) is not read again: the report
// says which file had the same content. Natively the files are read on every core; in the browser one after
// another, pausing at checkpoints (inside long files too). Bytes are dropped as soon as a file is read.
#pragma once

#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

#include "jobs/job_control.h"
#include "jobs/task.h"
#include "readers/reader.h"
#include "sources/source.h"

namespace dhrv {

using KnownFiles = std::unordered_map<std::uint64_t, std::string>;  // content hash -> file read from

jobs::Task<ReadResult> open_sources(jobs::JobControl& control, std::vector<Source> sources, const KnownFiles* known = nullptr);

// FNV-1a, 64 bits: the content hash of a file's bytes (continued from `h` when hashing in pieces).
inline constexpr std::uint64_t kContentHashSeed = 1469598103934665603ull;
std::uint64_t content_hash(std::string_view bytes, std::uint64_t h = kContentHashSeed);

}  // namespace dhrv
