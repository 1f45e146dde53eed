// json_codec.h: the canonical JSON form of reviews, written by `dhrv export --format json` and read back by
// readers/canonical_json.cpp. Writing and reading live side by side so the two cannot drift apart: a review
// written and read back is equal to the original (tests/test_json_roundtrip.cpp).
#pragma once

#include <nlohmann/json.hpp>

#include "corpus.h"
#include "model.h"

namespace dhrv {

using ojson = nlohmann::ordered_json;

ojson review_to_json(const Review& r);
ojson action_to_json(const Action& a);
ojson diagnostic_to_json(const Diagnostic& d);

// What a corpus knows besides its reviews: the files it was read from, the diagnostics, the library vocabularies
// (kept in the binary index file, so that commands answer the same on an index as on its sources).
ojson corpus_meta_to_json(const Corpus& c);
// False when the shape is wrong; field problems are appended to `problems`.
bool corpus_meta_from_json(const ojson& j, Corpus& c, std::vector<std::string>& problems);

// Reads one review; problems are appended to `problems` as "reviews[3].recommendations[2].text: expected a string".
Review review_from_json(const ojson& j, const std::string& path, std::vector<std::string>& problems);

}  // namespace dhrv
