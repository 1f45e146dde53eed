#include "corpus.h"

namespace dhrv {

std::size_t Corpus::recommendation_count() const {
  std::size_t n = 0;
  for (const auto& r : reviews) n += r.recommendations.size();
  return n;
}

const Review* Corpus::find(std::string_view id) const {
  for (const auto& r : reviews)
    if (r.id == id) return &r;
  return nullptr;
}

std::size_t count_incidents(const std::vector<Review>& reviews) {
  std::size_t n = 0;
  for (const auto& r : reviews) n += r.incident.has_value();
  return n;
}

}  // namespace dhrv
