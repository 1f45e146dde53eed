// action_export.h: action plans as the spreadsheets people keep. The actions of a selection of recommendations,
// one row per action (a recommendation with none gets one row saying so, so nothing disappears), with the derived
// status; and a blank tracker for one review, its recommendations filled in, in the columns the tracker reader
// reads back (readers/tracker_csv.cpp).
#pragma once

#include <string>
#include <vector>

#include "export.h"

namespace dhrv {

// Columns: review_id, csp, recommendation, recommendation_text, status, overdue, scope, action, lead_agency,
// target_date, outcome, completed, source. Formula-looking cells defused as in export_csv.
std::string export_actions_csv(const std::vector<RecommendationRow>& rows);

// "Last updated:" line, then Review | Recommendation | Scope | Action to take | Lead agency | Key milestones |
// Target date | Date of completion and outcome, one row per recommendation (its own actions when it has some).
std::string blank_tracker_csv(const Review& review);

}  // namespace dhrv
