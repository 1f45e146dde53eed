#include "search/national_recommendations.h"

#include <algorithm>
#include <map>
#include <numeric>
#include <set>
#include <unordered_map>

#include "jobs/job.h"

namespace dhrv {

namespace {

// Representatives are chosen among the first members of a large lesson only: any of them reads as the lesson.
constexpr std::size_t kRepresentativeCandidates = 64;

std::uint32_t find_root(std::vector<std::uint32_t>& parent, std::uint32_t x) {
  while (parent[x] != x) x = parent[x] = parent[parent[x]];
  return x;
}

}  // namespace

std::string national_body_of(const Review& review, const Recommendation& rec) {
  const std::vector<const Action*> actions = actions_of(review, rec);
  if (recommendation_scope(rec, actions) != Scope::national) return {};
  std::string body = national_body(rec.addressed_to);
  for (const Action* a : actions)
    if (body.empty()) body = national_body(a->lead);
  for (const Action* a : actions)
    if (body.empty()) body = national_body(a->action);
  if (body.empty()) body = national_body(rec.text);
  return body.empty() ? std::string(kBodyNotNamed) : body;
}

jobs::Task<std::vector<NationalBody>> national_recommendations(jobs::JobControl& control, const SimilarityModel& model,
                                                               float threshold) {
  const SearchIndex& index = model.index();
  const Corpus& corpus = index.corpus();
  control.set_stage("Grouping national recommendations", corpus.reviews.size());

  // Each national recommendation's body, its status and its review's year.
  std::map<std::string, std::vector<std::uint32_t>> by_body;
  std::vector<Status> status(index.recommendation_count(), Status::not_stated);
  for (std::uint32_t ri = 0; ri < corpus.reviews.size(); ++ri) {
    const Review& r = corpus.reviews[ri];
    const std::vector<RecommendationStatus> statuses = recommendation_statuses(r);
    const std::uint32_t first = index.first_recommendation(ri);
    for (std::uint32_t k = 0; k < r.recommendations.size(); ++k) {
      std::string body = national_body_of(r, r.recommendations[k]);
      if (body.empty()) continue;
      by_body[std::move(body)].push_back(first + k);
      status[first + k] = statuses[k].status;
    }
    control.advance();
    if ((ri & 15) == 15) co_await control.checkpoint();
    if (control.cancelled()) co_return std::vector<NationalBody>{};
  }

  std::vector<NationalBody> out;
  std::vector<std::uint32_t> parent;
  for (auto& [name, docs] : by_body) {
    NationalBody body;
    body.name = name;
    body.recommendation_count = docs.size();
    // Single linkage over pairs at or above the threshold, within this body.
    parent.resize(docs.size());
    std::iota(parent.begin(), parent.end(), 0u);
    auto link = [&](std::uint32_t a, std::uint32_t b) {
      a = find_root(parent, a), b = find_root(parent, b);
      if (a != b) parent[std::max(a, b)] = std::min(a, b);
    };
    // Pairs at or above the threshold, by accumulating dot products over an inverted list of this body's
    // vectors (vectors have unit length, so the sums are cosines): the work follows the words two
    // recommendations share, not every pair. Sums near the threshold are confirmed with the model's own cosine.
    std::unordered_map<std::uint32_t, std::vector<std::pair<std::uint32_t, float>>> lists;
    for (std::uint32_t i = 0; i < docs.size(); ++i) {
      for (const auto& e : model.vector_of(docs[i])) lists[e.term].push_back({i, e.weight});
      if ((i & 255) == 255) co_await control.checkpoint();  // a big body has thousands
    }
    std::vector<float> sum(docs.size(), 0.f);
    std::vector<std::uint32_t> touched;
    for (std::uint32_t i = 0; i < docs.size(); ++i) {
      for (const auto& e : model.vector_of(docs[i])) {
        const auto& list = lists[e.term];
        auto it = std::upper_bound(list.begin(), list.end(), i, [](std::uint32_t v, const auto& p) { return v < p.first; });
        for (; it != list.end(); ++it) {
          if (sum[it->first] == 0.f) touched.push_back(it->first);
          sum[it->first] += e.weight * it->second;
        }
      }
      for (std::uint32_t j : touched) {
        if (sum[j] >= threshold - 1e-4f && model.cosine(docs[i], docs[j]) >= threshold) link(i, j);
        sum[j] = 0.f;
      }
      touched.clear();
      co_await control.checkpoint();  // one recommendation can walk thousands of entries of a big body
      if (control.cancelled()) co_return std::vector<NationalBody>{};
    }
    std::map<std::uint32_t, std::vector<std::uint32_t>> groups;
    for (std::uint32_t i = 0; i < docs.size(); ++i) groups[find_root(parent, i)].push_back(docs[i]);
    std::set<std::uint32_t> body_reviews;
    for (auto& [root, members] : groups) {
      co_await control.checkpoint();
      NationalLesson lesson;
      std::set<std::uint32_t> reviews;
      for (std::uint32_t d : members) {
        reviews.insert(index.ref(d).review);
        ++lesson.status[static_cast<std::size_t>(status[d])];
        const int year = index.review_of(d).death.year;
        if (year) {
          lesson.first_year = lesson.first_year ? std::min(lesson.first_year, year) : year;
          lesson.last_year = std::max(lesson.last_year, year);
        }
      }
      body_reviews.insert(reviews.begin(), reviews.end());
      lesson.review_count = reviews.size();
      // The representative: the member with the greatest summed similarity to the others.
      float best = -1.f;
      const std::size_t n = std::min(members.size(), kRepresentativeCandidates);
      for (std::size_t i = 0; i < n; ++i) {
        float sum = 0.f;
        for (std::size_t j = 0; j < n; ++j)
          if (i != j) sum += model.cosine(members[i], members[j]);
        if (sum > best) best = sum, lesson.representative = members[i];
      }
      // Representative first, then the most recent reviews (year of death), then document order.
      std::stable_sort(members.begin(), members.end(), [&](std::uint32_t a, std::uint32_t b) {
        if ((a == lesson.representative) != (b == lesson.representative)) return a == lesson.representative;
        return index.review_of(a).death.year > index.review_of(b).death.year;
      });
      lesson.recommendations = std::move(members);
      body.lessons.push_back(std::move(lesson));
    }
    body.review_count = body_reviews.size();
    std::stable_sort(body.lessons.begin(), body.lessons.end(), [](const NationalLesson& a, const NationalLesson& b) {
      if (a.review_count != b.review_count) return a.review_count > b.review_count;
      return a.last_year > b.last_year;
    });
    out.push_back(std::move(body));
  }
  std::stable_sort(out.begin(), out.end(), [](const NationalBody& a, const NationalBody& b) {
    const bool a_unnamed = a.name == kBodyNotNamed, b_unnamed = b.name == kBodyNotNamed;
    if (a_unnamed != b_unnamed) return b_unnamed;
    return a.recommendation_count > b.recommendation_count;
  });
  co_return out;
}

std::vector<NationalBody> national_recommendations(const SimilarityModel& model, float threshold) {
  jobs::JobControl control;
  return jobs::run_now(national_recommendations(control, model, threshold));
}

}  // namespace dhrv
