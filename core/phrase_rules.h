// phrase_rules.h: "label | phrase, phrase, ..." rules files, matched against folded words.
//
// Shared by agency normalisation (assets/rules/agencies.txt) and theme tagging (assets/rules/themes.txt), so that
// both are plain text a domain expert can edit. A phrase is one or more words; a word ending in '*' matches any
// word starting with it (train* matches training, trainer). Longer phrases match first and consume their words, so
// "clinical commissioning" is not also read as "commissioning".
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace dhrv {

// A line of a rules file that could not be read (the rest still loads).
struct RuleError {
  int line = 0;
  std::string message;
};

class PhraseRules {
 public:
  // Parses rules; `labels` lists the allowed labels in order (match results are indices into it). Problems are
  // appended to `errors` and the rest still loads.
  static PhraseRules parse(std::string_view text, const std::vector<std::string>& labels,
                           std::vector<RuleError>* errors = nullptr);

  // Indices of the labels whose phrases occur in `text`, in label order, without repeats.
  std::vector<std::size_t> match(std::string_view text) const;

 private:
  struct Phrase {
    std::vector<std::string> words;  // folded; a trailing '*' marks a prefix
    std::size_t label;
  };
  std::vector<Phrase> phrases_;  // longest first
  std::size_t label_count_ = 0;
};

}  // namespace dhrv
