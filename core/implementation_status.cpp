#include "implementation_status.h"

#include <algorithm>
#include <unordered_map>

#include "action_columns.h"
#include "embedded.h"
#include "text.h"

namespace dhrv {

namespace {
constexpr std::string_view kKeys[kStatusCount] = {"not-stated", "not-started", "in-progress", "completed"};
constexpr std::string_view kNames[kStatusCount] = {"Not stated", "Not started", "In progress", "Completed"};

bool before(YearMonth a, YearMonth b) {  // by month; a year alone counts as its December
  const int am = a.month ? a.month : 12, bm = b.month ? b.month : 12;
  return a.year != b.year ? a.year < b.year : am < bm;
}
}  // namespace

std::string_view status_key(Status s) { return kKeys[static_cast<std::size_t>(s)]; }
std::string_view status_name(Status s) { return kNames[static_cast<std::size_t>(s)]; }
bool status_from_key(std::string_view key, Status& out) {
  for (std::size_t i = 0; i < kStatusCount; ++i)
    if (kKeys[i] == key) {
      out = static_cast<Status>(i);
      return true;
    }
  return false;
}

std::vector<const Action*> actions_of(const Review& r, const Recommendation& rec) {
  std::vector<const Action*> mine;
  for (const Action& a : r.actions)
    if (a.recommendation == rec.id) mine.push_back(&a);
  return mine;
}

bool action_done(const Action& a) { return a.completed_date.known() || says_completed(a.outcome); }

RecommendationStatus derive_status(const std::vector<const Action*>& actions, YearMonth as_of) {
  RecommendationStatus s;
  s.actions = actions.size();
  for (const Action* a : actions) {
    if (action_done(*a)) {
      ++s.done;
      continue;
    }
    if (as_of.known() && a->target_date.known() && before(a->target_date, as_of)) s.overdue = true;
  }
  if (s.actions == 0) s.status = Status::not_stated;
  else if (s.done == s.actions) s.status = Status::completed;
  else if (s.done > 0) s.status = Status::in_progress;
  else s.status = Status::not_started;
  return s;
}

YearMonth actions_as_of(const Review& r) {
  YearMonth best = r.actions_as_of;
  if (r.completed.known() && (!best.known() || before(best, r.completed))) best = r.completed;
  return best;
}

std::vector<RecommendationStatus> recommendation_statuses(const Review& r) {
  const YearMonth as_of = actions_as_of(r);
  std::vector<RecommendationStatus> out;
  out.reserve(r.recommendations.size());
  for (const Recommendation& rec : r.recommendations) out.push_back(derive_status(actions_of(r, rec), as_of));
  return out;
}

namespace {
struct NationalBodies {
  std::vector<std::string> names;
  std::vector<RuleError> errors;
  PhraseRules rules;
  NationalBodies() {
    const std::string_view text = embedded("rules/national_bodies.txt");
    // The names are the left-hand sides, in file order.
    std::size_t at = 0;
    while (at < text.size()) {
      std::size_t end = text.find('\n', at);
      if (end == std::string_view::npos) end = text.size();
      const std::string_view line = trim(text.substr(at, end - at));
      at = end + 1;
      if (line.empty() || line[0] == '#') continue;
      const std::size_t bar = line.find('|');
      if (bar != std::string_view::npos) names.emplace_back(trim(line.substr(0, bar)));
    }
    rules = PhraseRules::parse(text, names, &errors);
  }
};
const NationalBodies& national_bodies() {
  static const NationalBodies b;
  return b;
}
}  // namespace

std::string national_body(std::string_view addressee) {
  const auto find = [](std::string_view text) {
    const auto found = national_bodies().rules.match(text);
    return found.empty() ? std::string() : national_bodies().names[found.front()];
  };
  // Addressees and leads repeat (a few hundred distinct ones among thousands of recommendations), and every index
  // build asks for each recommendation's: short texts' answers are remembered, per thread, up to a bound.
  constexpr std::size_t kShort = 160, kMaxRemembered = 20000;
  if (addressee.size() > kShort) return find(addressee);
  thread_local std::unordered_map<std::string, std::string> remembered;
  if (auto it = remembered.find(std::string(addressee)); it != remembered.end()) return it->second;
  if (remembered.size() >= kMaxRemembered) remembered.clear();
  return remembered.emplace(std::string(addressee), find(addressee)).first->second;
}
const std::vector<RuleError>& national_body_rule_errors() { return national_bodies().errors; }

Scope recommendation_scope(const Recommendation& rec, const std::vector<const Action*>& actions) {
  Scope widest = rec.agencies.has(Agency::national) || !national_body(rec.addressed_to).empty() ? Scope::national
                                                                                               : Scope::unstated;
  for (const Action* a : actions) widest = std::max(widest, a->scope);
  return widest == Scope::unstated ? Scope::local : widest;
}

RecommendationStatus status_of(const Review& r, const Recommendation& rec) {
  return derive_status(actions_of(r, rec), actions_as_of(r));
}

std::vector<Scope> recommendation_scopes(const Review& r) {
  std::vector<Scope> out;
  out.reserve(r.recommendations.size());
  for (const Recommendation& rec : r.recommendations) out.push_back(recommendation_scope(rec, actions_of(r, rec)));
  return out;
}

}  // namespace dhrv
