// csp_names.h: the names of Community Safety Partnerships as the Home Office DHR library lists them (its own
// filter list, read from the saved library page compiled into the program), and finding one in a line of text as
// a report prints it: "Safer Cornwall Community Safety Partnership" is Cornwall, "Brighton & Hove" is Brighton and
// Hove. Using the library's spelling is what lets a report link to its DHRD incident and library card.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace dhrv {

// The library's CSP names, in its order.
const std::vector<std::string>& csp_names();

struct CspMatch {
  std::string name;   // the library's spelling, or the words as printed when the library does not list them
  bool listed = false;
};

// The CSP `text` names: the longest listed name found in it as whole words (case, accents, "&" for "and",
// hyphens and punctuation aside); failing that, the words before "Community Safety Partnership" (or "Safer
// Communities Partnership", "Partnership") with a leading "Safer" dropped. nullopt when neither is there.
std::optional<CspMatch> find_csp(std::string_view text);

}  // namespace dhrv
