// recommendation_sections.h: finding a report's recommendations. They sit under a heading that says so
// ("Recommendations", "Conclusions and recommendations", "Recommendations from the review") and run to the next
// heading of the same rank or an appendix; inside, each starts at a label ("1.", "9.1", "Recommendation 3:") or
// is a row of a recommendations table, and may be grouped under agency headings ("Health", "Housing").
//
// Lines are joined with one space; a hyphen at a line's end stays ("cared-for") unless the document itself
// writes the word whole elsewhere, which shows a word split at the margin. Sub-items "(a)", "(b)" belong to the
// recommendation above them, marker kept. What the reader is unsure of (a gap in the numbering, a section found
// only by weak cues) comes back as a doubt with its page.
#pragma once

#include <string>
#include <vector>

#include "diagnostic.h"
#include "reports/report_flow.h"

namespace dhrv::reports {

enum class AddresseeFrom : std::uint8_t { none, heading, column, sentence };

struct FoundRecommendation {
  std::string label;  // as printed, without "Recommendation" and punctuation: "1", "9.1", "10.2a"
  std::string text;
  std::string addressed_to;
  AddresseeFrom addressee_from = AddresseeFrom::none;
  int page = 0;
};

struct Doubt {
  Severity severity = Severity::warning;
  std::string code;
  std::string message;
  int page = 0;
};

struct RecommendationsFound {
  std::vector<FoundRecommendation> recommendations;
  std::vector<Doubt> doubts;
  int section_page = 0;  // where the (first) recommendations section starts; 0 when none was found
};

RecommendationsFound find_recommendations(const Flow& flow);

}  // namespace dhrv::reports
