// source.h: where review data comes from, before it is read: a file on disk (command line, desktop) or bytes the
// browser read from a file the person picked or dropped.
//
// A Source is read once, by the loading job, when its turn comes; its bytes are dropped as soon as the reader is
// done with them, so a folder of 600 reports never sits in memory whole (wasm memory never shrinks).
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "diagnostic.h"

namespace dhrv {

struct Source {
  std::string name;         // shown in diagnostics: the path as given, or the name the browser reported
  std::uint64_t size = 0;   // bytes, for progress; 0 when not known
  // Named by the person (a file on the command line, a file picked or dropped), rather than found inside a folder:
  // a named file that is not review data is an error; a file in a folder that is not is skipped with a note.
  bool named = true;
  // Fills `bytes`, or says why it cannot in `why`. Called once.
  std::function<bool(std::string& bytes, std::string& why)> read;
};

struct SourceLimits {
  static constexpr std::size_t max_files = 10000;               // per folder
  static constexpr std::uint64_t max_file_bytes = 256u << 20;    // 256 MiB
};

// Why a file of `bytes` bytes is not read (over max_file_bytes), or empty when it may be: the one message every
// host gives (the desktop reads the size from the disk, the browser from the file the person chose).
std::string over_size_limit(std::uint64_t bytes);

// Files and folders on disk. Folders are listed recursively in name order; nothing is read yet. A path that cannot
// be used (missing, a folder with too many files) becomes a source that fails to read with the reason, so it is
// reported like any other unreadable file.
std::vector<Source> sources_from_paths(const std::vector<std::string>& paths);
// A source that cannot be read, saying why.
Source failed_source(std::string name, std::string why);

// Bytes already in memory (the browser hands files over this way; tests too).
Source source_from_bytes(std::string name, std::string bytes, bool named = true);

}  // namespace dhrv
