// json_codec.h: the canonical JSON form of reviews, written by `dhrv export --format json` and read back by
// readers/canonical_json.cpp. Writing and reading live side by side so the two cannot drift apart: a review
// written and read back is equal to the original (tests/test_json_roundtrip.cpp).
#pragma once

#include <nlohmann/json.hpp>

#include "model.h"

namespace dhrv {

using ojson = nlohmann::ordered_json;

ojson review_to_json(const Review& r);
ojson diagnostic_to_json(const Diagnostic& d);

// Reads one review; problems are appended to `problems` as "reviews[3].recommendations[2].text: expected a string".
Review review_from_json(const ojson& j, const std::string& path, std::vector<std::string>& problems);

}  // namespace dhrv
