// labels.h: how reports number their recommendations, read from the start of a line: "1.", "9.1", "11.10",
// "10.2a", "10.2(a)", "Recommendation 3:", "Rec 4", "R5"; sub-items "(a)", "b)", "(iv)"; bullets.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace dhrv::reports {

enum class LabelKind {
  number,  // "1.", "9.1", "10.2a"
  word,    // "Recommendation 3:", "Rec 4", "R5"
  letter,  // "(a)", "b)", "(iv)": a sub-item
  bullet,  // "•", "–", "-"
};

struct Label {
  LabelKind kind = LabelKind::number;
  std::string text;           // as the scorer and people compare it: "1", "9.1", "10.2a", "3", "a"
  std::size_t text_begin = 0; // where the line's text starts after the label (and its punctuation)
};

std::optional<Label> match_label(std::string_view line);

// "Lesson 1:", "Learning point 2": numbered lessons, which are not recommendations.
bool starts_lesson(std::string_view line);

// Whether `next` plausibly follows `previous` in one list: 3 after 2, 9.2 after 9.1, 10.1 after 10, 11 after
// 10.3, 10.3a after 10.2b.
bool follows(std::string_view previous, std::string_view next);

}  // namespace dhrv::reports
