// stopwords.h: the stems of the words left out when comparing recommendations (assets/rules/stopwords.txt).
#pragma once

#include <string>
#include <unordered_set>

namespace dhrv {

// Stems, as the index stores terms (Snowball English of folded words).
const std::unordered_set<std::string>& stopword_stems();

}  // namespace dhrv
