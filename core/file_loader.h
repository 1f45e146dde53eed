// file_loader.h: files and folders from disk as InputFiles (for the CLI and the desktop app; the browser hands
// the core bytes directly). Folders are read recursively and every file is offered to the readers, which judge
// by content, not by extension.
#pragma once

#include <string>
#include <vector>

#include "corpus.h"

namespace dhrv {

struct LoadLimits {
  static constexpr std::size_t max_files = 10000;
};

// Reads the paths; problems (missing path, unreadable file, too many files) go to `diagnostics`.
std::vector<InputFile> load_paths(const std::vector<std::string>& paths, std::vector<Diagnostic>& diagnostics);

}  // namespace dhrv
