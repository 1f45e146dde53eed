#include "action_columns.h"

#include <algorithm>
#include <array>

#include "plan_dates.h"
#include "text.h"

namespace dhrv {

namespace {

bool has(const std::string& folded, std::string_view word) { return folded.find(word) != std::string::npos; }

// Whole words of the folded text, for checks like "no" that must not match inside "known".
bool has_word(const std::string& folded, std::string_view word) {
  for (const Token& t : tokenize(folded))
    if (t.text == word) return true;
  return false;
}

// Words that say the work is not finished, whatever dates the cell gives.
constexpr std::array<std::string_view, 16> kNotDone = {"delayed", "ongoing", "on going", "in progress", "not yet", "not complete",
                                                       "due", "expected", "planned", "revised", "extended", "pending",
                                                       "awaiting", "partially", "partly", "outstanding"};
constexpr std::array<std::string_view, 9> kDone = {"completed", "complete", "done", "achieved", "implemented",
                                                   "closed", "delivered", "in place", "finished"};

}  // namespace

ActionColumn action_column(std::string_view header) {
  const std::string spaced = fold(collapse_spaces(header));
  if (spaced.empty()) return ActionColumn::unknown;
  // Words are looked for with the spaces taken out: a narrow header cell breaks long words ("Recommendatio n").
  std::string f;
  for (char c : spaced)
    if (c != ' ') f += c;
  // Order matters: "Key milestones achieved in enacting recommendation" names milestones, "Scope of
  // recommendation" a scope, "Date of completion and outcome" an outcome, not a recommendation or a date.
  if (has(f, "milestone")) return ActionColumn::milestones;
  if (has(f, "completion") || has(f, "outcome") || has(f, "completed") || has(f, "progress") || has(f, "status") ||
      has(f, "update") || has(f, "evidence"))
    return ActionColumn::outcome;
  if (has(f, "target") || has(f, "deadline") || has(f, "due") || has(f, "timescale") || has(f, "bywhen") ||
      has(f, "timeframe"))
    return ActionColumn::target;
  if (has(f, "scope") || has(f, "level")) return ActionColumn::scope;
  if (has(f, "lead") || has(f, "agency") || has(f, "owner") || has(f, "responsib") || has(f, "organisation") ||
      has(f, "organization"))
    return ActionColumn::lead;
  if (has(f, "action")) return ActionColumn::action;
  if (has(f, "recommendation") || has_word(spaced, "ref") || has_word(spaced, "no") || has_word(spaced, "number") ||
      f == "#" || has_word(spaced, "rec"))
    return ActionColumn::recommendation;
  if (has(f, "review") || has_word(spaced, "dhr") || has(f, "case")) return ActionColumn::review;
  return ActionColumn::unknown;
}

std::string_view action_column_name(ActionColumn c) {
  switch (c) {
    case ActionColumn::review: return "Review";
    case ActionColumn::recommendation: return "Recommendation";
    case ActionColumn::scope: return "Scope";
    case ActionColumn::action: return "Action to take";
    case ActionColumn::lead: return "Lead agency";
    case ActionColumn::milestones: return "Key milestones";
    case ActionColumn::target: return "Target date";
    case ActionColumn::outcome: return "Date of completion and outcome";
    case ActionColumn::unknown: break;
  }
  return "(unknown)";
}

std::vector<ActionColumn> action_columns(const std::vector<std::string>& headers) {
  std::vector<ActionColumn> out;
  for (const std::string& h : headers) {
    ActionColumn c = action_column(h);
    if (c != ActionColumn::unknown && std::find(out.begin(), out.end(), c) != out.end()) c = ActionColumn::unknown;
    out.push_back(c);
  }
  return out;
}

bool is_action_plan_header(const std::vector<ActionColumn>& columns) {
  auto count = [&](ActionColumn c) { return std::count(columns.begin(), columns.end(), c) > 0 ? 1 : 0; };
  const int others = count(ActionColumn::recommendation) + count(ActionColumn::lead) + count(ActionColumn::target) +
                     count(ActionColumn::outcome) + count(ActionColumn::scope);
  return count(ActionColumn::action) && others >= 2;
}

YearMonth completion_date(std::string_view outcome) {
  const std::string f = fold(outcome);
  for (std::string_view w : kNotDone)
    if (has(f, w)) return {};
  auto d = find_date(outcome);
  return d ? d->date : YearMonth{};
}

bool says_completed(std::string_view outcome) {
  const std::string f = fold(outcome);
  for (std::string_view w : kNotDone)
    if (has(f, w)) return false;
  if (has(f, "not ") || has(f, "incomplete")) return false;
  for (std::string_view w : kDone)
    if (has(f, w)) return true;
  return completion_date(outcome).known();
}

Action action_from_cells(const std::vector<std::string>& cells, const std::vector<ActionColumn>& columns,
                         std::string* scope_text) {
  Action a;
  for (std::size_t i = 0; i < cells.size() && i < columns.size(); ++i) {
    const std::string value = collapse_spaces(cells[i]);
    switch (columns[i]) {
      case ActionColumn::recommendation: a.recommendation = value; break;
      case ActionColumn::action: a.action = value; break;
      case ActionColumn::lead: a.lead = value; break;
      case ActionColumn::milestones: a.milestones = value; break;
      case ActionColumn::target:
        a.target = value;
        a.target_date = parse_plan_date(value).value_or(YearMonth{});
        break;
      case ActionColumn::outcome:
        a.outcome = value;
        a.completed_date = completion_date(value);
        break;
      case ActionColumn::scope:
        if (auto s = scope_from_text(value)) a.scope = *s;
        else if (scope_text) *scope_text = value;
        break;
      case ActionColumn::review:
      case ActionColumn::unknown: break;
    }
  }
  return a;
}

}  // namespace dhrv
