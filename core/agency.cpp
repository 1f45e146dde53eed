#include "agency.h"


#include "embedded.h"
#include "text.h"

namespace dhrv {

namespace {
constexpr std::array<std::string_view, kAgencyCount> kNames = {
    "police", "social services", "health services", "IDVA / domestic abuse support", "probation", "housing",
    "school", "employer", "other educational institution", "religious institution", "military",
    "community safety partnership", "all agencies", "national / Home Office",
};

}  // namespace

std::string_view agency_name(Agency a) { return kNames[static_cast<std::size_t>(a)]; }

bool agency_from_name(std::string_view name, Agency& out) {
  for (std::size_t i = 0; i < kNames.size(); ++i)
    if (iequals_folded(kNames[i], trim(name))) {
      out = static_cast<Agency>(i);
      return true;
    }
  return false;
}

std::vector<Agency> AgencySet::list() const {
  std::vector<Agency> out;
  for (std::size_t i = 0; i < kAgencyCount; ++i)
    if (has(static_cast<Agency>(i))) out.push_back(static_cast<Agency>(i));
  return out;
}

AgencyRules AgencyRules::parse(std::string_view text, std::vector<RuleError>* errors) {
  std::vector<std::string> labels(kNames.begin(), kNames.end());
  AgencyRules rules;
  rules.rules_ = PhraseRules::parse(text, labels, errors);
  return rules;
}

namespace {
struct BuiltinAgencyRules {
  std::vector<RuleError> errors;
  AgencyRules rules = AgencyRules::parse(embedded("rules/agencies.txt"), &errors);
};
const BuiltinAgencyRules& builtin_agency_rules() {
  static const BuiltinAgencyRules b;
  return b;
}
}  // namespace

const AgencyRules& AgencyRules::builtin() { return builtin_agency_rules().rules; }
const std::vector<RuleError>& AgencyRules::builtin_errors() { return builtin_agency_rules().errors; }

AgencySet AgencyRules::classify(std::string_view addressed_to) const {
  AgencySet set;
  for (std::size_t i : rules_.match(addressed_to)) set.add(static_cast<Agency>(i));
  return set;
}

}  // namespace dhrv
