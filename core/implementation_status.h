// implementation_status.h: whether a recommendation was carried out, derived from its action plan's rows, never
// typed in: completed (every action has a completion date or says it is done), in progress (some have), not
// started (none has), not stated (no action plan row for it).
//
// Overdue: an action not done whose target date is before the date the data was last updated (the report's or
// the tracker's date, `as_of`), never before today's clock, so the same files always give the same answer.
#pragma once

#include <string_view>
#include <vector>

#include "model.h"
#include "phrase_rules.h"

namespace dhrv {

enum class Status : std::uint8_t { not_stated, not_started, in_progress, completed };
inline constexpr std::size_t kStatusCount = 4;
std::string_view status_key(Status s);   // "not-stated", "not-started", "in-progress", "completed" (queries, JSON)
std::string_view status_name(Status s);  // "Not stated", "Not started", "In progress", "Completed" (people)
bool status_from_key(std::string_view key, Status& out);

// The rows of a review's action plan that belong to one of its recommendations (matched by id).
std::vector<const Action*> actions_of(const Review& r, const Recommendation& rec);

// Done: a completion date, or an outcome that says so ("Completed", "Letter sent February 2023").
bool action_done(const Action& a);

struct RecommendationStatus {
  Status status = Status::not_stated;
  bool overdue = false;
  std::size_t actions = 0, done = 0;
};

RecommendationStatus derive_status(const std::vector<const Action*>& actions, YearMonth as_of);

// The date a review's action plan is known as of: the latest of its report's completion date and the dates its
// trackers give (Review::actions_as_of). Unknown when neither gives one (then nothing is overdue).
YearMonth actions_as_of(const Review& r);

// One recommendation's status, from its own actions as of its review's date.
RecommendationStatus status_of(const Review& r, const Recommendation& rec);

// Each recommendation's status, in the review's order (actions matched by recommendation id).
std::vector<RecommendationStatus> recommendation_statuses(const Review& r);

// The national body an addressee names ("NHS England should..." -> "NHS England"), from
// assets/rules/national_bodies.txt; "" when it names none.
std::string national_body(std::string_view addressee);
// Problems in the built-in national bodies rules (said once per corpus, like the agency rules').
const std::vector<RuleError>& national_body_rule_errors();

// How far a recommendation reaches: national when it is addressed to a national body (national_body, or the
// agency rules' "national / Home Office" group) or one of its actions says national; otherwise the widest scope
// its actions state; local when none states one.
Scope recommendation_scope(const Recommendation& rec, const std::vector<const Action*>& actions);
// Each recommendation's scope, in the review's order.
std::vector<Scope> recommendation_scopes(const Review& r);

}  // namespace dhrv
