#include "themes.h"

#include "embedded.h"

namespace dhrv {

const std::vector<std::string>& theme_names() {
  static const std::vector<std::string> names = {
      "technology systems", "identification of risk", "training",        "policy",
      "multi-agency working", "record keeping",       "awareness raising", "other"};
  return names;
}

ThemeRules ThemeRules::parse(std::string_view text, std::vector<std::string>* errors) {
  ThemeRules t;
  t.rules_ = PhraseRules::parse(text, theme_names(), errors);
  return t;
}

const ThemeRules& ThemeRules::builtin() {
  static const ThemeRules rules = parse(embedded("rules/themes.txt"));
  return rules;
}

std::vector<std::string> ThemeRules::tag(std::string_view text) const {
  std::vector<std::string> out;
  for (std::size_t i : rules_.match(text)) out.push_back(theme_names()[i]);
  if (out.empty()) out.push_back(theme_names().back());
  return out;
}

}  // namespace dhrv
