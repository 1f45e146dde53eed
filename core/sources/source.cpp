#include "sources/source.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <memory>

namespace dhrv {

namespace fs = std::filesystem;

namespace {

Source disk_source(const fs::path& path, bool named) {
  Source s;
  s.name = path.string();
  s.named = named;
  std::error_code ec;
  const auto size = fs::file_size(path, ec);
  s.size = ec ? 0 : size;
  s.read = [path](std::string& bytes, std::string& why) {
    std::error_code e;
    const auto n = fs::file_size(path, e);
    if (!e && !(why = over_size_limit(n)).empty()) return false;
    std::ifstream in(path, std::ios::binary);
    if (!in) {
      why = "cannot be opened for reading";
      return false;
    }
    bytes.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    if (in.bad()) {
      why = "could not be read to the end";
      return false;
    }
    return true;
  };
  return s;
}

}  // namespace

std::string over_size_limit(std::uint64_t bytes) {
  if (bytes <= SourceLimits::max_file_bytes) return {};
  return "file is " + std::to_string(bytes >> 20) + " MiB, over the limit of " +
         std::to_string(SourceLimits::max_file_bytes >> 20) + " MiB; not read";
}

Source failed_source(std::string name, std::string why) {
  Source s;
  s.name = std::move(name);
  s.read = [why](std::string&, std::string& out) {
    out = why;
    return false;
  };
  return s;
}

std::vector<Source> sources_from_paths(const std::vector<std::string>& paths) {
  std::vector<Source> out;
  for (const auto& p : paths) {
    std::error_code ec;
    if (fs::is_directory(p, ec)) {
      std::vector<fs::path> found;
      for (auto it = fs::recursive_directory_iterator(p, fs::directory_options::skip_permission_denied, ec);
           !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
        if (it->is_regular_file(ec)) found.push_back(it->path());
        if (found.size() > SourceLimits::max_files) break;
      }
      if (found.size() > SourceLimits::max_files) {
        out.push_back(failed_source(p, "folder holds more than " + std::to_string(SourceLimits::max_files) + " files; not read"));
        continue;
      }
      std::sort(found.begin(), found.end());
      for (const auto& f : found) out.push_back(disk_source(f, false));
    } else if (fs::is_regular_file(p, ec)) {
      out.push_back(disk_source(p, true));
    } else {
      out.push_back(failed_source(p, "no such file or folder"));
    }
  }
  return out;
}

Source source_from_bytes(std::string name, std::string bytes, bool named) {
  Source s;
  s.name = std::move(name);
  s.size = bytes.size();
  s.named = named;
  auto held = std::make_shared<std::string>(std::move(bytes));
  s.read = [held](std::string& out, std::string&) {
    out = std::move(*held);  // handed over once: the source keeps no copy
    held->clear();
    held->shrink_to_fit();
    return true;
  };
  return s;
}

}  // namespace dhrv
