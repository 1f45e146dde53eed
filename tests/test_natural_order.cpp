#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "natural_order.h"

using namespace dhrv;

TEST_CASE("recommendation labels sort naturally, not as strings") {
  std::vector<std::string> labels = {"12.1", "11.10", "11.2", "10.3b", "11.9", "10.2a", "11.1", "10.3a", "10.5"};
  std::sort(labels.begin(), labels.end(), natural_less);
  CHECK(labels == std::vector<std::string>{"10.2a", "10.3a", "10.3b", "10.5", "11.1", "11.2", "11.9", "11.10", "12.1"});
}

TEST_CASE("other label styles") {
  CHECK(natural_less("R3", "R10"));
  CHECK(natural_less("1.", "2."));
  CHECK(natural_less("10.2", "10.2a"));
  CHECK(natural_less("Rec 4", "Rec 12"));
  CHECK(natural_less("007", "8"));
  CHECK(natural_compare("11.10", "11.10") == 0);
  CHECK(natural_compare("a", "A") != 0);  // total order: ties broken by bytes
  CHECK_FALSE(natural_less("11.10", "11.9"));
}
