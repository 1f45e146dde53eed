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
std::string neutralise_formula(std::string_view cell);

// Counts and breakdowns (by CSP, region, year of death, year published, agency, theme) as JSON.
std::string stats_json(const Corpus& c);
std::string stats_text(const Corpus& c);

std::vector<const Review*> all_reviews(const Corpus& c);

}  // namespace dhrv
