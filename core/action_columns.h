// action_columns.h: the columns of an action plan as the Home Office template names them (Recommendation | Scope |
// Action to take | Lead agency | Key milestones | Target date | Date of completion and outcome), matched loosely
// ("Ref.", "Lead", "Due by", "Outcome", "Status" ...) in any order; and a row of cells made an Action. Shared by
// the report reader (a plan in a PDF's appendix) and the tracker reader (a plan a CSP keeps as CSV).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "model.h"

namespace dhrv {

enum class ActionColumn : std::uint8_t { unknown, review, recommendation, scope, action, lead, milestones, target, outcome };

// The column a header names (case and punctuation aside).
ActionColumn action_column(std::string_view header);
std::string_view action_column_name(ActionColumn c);  // "Recommendation", "Lead agency", ... for messages

// The columns of a header row; a column named twice is read the first time only (the second is unknown).
std::vector<ActionColumn> action_columns(const std::vector<std::string>& headers);
// Whether a header row is an action plan's: an action column, and two more of recommendation, lead, target,
// outcome or scope.
bool is_action_plan_header(const std::vector<ActionColumn>& columns);

// The cells of one row as an Action: dates parsed, scope read ("Regional" -> regional; anything else stays
// unstated and is reported by the caller through `scope_text`).
Action action_from_cells(const std::vector<std::string>& cells, const std::vector<ActionColumn>& columns,
                         std::string* scope_text = nullptr);

// The date a completion cell gives for the work being done ("Completed October 2023: checklist in use" ->
// 2023-10), or unknown when it gives none or says the work is not done ("Delayed to March 2024").
YearMonth completion_date(std::string_view outcome);
// Whether a completion cell says the work is done, with or without a date ("Completed", "Done", "Achieved").
bool says_completed(std::string_view outcome);

}  // namespace dhrv
