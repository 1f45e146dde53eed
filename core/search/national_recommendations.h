// national_recommendations.h: recommendations that reach beyond the local area, grouped by the national body they
// are for, so that people can see what government and national bodies were asked again and again, and whether
// it was recorded as done.
//
// A recommendation is in when its scope is national (implementation_status.h: addressed to a national body, or an
// action says national). Its body is the first national body named by, in turn: its addressee, its actions' lead
// agencies, its actions' text, its own text ("write to the Home Office about..."); else "National body not named".
// Within a body, recommendations that say much the same (cosine at or above the threshold, as recurring lessons)
// are one lesson; a lesson counts the reviews that made it and how many of its recommendations are recorded as
// completed. Lessons made by the most reviews come first ("recurring first"), then the most recent.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <vector>

#include "implementation_status.h"
#include "jobs/job_control.h"
#include "jobs/task.h"
#include "search/similar.h"

namespace dhrv {

inline constexpr std::string_view kBodyNotNamed = "National body not named";

struct NationalLesson {
  std::vector<std::uint32_t> recommendations;  // documents: representative first, then most recent review first
  std::uint32_t representative = 0;            // the member most like the others
  std::size_t review_count = 0;
  std::array<std::size_t, kStatusCount> status{};  // members by status (Status order)
  int first_year = 0, last_year = 0;               // of death, where known
  std::size_t completed() const { return status[static_cast<std::size_t>(Status::completed)]; }
};

struct NationalBody {
  std::string name;
  std::vector<NationalLesson> lessons;  // recurring first
  std::size_t recommendation_count = 0, review_count = 0;
};

// The national body a recommendation is for, found as described above ("" when it is not national).
std::string national_body_of(const Review& review, const Recommendation& rec);

// Bodies with most recommendations first ("National body not named" last). Pauses at checkpoints.
jobs::Task<std::vector<NationalBody>> national_recommendations(jobs::JobControl& control, const SimilarityModel& model,
                                                               float threshold = 0.5f);
// The same, at once.
std::vector<NationalBody> national_recommendations(const SimilarityModel& model, float threshold = 0.5f);

}  // namespace dhrv
