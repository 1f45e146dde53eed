// export.h: the corpus (or any selection of it) as JSON, CSV or statistics, for `dhrv` and the viewer's Export.
#pragma once

#include <string>
#include <vector>

#include "corpus.h"

namespace dhrv {

// Canonical JSON: {"reviews":[...], "diagnostics":[...]} (json_codec.h). Lossless: read back it gives equal reviews.
std::string export_json(const std::vector<const Review*>& reviews, const std::vector<Diagnostic>& diagnostics);

// One row per recommendation with its review's fields. Cells that a spreadsheet would run as a formula
// (starting with = + - @, tab or CR) get a leading apostrophe.
std::string export_csv(const std::vector<const Review*>& reviews);

// A selection of recommendations (say, search results in their order) in the same CSV columns, or as JSON
// {"query","total","recommendations":[{review_id, title, csp, region, published, death, recommendation_id,
// label, text, addressed_to, agencies, themes}]}.
struct RecommendationRow {
  const Review* review;
  const Recommendation* recommendation;
};
std::string export_csv(const std::vector<RecommendationRow>& rows);
// `view`: the viewer's link for the search and filters that gave these rows (empty when there is none).
std::string export_json(const std::vector<RecommendationRow>& rows, std::string_view query, std::string_view view = {});

// How to cite one recommendation: review, CSP, dates, label, text, addressee and the viewer's id.
std::string citation(const Review& r, const Recommendation& rec);
std::string neutralise_formula(std::string_view cell);

// Counts and breakdowns (by CSP, region, year of death, year published, agency, theme) as JSON.
std::string stats_json(const Corpus& c);
std::string stats_text(const Corpus& c);

std::vector<const Review*> all_reviews(const Corpus& c);

}  // namespace dhrv
