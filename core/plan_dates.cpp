#include "plan_dates.h"

#include <cctype>
#include <string>
#include <vector>

#include "text.h"

namespace dhrv {

namespace {

// Letters-only or digits-only pieces of the text, with their byte ranges.
struct Piece {
  std::string text;  // folded
  bool digits = false;
  std::size_t begin = 0, end = 0;
  char after = 0;  // the byte right after it ('/', '-', '.', ' ' ...)
};

std::vector<Piece> pieces(std::string_view s) {
  std::vector<Piece> out;
  std::size_t i = 0;
  while (i < s.size()) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    if (std::isalnum(c)) {
      const bool digit = std::isdigit(c);
      std::size_t j = i;
      while (j < s.size() && std::isalnum(static_cast<unsigned char>(s[j])) &&
             static_cast<bool>(std::isdigit(static_cast<unsigned char>(s[j]))) == digit)
        ++j;
      out.push_back({fold(s.substr(i, j - i)), digit, i, j, j < s.size() ? s[j] : '\0'});
      i = j;
    } else {
      ++i;
    }
  }
  return out;
}

int number(const Piece& p) {
  if (p.text.size() > 6) return -1;  // no date part is that long (and the sum would overflow)
  int n = 0;
  for (char c : p.text) n = n * 10 + (c - '0');
  return n;
}

bool year4(const Piece& p) { return p.digits && p.text.size() == 4 && number(p) >= 1900 && number(p) <= 2100; }

std::optional<int> month_piece(const Piece& p) {
  if (p.digits || p.text.size() < 3) return std::nullopt;
  return month_from_name(p.text);
}

// A date starting at piece i; `used` is how many pieces it takes.
std::optional<YearMonth> date_at(const std::vector<Piece>& ps, std::size_t i, std::size_t& used) {
  const std::size_t n = ps.size() - i;
  const Piece& a = ps[i];
  // "Q2 2023": a quarter, due by its last month ("Q" and its digit are pieces of their own).
  if (a.text == "q" && n >= 3 && ps[i + 1].digits && ps[i + 1].begin == a.end && year4(ps[i + 2])) {
    const int q = number(ps[i + 1]);
    if (q < 1 || q > 4) return std::nullopt;
    used = 3;
    return YearMonth{number(ps[i + 2]), q * 3};
  }
  // "March 2024", "Mar-24", "Sept 2023", "March, 2024"
  if (auto m = month_piece(a); m && n >= 2 && ps[i + 1].digits) {
    const int y = number(ps[i + 1]);
    if (year4(ps[i + 1])) { used = 2; return YearMonth{y, *m}; }
    if (ps[i + 1].text.size() == 2 && a.after == '-') { used = 2; return YearMonth{2000 + y, *m}; }
    return std::nullopt;
  }
  if (!a.digits) return std::nullopt;
  // "30 April 2023", "1st May 2023"
  if (n >= 3 && number(a) >= 1 && number(a) <= 31 && a.text.size() <= 2) {
    std::size_t k = i + 1;
    if (!ps[k].digits && (ps[k].text == "st" || ps[k].text == "nd" || ps[k].text == "rd" || ps[k].text == "th")) ++k;
    if (k + 1 < ps.size())
      if (auto m = month_piece(ps[k]); m && year4(ps[k + 1])) {
        used = k + 2 - i;
        return YearMonth{number(ps[k + 1]), *m};
      }
  }
  // "2023-04", "2023-04-30", "2023/04"
  if (year4(a) && n >= 2 && (a.after == '-' || a.after == '/') && ps[i + 1].digits && ps[i + 1].text.size() <= 2) {
    const int m = number(ps[i + 1]);
    if (m >= 1 && m <= 12) {
      used = n >= 3 && ps[i + 1].after == a.after && ps[i + 2].digits && ps[i + 2].text.size() <= 2 ? 3 : 2;
      return YearMonth{number(a), m};
    }
    return std::nullopt;
  }
  // "31/03/2024", "31.03.2024", "31-03-2024" (day first)
  if (a.text.size() <= 2 && n >= 3 && (a.after == '/' || a.after == '.' || a.after == '-') && ps[i + 1].digits &&
      ps[i + 1].text.size() <= 2 && ps[i + 1].after == a.after && year4(ps[i + 2])) {
    const int d = number(a), m = number(ps[i + 1]);
    if (d >= 1 && d <= 31 && m >= 1 && m <= 12) { used = 3; return YearMonth{number(ps[i + 2]), m}; }
    return std::nullopt;
  }
  // "09/2020"
  if (a.text.size() <= 2 && n >= 2 && (a.after == '/' || a.after == '.') && year4(ps[i + 1])) {
    const int m = number(a);
    if (m >= 1 && m <= 12) { used = 2; return YearMonth{number(ps[i + 1]), m}; }
    return std::nullopt;
  }
  if (year4(a)) { used = 1; return YearMonth{number(a), 0}; }
  return std::nullopt;
}

}  // namespace

std::optional<YearMonth> parse_plan_date(std::string_view text) {
  const std::vector<Piece> ps = pieces(trim(text));
  std::size_t i = 0;
  // "By", "End of", "By end of", "Before"
  while (i < ps.size() && !ps[i].digits && (ps[i].text == "by" || ps[i].text == "end" || ps[i].text == "of" ||
                                            ps[i].text == "before" || ps[i].text == "the"))
    ++i;
  if (i >= ps.size()) return std::nullopt;
  std::size_t used = 0;
  auto d = date_at(ps, i, used);
  if (!d || i + used != ps.size()) return std::nullopt;
  return d;
}

std::optional<FoundDate> find_date(std::string_view text) {
  const std::vector<Piece> ps = pieces(text);
  std::optional<FoundDate> year_only;
  for (std::size_t i = 0; i < ps.size(); ++i) {
    std::size_t used = 0;
    auto d = date_at(ps, i, used);
    if (!d) continue;
    FoundDate f{*d, ps[i].begin, ps[i + used - 1].end};
    if (d->month) return f;
    if (!year_only) year_only = f;  // a year alone only when nothing better follows
  }
  return year_only;
}

}  // namespace dhrv
