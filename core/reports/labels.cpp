#include "reports/labels.h"

#include <cctype>
#include <vector>

#include "model.h"
#include "text.h"

namespace dhrv::reports {

namespace {

bool digit(char c) { return c >= '0' && c <= '9'; }
bool lower(char c) { return c >= 'a' && c <= 'z'; }

// "9", "9.1", "10.2a", "10.2(a)" at s[i]: the label (normalised) and where it ends.
std::optional<std::string> numbering(std::string_view s, std::size_t& i) {
  std::string out;
  int groups = 0;
  while (i < s.size() && digit(s[i])) {
    std::size_t start = i;
    while (i < s.size() && digit(s[i])) ++i;
    if (i - start > 3) return std::nullopt;  // a year or a count, not a label
    out.append(s.substr(start, i - start));
    ++groups;
    if (groups < 5 && i + 1 < s.size() && s[i] == '.' && digit(s[i + 1])) {
      out += '.';
      ++i;
      continue;
    }
    break;
  }
  if (!groups) return std::nullopt;
  // A letter straight after ("10.2a") or in brackets ("10.2(a)"), then not another letter.
  if (i < s.size() && lower(s[i]) && (i + 1 == s.size() || !std::isalpha(static_cast<unsigned char>(s[i + 1])))) {
    out += s[i++];
  } else if (i + 2 < s.size() && s[i] == '(' && lower(s[i + 1]) && s[i + 2] == ')') {
    out += s[i + 1];
    i += 3;
  }
  return out;
}

std::size_t skip_spaces(std::string_view s, std::size_t i) {
  while (i < s.size() && (s[i] == ' ' || s[i] == '\t')) ++i;
  return i;
}

// The label's own punctuation: "1." "1)" "3:" "3 -" "3 –"
std::size_t skip_punctuation(std::string_view s, std::size_t i) {
  if (i < s.size() && (s[i] == '.' || s[i] == ':' || s[i] == ')')) ++i;
  std::size_t j = skip_spaces(s, i);
  if (j < s.size() && s[j] == '-') return skip_spaces(s, j + 1);
  if (s.substr(j, 3) == "\xE2\x80\x93" || s.substr(j, 3) == "\xE2\x80\x94") return skip_spaces(s, j + 3);  // – —
  return j;
}

bool roman(std::string_view s) {
  if (s.empty() || s.size() > 5) return false;
  for (char c : s)
    if (c != 'i' && c != 'v' && c != 'x') return false;
  return true;
}

std::vector<std::string> parts(std::string_view label) {
  std::vector<std::string> out;
  std::string cur;
  for (char c : label) {
    if (c == '.') { out.push_back(cur); cur.clear(); }
    else if (lower(c) && !cur.empty() && digit(cur.back())) { out.push_back(cur); cur = std::string(1, c); }
    else cur += c;
  }
  out.push_back(cur);
  return out;
}

int as_number(const std::string& s) {
  if (s.empty()) return -1;
  if (digit(s[0])) {
    int n = 0;
    for (char c : s) n = n * 10 + (c - '0');
    return n;
  }
  return s.size() == 1 ? s[0] - 'a' + 1 : -1;  // a letter counts a, b, c...
}

}  // namespace

std::optional<Label> match_label(std::string_view line) {
  std::string_view s = trim(line);
  const std::size_t lead = static_cast<std::size_t>(s.data() - line.data());
  if (s.empty()) return std::nullopt;
  // "Recommendation 3:", "Rec. 4", "R5"
  const std::string head = fold(s.substr(0, 16));
  for (std::string_view word : {"recommendation", "rec.", "rec"}) {
    if (head.rfind(word, 0) != 0) continue;
    std::size_t i = skip_spaces(s, word.size());
    if (i == word.size() && word != "rec.") continue;  // "Recommendations", "Record": not a label
    if (i < s.size() && s[i] == '#') i = skip_spaces(s, i + 1);
    if (auto n = numbering(s, i)) return Label{LabelKind::word, *n, lead + skip_punctuation(s, i)};
  }
  // "R5": the letter is part of the label as printed (only the word "Recommendation" is not).
  if (s.size() >= 2 && s[0] == 'R' && digit(s[1])) {
    std::size_t i = 1;
    if (auto n = numbering(s, i); n && (i == s.size() || !std::isalpha(static_cast<unsigned char>(s[i]))))
      return Label{LabelKind::word, "R" + *n, lead + skip_punctuation(s, i)};
  }
  // "1.", "9.1", "10.2a", "1)": a number, then its punctuation or a space, then text that starts a sentence.
  if (digit(s[0])) {
    std::size_t i = 0;
    auto n = numbering(s, i);
    if (!n || i >= s.size()) return n ? std::optional<Label>(Label{LabelKind::number, *n, lead + i}) : std::nullopt;
    const char after = s[i];
    if (after != '.' && after != ')' && after != ' ' && after != '\t' && after != ':') return std::nullopt;
    const std::size_t text = skip_punctuation(s, i);
    if (text == i && after != ' ' && after != '\t') return std::nullopt;
    if (text < s.size()) {
      // "19 years old", "2 April": a number in running text is followed by a small letter or a month.
      const unsigned char c = static_cast<unsigned char>(s[text]);
      if (after == ' ' && !std::isupper(c) && c != '(' && c != '\'' && c != '"' && c < 0x80) return std::nullopt;
      // "2 April 2019": a date in running text.
      const std::string_view next = s.substr(text, s.find(' ', text) == std::string_view::npos ? std::string_view::npos : s.find(' ', text) - text);
      if (after == ' ' && next.size() >= 3 && month_from_name(next)) return std::nullopt;
    }
    return Label{LabelKind::number, *n, lead + text};
  }
  // "(a)", "(iv)", "a)", "b."
  if (s[0] == '(' || lower(s[0])) {
    const std::size_t open = s[0] == '(' ? 1 : 0;
    std::size_t i = open;
    while (i < s.size() && lower(s[i]) && i - open < 5) ++i;
    const std::string_view body = s.substr(open, i - open);
    const bool closed = i < s.size() && (s[i] == ')' || (!open && s[i] == '.' && body.size() == 1));
    if (closed && (body.size() == 1 || roman(body)) && (i + 1 == s.size() || s[i + 1] == ' ' || s[i + 1] == '\t'))
      return Label{LabelKind::letter, std::string(body), lead + skip_spaces(s, i + 1)};
    return std::nullopt;
  }
  // Bullets: • ▪ ◦ ‣ ● ○ ■ □ ➢ ► – - * ·
  static constexpr std::string_view kBullets[] = {"\xE2\x80\xA2", "\xE2\x96\xAA", "\xE2\x97\xA6", "\xE2\x80\xA3",
                                                  "\xE2\x97\x8F", "\xE2\x97\x8B", "\xE2\x96\xA0", "\xE2\x96\xA1",
                                                  "\xE2\x9E\xA2", "\xE2\x96\xBA", "\xE2\x80\x93", "-", "*",
                                                  "\xC2\xB7", "\xEF\x82\xB7"};
  for (std::string_view b : kBullets)
    if (s.substr(0, b.size()) == b && s.size() > b.size() && (s[b.size()] == ' ' || s[b.size()] == '\t'))
      return Label{LabelKind::bullet, "", lead + skip_spaces(s, b.size())};
  return std::nullopt;
}

bool starts_lesson(std::string_view line) {
  const std::string head = fold(trim(line).substr(0, 24));
  for (std::string_view word : {"lesson ", "learning point ", "learning ", "key learning "})
    if (head.rfind(word, 0) == 0 && head.size() > word.size() && digit(head[word.size()])) return true;
  return false;
}

bool follows(std::string_view previous, std::string_view next) {
  // "R4" then "R5": the prefix letter is not part of the count.
  if (previous.size() > 1 && next.size() > 1 && previous[0] == 'R' && next[0] == 'R') previous.remove_prefix(1), next.remove_prefix(1);
  const auto a = parts(previous), b = parts(next);
  if (a.empty() || b.empty()) return false;
  // Deeper by one: 10 -> 10.1, 10.2 -> 10.2a (the first of its kind).
  if (b.size() == a.size() + 1 && std::equal(a.begin(), a.end(), b.begin())) return as_number(b.back()) <= 1;
  // The same depth or shallower: one more at the level where they differ, the rest starting again.
  for (std::size_t level = 0; level < b.size(); ++level) {
    if (level >= a.size()) return false;
    if (a[level] == b[level]) continue;
    if (as_number(b[level]) != as_number(a[level]) + 1) return false;
    for (std::size_t k = level + 1; k < b.size(); ++k)
      if (as_number(b[k]) > 1) return false;
    return true;
  }
  return false;
}

}  // namespace dhrv::reports
