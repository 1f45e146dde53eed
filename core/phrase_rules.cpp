#include "phrase_rules.h"

#include <algorithm>

#include "text.h"

namespace dhrv {

namespace {
bool word_matches(const std::string& pattern, const std::string& word) {
  if (!pattern.empty() && pattern.back() == '*')
    return word.size() >= pattern.size() - 1 && word.compare(0, pattern.size() - 1, pattern, 0, pattern.size() - 1) == 0;
  return pattern == word;
}
}  // namespace

PhraseRules PhraseRules::parse(std::string_view text, const std::vector<std::string>& labels,
                               std::vector<RuleError>* errors) {
  PhraseRules rules;
  rules.label_count_ = labels.size();
  int line_no = 0;
  while (!text.empty()) {
    auto nl = text.find('\n');
    std::string_view line = trim(text.substr(0, nl));
    text = nl == std::string_view::npos ? std::string_view{} : text.substr(nl + 1);
    ++line_no;
    if (line.empty() || line.front() == '#') continue;
    auto bar = line.find('|');
    auto label = bar == std::string_view::npos ? labels.end()
                                               : std::find_if(labels.begin(), labels.end(), [&](const std::string& l) {
                                                   return iequals_folded(l, trim(line.substr(0, bar)));
                                                 });
    if (label == labels.end()) {
      if (errors) errors->push_back({line_no, "expected 'label | phrases' with a known label"});
      continue;
    }
    std::string_view rest = line.substr(bar + 1);
    while (!rest.empty()) {
      auto comma = rest.find(',');
      std::string_view phrase = trim(rest.substr(0, comma));
      rest = comma == std::string_view::npos ? std::string_view{} : rest.substr(comma + 1);
      std::vector<std::string> words;
      for (auto& t : tokenize(phrase)) words.push_back(std::move(t.text));
      if (words.empty()) continue;
      if (phrase.back() == '*') words.back() += '*';
      rules.phrases_.push_back({std::move(words), static_cast<std::size_t>(label - labels.begin())});
    }
  }
  std::stable_sort(rules.phrases_.begin(), rules.phrases_.end(),
                   [](const Phrase& a, const Phrase& b) { return a.words.size() > b.words.size(); });
  return rules;
}

std::vector<std::size_t> PhraseRules::match(std::string_view text) const {
  std::vector<std::string> words;
  for (auto& t : tokenize(text)) words.push_back(std::move(t.text));
  std::vector<bool> used(words.size(), false), hit(label_count_, false);
  for (const auto& p : phrases_) {
    const std::size_t n = p.words.size();
    for (std::size_t i = 0; i + n <= words.size(); ++i) {
      bool ok = true;
      for (std::size_t k = 0; k < n && ok; ++k) ok = !used[i + k] && word_matches(p.words[k], words[i + k]);
      if (!ok) continue;
      hit[p.label] = true;
      for (std::size_t k = 0; k < n; ++k) used[i + k] = true;
    }
  }
  std::vector<std::size_t> out;
  for (std::size_t i = 0; i < hit.size(); ++i)
    if (hit[i]) out.push_back(i);
  return out;
}

}  // namespace dhrv
