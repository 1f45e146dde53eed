// helpers.h: reading test inputs (the shared data beside the checkout, the team's fixtures).
#pragma once

#include <fstream>
#include <sstream>
#include <string>

#include <doctest/doctest.h>

inline std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  REQUIRE_MESSAGE(in.good(), "cannot open " << path);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}
inline std::string shared(const std::string& rel) { return read_file(std::string(DHRV_SHARED_DIR) + "/" + rel); }
inline std::string fixture(const std::string& rel) { return read_file(std::string(DHRV_FIXTURES) + "/" + rel); }
inline std::string seed_page() { return shared("seeds/nottingham-2022-summary-page.txt"); }

inline std::string to_crlf_with_bom(const std::string& s) {
  std::string out = "\xEF\xBB\xBF";
  for (char c : s) {
    if (c == '\n') out += '\r';
    out += c;
  }
  return out;
}
