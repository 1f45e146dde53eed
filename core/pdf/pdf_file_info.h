// pdf_file_info.h: what the file says about itself (its info dictionary) and the limits it is read under. Apart
// from pdf_document.h because pdf_file.cpp, the qpdf boundary, is compiled as C++17 (see core/CMakeLists.txt) and
// includes only headers that are C++17 too.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>

namespace dhrv::pdf {

struct Info {
  std::string title, author, subject, creator, producer;
  std::string created, modified;  // "2023-01-31" where the date could be read, else as written
  int pages = 0;
  bool encrypted = false;         // opened with the empty password
  bool tagged = false;            // has a structure tree
};

// Limits that turn hostile files into a clear diagnostic instead of exhaustion. Each is tested.
struct Limits {
  int max_pages = 5000;
  std::size_t max_objects = 2'000'000;
  std::uint64_t max_stream_bytes = 64u << 20;  // one decoded stream (a "stream bomb" inflates far beyond its size)
  std::uint64_t max_page_bytes = 128u << 20;   // all content decoded for one page
  int max_form_depth = 12;                     // Form XObjects inside Form XObjects
  std::size_t max_glyphs_per_page = 400'000;
  double max_seconds_per_page = 10.0;
};

}  // namespace dhrv::pdf
