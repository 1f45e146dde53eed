// stemmer.h: English stemming (Snowball "english", built from Debian's snowball source package for both the
// desktop and the web, so a query stems the same way everywhere).
//
// Input is a folded word (text.h); output is its stem: "discharging" and "discharge" both give "discharg".
// Words that are not worth stemming (digits, very long runs) come back unchanged. Not thread-safe: one per user.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>

namespace dhrv {

class Stemmer {
 public:
  Stemmer();
  ~Stemmer();
  Stemmer(const Stemmer&) = delete;
  Stemmer& operator=(const Stemmer&) = delete;

  // The stem of a folded word. The view stays valid for the Stemmer's lifetime (results are memoised).
  std::string_view stem(std::string_view folded_word);

 private:
  struct Env;
  std::unique_ptr<Env> env_;
  std::unordered_map<std::string, std::string> memo_;
};

// Convenience for one-off use (tests, the CLI); uses a thread-local Stemmer.
std::string stem_word(std::string_view folded_word);

}  // namespace dhrv
