// agency.h: the agencies a recommendation can be addressed to, normalised from the text printed in a review.
//
// The list is the Home Office DHR library's twelve agency tags plus "all agencies" and "national / Home Office".
// Which words map to which agency is data (assets/rules/agencies.txt), so a domain expert can change it without
// touching code.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "phrase_rules.h"

namespace dhrv {

enum class Agency : std::uint8_t {
  police, social_services, health_services, idva_support, probation, housing, school, employer,
  other_education, religious, military, csp, all_agencies, national,
};
inline constexpr std::size_t kAgencyCount = 14;

// Display names as the Home Office library writes them (and as JSON/CSV exports print them).
std::string_view agency_name(Agency a);
// The agency with this display name (case-insensitive), if any.
bool agency_from_name(std::string_view name, Agency& out);

class AgencySet {
 public:
  void add(Agency a) { bits_ |= static_cast<std::uint16_t>(1u << static_cast<unsigned>(a)); }
  bool has(Agency a) const { return bits_ & (1u << static_cast<unsigned>(a)); }
  bool empty() const { return bits_ == 0; }
  std::uint16_t bits() const { return bits_; }
  static AgencySet from_bits(std::uint16_t b) { AgencySet s; s.bits_ = b; return s; }
  std::vector<Agency> list() const;
  friend bool operator==(const AgencySet&, const AgencySet&) = default;

 private:
  std::uint16_t bits_ = 0;
};

// Rules parsed from the agencies rules file (phrase_rules.h).
class AgencyRules {
 public:
  static AgencyRules parse(std::string_view text, std::vector<RuleError>* errors = nullptr);
  // The rules compiled into the program (assets/rules/agencies.txt), and the lines of it that could not be read
  // (the corpus reports them as diagnostics).
  static const AgencyRules& builtin();
  static const std::vector<RuleError>& builtin_errors();

  AgencySet classify(std::string_view addressed_to) const;

 private:
  PhraseRules rules_;
};

}  // namespace dhrv
