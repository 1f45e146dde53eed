#include "search_index.h"

#include <algorithm>
#include <map>

#include "implementation_status.h"
#include "jobs/job.h"
#include "stemmer.h"
#include "themes.h"

namespace dhrv {

const std::vector<AbuseType>& abuse_types() {
  static const std::vector<AbuseType> types = {
      {"coercive_control", "coercive control"},   {"physical_abuse", "physical abuse"},
      {"emotional_abuse", "emotional abuse"},     {"economic_abuse", "economic abuse"},
      {"sexual_abuse", "sexual abuse"},           {"stalking", "stalking"},
      {"honour_based_violence", "honour-based violence"}, {"forced_marriage", "forced marriage"},
      {"faith_based_marriage", "faith-based marriage"},
  };
  return types;
}

namespace {

std::string year_value(const YearMonth& ym) { return ym.known() ? std::to_string(ym.year) : std::string(); }

// The review-level facet values of one review, as strings.
std::array<std::vector<std::string>, kFacetCount> review_values(const Review& r) {
  std::array<std::vector<std::string>, kFacetCount> v;
  auto add = [&](Facet f, std::string s) {
    if (s.empty()) return;
    auto& list = v[static_cast<std::size_t>(f)];
    if (std::find(list.begin(), list.end(), s) == list.end()) list.push_back(std::move(s));
  };
  add(Facet::csp, r.csp);
  add(Facet::region, r.region);
  add(Facet::death_year, year_value(r.death));
  add(Facet::published_year, year_value(r.published));
  if (r.incident) {
    for (const auto& victim : r.incident->victims)
      if (const std::string* rel = victim.field("relationship_to_perpetrator")) add(Facet::relationship, *rel);
    for (const auto& a : abuse_types())
      if (r.incident->incident.flag(a.flag) == Tri::yes) add(Facet::abuse, a.name);
  }
  return v;
}

// What lead: searches for one recommendation: each action's lead agency as written ("West Mercia Police") and
// the agencies it was normalised to ("Police"), so that lead:police finds both.
std::string lead_text(const Review& r, const Recommendation& rec) {
  std::string out;
  std::uint16_t agencies = 0;
  for (const Action* a : actions_of(r, rec)) {
    if (!a->lead.empty()) out.append(out.empty() ? "" : "; ").append(a->lead);
    agencies |= a->lead_agencies.bits();
  }
  for (Agency a : AgencySet::from_bits(agencies).list()) out.append(out.empty() ? "" : "; ").append(agency_name(a));
  return out;
}

void push_doc(FacetColumn& c, const std::vector<std::uint32_t>& ids) {
  c.ids.insert(c.ids.end(), ids.begin(), ids.end());
  c.start.push_back(static_cast<std::uint32_t>(c.ids.size()));
}

}  // namespace

std::shared_ptr<const SearchIndex> SearchIndex::build(std::shared_ptr<const Corpus> corpus) {
  jobs::JobControl control;
  return jobs::run_now(build(control, std::move(corpus)));
}

jobs::Task<std::shared_ptr<const SearchIndex>> SearchIndex::build(jobs::JobControl& control,
                                                                   std::shared_ptr<const Corpus> corpus, IndexWords* words) {
  std::shared_ptr<SearchIndex> ix(new SearchIndex());
  ix->corpus_ = std::move(corpus);
  ix->build_maps();
  const auto& reviews = ix->corpus_->reviews;

  control.set_stage("Indexing", reviews.size());
  Stemmer stemmer;
  TextIndexBuilder recs({"text", "addressee", "lead"}, {1.0f, 0.6f, 0.6f}, (1u << kRecText) | (1u << kRecAddressee),
                        words ? &words->recommendations : nullptr);
  TextIndexBuilder revs({"title", "csp", "summary"}, {1.5f, 1.2f, 1.0f}, 0, words ? &words->reviews : nullptr);
  {
    // Words are about a sixth of the bytes: reserve so that the builders never copy everything to grow.
    std::size_t rec_bytes = 0, review_bytes = 0, rec_count = 0;
    for (const Review& r : reviews) {
      review_bytes += r.title.size() + r.csp.size() + r.summary.size();
      for (const Recommendation& rec : r.recommendations) rec_bytes += rec.text.size() + rec.addressed_to.size();
      rec_count += r.recommendations.size();
    }
    recs.reserve(rec_count, rec_bytes / 5);
    revs.reserve(reviews.size(), review_bytes / 5);
  }
  co_await control.checkpoint();
  std::size_t since_pause = 0;
  for (const Review& r : reviews) {
    const std::string_view review_fields[] = {r.title, r.csp, r.summary};
    revs.add_document(review_fields, stemmer);
    for (const Recommendation& rec : r.recommendations) {
      const std::string lead = r.actions.empty() ? std::string() : lead_text(r, rec);
      const std::string_view rec_fields[] = {rec.text, rec.addressed_to, lead};
      recs.add_document(rec_fields, stemmer);
    }
    since_pause += 1 + r.recommendations.size();
    control.advance();
    if (since_pause >= 256) {
      since_pause = 0;
      co_await control.checkpoint();
      if (control.cancelled()) co_return nullptr;
    }
  }
  control.set_stage("Sorting the index");
  ix->rec_text_ = co_await recs.finish(control);
  ix->review_text_ = co_await revs.finish(control);
  if (control.cancelled()) co_return nullptr;
  control.set_stage("Counting filters");

  // Dictionaries: agencies and themes have fixed lists (so that an agency: filter knows every name even when no
  // recommendation uses it); the other facets take the values found, sorted.
  std::vector<std::array<std::vector<std::string>, kFacetCount>> per_review;
  per_review.reserve(reviews.size());
  std::array<std::map<std::string, std::uint32_t>, kFacetCount> dictionary;
  for (const Review& r : reviews) {
    per_review.push_back(review_values(r));
    for (std::size_t f = 0; f < kFacetCount; ++f)
      for (const auto& s : per_review.back()[f]) dictionary[f].emplace(s, 0);
  }
  std::array<std::vector<std::string>, kFacetCount> values;
  for (std::size_t f = 0; f < kFacetCount; ++f) {
    for (auto& [name, id] : dictionary[f]) {
      id = static_cast<std::uint32_t>(values[f].size());
      values[f].push_back(name);
    }
  }
  const auto agency_index = static_cast<std::size_t>(Facet::agency), theme_index = static_cast<std::size_t>(Facet::theme);
  for (std::size_t a = 0; a < kAgencyCount; ++a) values[agency_index].emplace_back(agency_name(static_cast<Agency>(a)));
  values[theme_index] = theme_names();
  // Carried out, overdue, scope: fixed lists, derived per recommendation from the review's action plan.
  const auto status_index = static_cast<std::size_t>(Facet::status), overdue_index = static_cast<std::size_t>(Facet::overdue),
             scope_index = static_cast<std::size_t>(Facet::scope);
  values[status_index] = {"not stated", "not started", "in progress", "completed"};  // Status order
  values[overdue_index] = {"no", "yes"};
  values[scope_index] = {"local", "regional", "national"};  // Scope order, without unstated
  for (std::size_t f = 0; f < kFacetCount; ++f) {
    ix->rec_facets_[f].values = values[f];
    ix->review_facets_[f].values = values[f];
  }

  auto theme_id = [&](const std::string& t) {
    const auto& names = theme_names();
    return static_cast<std::uint32_t>(std::find(names.begin(), names.end(), t) - names.begin());
  };
  std::vector<std::uint32_t> ids;
  for (std::size_t ri = 0; ri < reviews.size(); ++ri) {
    if ((ri & 63) == 63) co_await control.checkpoint();
    const Review& r = reviews[ri];
    std::uint16_t review_agencies = 0;
    std::uint32_t review_themes = 0, review_derived[kFacetCount] = {};  // bit per value, for the derived facets
    const std::vector<RecommendationStatus> statuses = recommendation_statuses(r);
    const std::vector<Scope> scopes = recommendation_scopes(r);
    for (std::size_t k = 0; k < r.recommendations.size(); ++k) {
      const Recommendation& rec = r.recommendations[k];
      const std::uint32_t derived[] = {static_cast<std::uint32_t>(statuses[k].status), statuses[k].overdue ? 1u : 0u,
                                       static_cast<std::uint32_t>(scopes[k]) - 1};
      for (std::size_t f = 0; f < kFacetCount; ++f) {
        ids.clear();
        if (f == status_index || f == overdue_index || f == scope_index) {
          const std::uint32_t id = derived[f == status_index ? 0 : f == overdue_index ? 1 : 2];
          ids.push_back(id);
          review_derived[f] |= 1u << id;
        } else if (f == agency_index) {
          for (Agency a : rec.agencies.list()) ids.push_back(static_cast<std::uint32_t>(a));
          review_agencies |= rec.agencies.bits();
        } else if (f == theme_index) {
          for (const auto& t : rec.themes) {
            std::uint32_t id = theme_id(t);
            if (id < theme_names().size()) {
              ids.push_back(id);
              review_themes |= 1u << id;
            }
          }
        } else {
          for (const auto& s : per_review[ri][f]) ids.push_back(dictionary[f][s]);
        }
        push_doc(ix->rec_facets_[f], ids);
      }
    }
    for (std::size_t f = 0; f < kFacetCount; ++f) {
      ids.clear();
      if (f == status_index || f == overdue_index || f == scope_index) {
        for (std::uint32_t v = 0; v < values[f].size(); ++v)
          if (review_derived[f] & (1u << v)) ids.push_back(v);
      } else if (f == agency_index) {
        for (std::uint32_t a = 0; a < kAgencyCount; ++a)
          if (review_agencies & (1u << a)) ids.push_back(a);
      } else if (f == theme_index) {
        for (std::uint32_t t = 0; t < theme_names().size(); ++t)
          if (review_themes & (1u << t)) ids.push_back(t);
      } else {
        for (const auto& s : per_review[ri][f]) ids.push_back(dictionary[f][s]);
      }
      push_doc(ix->review_facets_[f], ids);
    }
  }
  co_return ix;
}

void SearchIndex::build_maps() {
  recs_.clear();
  review_first_rec_.clear();
  const auto& reviews = corpus_->reviews;
  for (std::uint32_t r = 0; r < reviews.size(); ++r) {
    review_first_rec_.push_back(static_cast<std::uint32_t>(recs_.size()));
    for (std::uint32_t i = 0; i < reviews[r].recommendations.size(); ++i) recs_.push_back({r, i});
  }
  review_first_rec_.push_back(static_cast<std::uint32_t>(recs_.size()));
}

std::uint32_t SearchIndex::find_recommendation(std::string_view review_id, std::string_view rec_id) const {
  for (std::uint32_t r = 0; r < corpus_->reviews.size(); ++r) {
    const Review& review = corpus_->reviews[r];
    if (review.id != review_id) continue;
    for (std::uint32_t i = 0; i < review.recommendations.size(); ++i)
      if (review.recommendations[i].id == rec_id || review.recommendations[i].label == rec_id)
        return review_first_rec_[r] + i;
  }
  return kNoTerm;
}

std::size_t SearchIndex::memory_bytes() const {
  std::size_t n = rec_text_.memory_bytes() + review_text_.memory_bytes() + recs_.capacity() * sizeof(RecommendationRef) +
                  review_first_rec_.capacity() * 4;
  for (const auto* cols : {&rec_facets_, &review_facets_})
    for (const auto& c : *cols) n += c.start.capacity() * 4 + c.ids.capacity() * 4;
  return n;
}

}  // namespace dhrv
