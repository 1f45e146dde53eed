// natural_order.h: recommendation labels sorted the way a reader expects.
//
// Labels are printed like 10.2a, 11.10, R3, "1.", "Rec 4". Comparing them as strings puts 11.10 before 11.2;
// here digit runs compare as numbers and letter runs as folded text, so 10.2a < 10.3a < 11.2 < 11.9 < 11.10.
#pragma once

#include <string_view>

namespace dhrv {

// <0, 0, >0 like strcmp. Total order: ties on the natural key fall back to plain byte order.
int natural_compare(std::string_view a, std::string_view b);
inline bool natural_less(std::string_view a, std::string_view b) { return natural_compare(a, b) < 0; }

}  // namespace dhrv
