#include "action_export.h"

#include <algorithm>

#include "csv_table.h"
#include "implementation_status.h"

namespace dhrv {

namespace {

void row(std::string& out, const std::vector<std::string>& cells) {
  for (std::size_t i = 0; i < cells.size(); ++i) {
    out += csv_cell(neutralise_formula(cells[i]));
    out += i + 1 < cells.size() ? "," : "\r\n";
  }
}

std::string source_of(const Action& a) {
  if (a.source.file.empty()) return {};
  return a.source.file + (a.source.page ? " (page " + std::to_string(a.source.page) + ")"
                                        : a.source.line ? ":" + std::to_string(a.source.line) : std::string());
}

}  // namespace

std::string export_actions_csv(const std::vector<RecommendationRow>& rows) {
  std::string out;
  row(out, {"review_id", "csp", "recommendation", "recommendation_text", "status", "overdue", "scope", "action",
            "lead_agency", "target_date", "outcome", "completed", "source"});
  for (const auto& [review, rec] : rows) {
    const std::vector<const Action*> actions = actions_of(*review, *rec);
    const RecommendationStatus st = derive_status(actions, actions_as_of(*review));
    const std::string scope(scope_name(recommendation_scope(*rec, actions)));
    const std::vector<std::string> head = {review->id, review->csp, rec->label, rec->text,
                                           std::string(status_key(st.status)), st.overdue ? "yes" : "no", scope};
    if (actions.empty()) {
      std::vector<std::string> cells = head;
      cells.insert(cells.end(), {"", "", "", "", "", ""});
      row(out, cells);
    }
    for (const Action* a : actions) {
      std::vector<std::string> cells = head;
      cells.insert(cells.end(), {a->action, a->lead, a->target, a->outcome, action_done(*a) ? "yes" : "no", source_of(*a)});
      row(out, cells);
    }
  }
  return out;
}

std::string blank_tracker_csv(const Review& review) {
  std::string out;
  row(out, {"Last updated:", ""});
  row(out, {"Review", "Recommendation", "Scope", "Action to take", "Lead agency", "Key milestones", "Target date",
            "Date of completion and outcome"});
  auto action_row = [&](const std::string& label, const Action& a) {
    row(out, {review.id, label, std::string(scope_name(a.scope)), a.action, a.lead, a.milestones, a.target, a.outcome});
  };
  for (const Recommendation& rec : review.recommendations) {
    const std::vector<const Action*> actions = actions_of(review, rec);
    if (actions.empty()) row(out, {review.id, rec.label, "", "", rec.addressed_to, "", "", ""});
    for (const Action* a : actions) action_row(rec.label, *a);
  }
  // Rows that name no recommendation of this review stay in the tracker, as they were written.
  for (const Action& a : review.actions) {
    const bool matched = std::any_of(review.recommendations.begin(), review.recommendations.end(),
                                     [&](const Recommendation& rec) { return rec.id == a.recommendation; });
    if (!matched) action_row(a.recommendation, a);
  }
  return out;
}

}  // namespace dhrv
