#include "file_loader.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "readers/reader.h"

namespace dhrv {

namespace fs = std::filesystem;

std::vector<InputFile> load_paths(const std::vector<std::string>& paths, std::vector<Diagnostic>& diagnostics) {
  std::vector<fs::path> files;
  for (const auto& p : paths) {
    std::error_code ec;
    if (fs::is_directory(p, ec)) {
      std::vector<fs::path> found;
      for (auto it = fs::recursive_directory_iterator(p, fs::directory_options::skip_permission_denied, ec);
           !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
        if (it->is_regular_file(ec)) found.push_back(it->path());
        if (found.size() > LoadLimits::max_files) break;
      }
      if (found.size() > LoadLimits::max_files) {
        diagnostics.push_back({p, 0, Severity::error, "load.files",
                               "folder holds more than " + std::to_string(LoadLimits::max_files) + " files; not read"});
        continue;
      }
      std::sort(found.begin(), found.end());
      files.insert(files.end(), found.begin(), found.end());
    } else if (fs::is_regular_file(p, ec)) {
      files.emplace_back(p);
    } else {
      diagnostics.push_back({p, 0, Severity::error, "load.missing", "no such file or folder"});
    }
  }
  std::vector<InputFile> out;
  for (const auto& f : files) {
    std::error_code ec;
    auto size = fs::file_size(f, ec);
    if (!ec && size > ReadLimits::max_file_bytes) {
      diagnostics.push_back({f.string(), 0, Severity::error, "file.size",
                             "file is " + std::to_string(size >> 20) + " MiB, over the limit of " +
                                 std::to_string(ReadLimits::max_file_bytes >> 20) + " MiB; not read"});
      continue;
    }
    std::ifstream in(f, std::ios::binary);
    if (!in) {
      diagnostics.push_back({f.string(), 0, Severity::error, "load.read", "cannot be opened for reading"});
      continue;
    }
    std::ostringstream ss;
    ss << in.rdbuf();
    out.push_back({f.string(), ss.str()});
  }
  return out;
}

}  // namespace dhrv
