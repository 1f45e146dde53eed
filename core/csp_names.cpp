#include "csp_names.h"

#include <algorithm>

#include "embedded.h"
#include "readers/reader.h"
#include "text.h"

namespace dhrv {

namespace {

constexpr std::string_view kLibraryPage = "sample/home-office-library/home_office_library.html";
constexpr std::string_view kCspVocabulary = "Basic Case Details.Name of Community Safety Partnership";

// Folded words separated by single spaces, with a space at each end, so that " word " finds whole words only.
// "&" reads as "and" ("Brighton & Hove" meets "Brighton and Hove"); hyphens and punctuation separate words.
std::string words_key(std::string_view text) {
  std::string spaced;
  for (char c : text) spaced += c == '&' ? std::string(" and ") : std::string(1, c);
  std::string key = " ";
  for (const Token& t : tokenize(spaced)) key += t.text + ' ';
  return key;
}

struct ListedName {
  std::string name;
  std::string key;
};

struct Library {
  std::vector<std::string> names;     // as listed
  std::vector<ListedName> by_length;  // longest key first: "Devon and Cornwall" is tried before "Cornwall"
};

const Library& library() {
  static const Library lib = [] {
    Library out;
    ReadResult page = read_library_html(std::string(kLibraryPage), embedded(kLibraryPage));
    for (const Vocabulary& v : page.vocabularies)
      if (v.name == kCspVocabulary) out.names = v.values;
    for (const std::string& n : out.names) out.by_length.push_back({n, words_key(n)});
    std::stable_sort(out.by_length.begin(), out.by_length.end(),
                     [](const ListedName& a, const ListedName& b) { return a.key.size() > b.key.size(); });
    return out;
  }();
  return lib;
}

}  // namespace

const std::vector<std::string>& csp_names() { return library().names; }

std::optional<CspMatch> find_csp(std::string_view text) {
  const std::string key = words_key(text);
  for (const ListedName& n : library().by_length)
    if (n.key.size() > 2 && key.find(n.key) != std::string::npos) return CspMatch{n.name, true};
  // Not listed: the words before the partnership's name, as printed (a leading "Safer" dropped).
  const std::vector<Token> words = tokenize(text);
  static constexpr std::string_view kTails[][3] = {{"community", "safety", "partnership"},
                                                   {"safer", "communities", "partnership"},
                                                   {"safety", "partnership", ""},
                                                   {"partnership", "", ""}};
  for (const auto& tail : kTails)
    for (std::size_t i = 1; i < words.size(); ++i) {
      std::size_t n = 0;
      while (n < 3 && !tail[n].empty() && i + n < words.size() && words[i + n].text == tail[n]) ++n;
      if (n < 3 && !tail[n].empty()) continue;
      const std::size_t first = words[0].text == "safer" ? 1 : 0;
      if (first >= i) return std::nullopt;
      return CspMatch{collapse_spaces(text.substr(words[first].begin, words[i - 1].end - words[first].begin)), false};
    }
  return std::nullopt;
}

}  // namespace dhrv
