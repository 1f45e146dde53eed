#include "themes.h"

#include "embedded.h"

namespace dhrv {

const std::vector<std::string>& theme_names() {
  static const std::vector<std::string> names = {
      "technology systems", "identification of risk", "training",        "policy",
      "multi-agency working", "record keeping",       "awareness raising", "other"};
  return names;
}

ThemeRules ThemeRules::parse(std::string_view text, std::vector<RuleError>* errors) {
  ThemeRules t;
  t.rules_ = PhraseRules::parse(text, theme_names(), errors);
  return t;
}

namespace {
struct BuiltinThemeRules {
  std::vector<RuleError> errors;
  ThemeRules rules = ThemeRules::parse(embedded("rules/themes.txt"), &errors);
};
const BuiltinThemeRules& builtin_theme_rules() {
  static const BuiltinThemeRules b;
  return b;
}
}  // namespace

const ThemeRules& ThemeRules::builtin() { return builtin_theme_rules().rules; }
const std::vector<RuleError>& ThemeRules::builtin_errors() { return builtin_theme_rules().errors; }

std::vector<std::string> ThemeRules::tag(std::string_view text) const {
  std::vector<std::string> out;
  for (std::size_t i : rules_.match(text)) out.push_back(theme_names()[i]);
  if (out.empty()) out.push_back(theme_names().back());
  return out;
}

}  // namespace dhrv
