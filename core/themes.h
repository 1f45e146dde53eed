// themes.h: tagging recommendations with the Home Office library's recommendation themes, by the transparent
// rules in assets/rules/themes.txt (phrase_rules.h).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "phrase_rules.h"

namespace dhrv {

// The library's themes, in its order; "other" is last and given when no rule matches.
const std::vector<std::string>& theme_names();

class ThemeRules {
 public:
  static ThemeRules parse(std::string_view text, std::vector<RuleError>* errors = nullptr);
  // The rules compiled into the program (assets/rules/themes.txt), and the lines of it that could not be read.
  static const ThemeRules& builtin();
  static const std::vector<RuleError>& builtin_errors();
  std::vector<std::string> tag(std::string_view recommendation_text) const;

 private:
  PhraseRules rules_;
};

}  // namespace dhrv
