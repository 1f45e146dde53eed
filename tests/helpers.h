// helpers.h: reading test inputs: the sample data in the repository (assets/sample), the team's fixtures, and,
// for the few tests that need it, the shared folder beside the checkout (../shared: report PDFs and files the
// repository does not copy).
#pragma once

#include <cstdlib>
#include <filesystem>
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
inline std::string sample(const std::string& rel) { return read_file(std::string(DHRV_SAMPLE_DIR) + "/" + rel); }
inline std::string fixture(const std::string& rel) { return read_file(std::string(DHRV_FIXTURES) + "/" + rel); }
inline std::string seed_page() { return sample("nottingham-2022-summary-page.txt"); }

// ../shared is there (CI always has it: there its absence is a failure, never a skip).
inline bool have_shared() {
  const bool present = std::filesystem::is_directory(DHRV_SHARED_DIR);
  const char* ci = std::getenv("CI");
  if (!present && ci && std::string(ci) == "true") FAIL("CI runs every test, but ../shared is missing: " DHRV_SHARED_DIR);
  return present;
}
inline std::string shared(const std::string& rel) { return read_file(std::string(DHRV_SHARED_DIR) + "/" + rel); }
// First line of a test that needs ../shared: says so in one line and leaves the test out when it is absent.
#define NEEDS_SHARED()                                                                  \
  do {                                                                                  \
    if (!have_shared()) {                                                               \
      MESSAGE("left out: needs ../shared beside the checkout (" DHRV_SHARED_DIR ")");   \
      return;                                                                           \
    }                                                                                   \
  } while (0)

inline std::string to_crlf_with_bom(const std::string& s) {
  std::string out = "\xEF\xBB\xBF";
  for (char c : s) {
    if (c == '\n') out += '\r';
    out += c;
  }
  return out;
}
