// embedded.h: files compiled into the program (cmake/Embed.cmake), so every target starts with real content
// (the sample review, the DHRD tables, the rules files) without touching the file system.
#pragma once

#include <span>
#include <string_view>

namespace dhrv {

struct EmbeddedFile {
  const char* name;  // path relative to assets/, e.g. "sample/nottingham-2022-summary-page.txt"
  const unsigned char* data;
  unsigned long size;
  std::string_view text() const { return {reinterpret_cast<const char*>(data), size}; }
};

std::span<const EmbeddedFile> embedded_files();  // generated

// The embedded file with this name, or an empty view when there is none.
std::string_view embedded(std::string_view name);

}  // namespace dhrv
