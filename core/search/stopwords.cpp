#include "search/stopwords.h"

#include "embedded.h"
#include "search/stemmer.h"
#include "text.h"

namespace dhrv {

const std::unordered_set<std::string>& stopword_stems() {
  static const std::unordered_set<std::string> stems = [] {
    std::unordered_set<std::string> out;
    Stemmer stemmer;
    std::string_view text = embedded("rules/stopwords.txt");
    while (!text.empty()) {
      const auto nl = text.find('\n');
      std::string_view line = trim(text.substr(0, nl));
      text = nl == std::string_view::npos ? std::string_view{} : text.substr(nl + 1);
      if (line.empty() || line.front() == '#') continue;
      for (const Token& t : tokenize(line)) out.emplace(stemmer.stem(t.text));
    }
    return out;
  }();
  return stems;
}

}  // namespace dhrv
