#include "model.h"

#include <algorithm>
#include <array>
#include <charconv>

#include "text.h"

namespace dhrv {

namespace {
constexpr std::array<std::string_view, 12> kMonths = {"January", "February", "March",     "April",   "May",      "June",
                                                      "July",    "August",   "September", "October", "November", "December"};
bool parse_int(std::string_view s, int& out) {
  if (s.empty()) return false;
  auto r = std::from_chars(s.data(), s.data() + s.size(), out);
  return r.ec == std::errc{} && r.ptr == s.data() + s.size();
}
}  // namespace

const std::string* FactRow::field(std::string_view name) const {
  for (const auto& f : fields)
    if (f.name == name) return &f.value;
  return nullptr;
}
Tri FactRow::flag(std::string_view name) const {
  for (const auto& f : flags)
    if (f.name == name) return f.value;
  return Tri::unknown;
}

std::optional<int> month_from_name(std::string_view name) {
  std::string f = fold(trim(name));
  if (f.size() < 3) return std::nullopt;
  for (std::size_t i = 0; i < kMonths.size(); ++i) {
    std::string m = fold(kMonths[i]);
    // Full name, or its first three letters ("Sept" is accepted too).
    if (f == m || (f.size() <= m.size() && m.compare(0, f.size(), f) == 0)) return static_cast<int>(i + 1);
  }
  return std::nullopt;
}

std::string_view month_name(int month) { return month >= 1 && month <= 12 ? kMonths[month - 1] : std::string_view{}; }

std::string format_year_month(YearMonth ym) {
  if (!ym.known()) return {};
  std::string out = std::to_string(ym.year);
  if (ym.month) {
    out += ym.month < 10 ? "-0" : "-";
    out += std::to_string(ym.month);
  }
  return out;
}

std::optional<YearMonth> parse_year_month(std::string_view text) {
  text = trim(text);
  int year = 0, month = 0;
  auto valid_year = [](int y) { return y >= 1900 && y <= 2100; };
  if (parse_int(text, year)) return valid_year(year) ? std::optional<YearMonth>{{year, 0}} : std::nullopt;
  // ISO "YYYY-MM" or "MM-YYYY" (the DHRD codebook's form).
  if (text.size() == 7 && (text[4] == '-' || text[2] == '-')) {
    bool iso = text[4] == '-';
    if (parse_int(text.substr(iso ? 0 : 3, 4), year) && parse_int(text.substr(iso ? 5 : 0, 2), month) &&
        valid_year(year) && month >= 1 && month <= 12)
      return YearMonth{year, month};
    return std::nullopt;
  }
  // "September 2018"
  auto space = text.rfind(' ');
  if (space == std::string_view::npos) return std::nullopt;
  auto m = month_from_name(text.substr(0, space));
  if (!m || !parse_int(trim(text.substr(space + 1)), year) || !valid_year(year)) return std::nullopt;
  return YearMonth{year, *m};
}

std::string_view scope_name(Scope s) {
  switch (s) {
    case Scope::local: return "local";
    case Scope::regional: return "regional";
    case Scope::national: return "national";
    case Scope::unstated: break;
  }
  return "";
}

std::optional<Scope> scope_from_text(std::string_view text) {
  // "Regional", "local / regional", "Local and national": the widest named (the work reaches that far).
  Scope widest = Scope::unstated;
  for (const Token& t : tokenize(text)) {
    if (t.text == "and" || t.text == "or") continue;
    std::optional<Scope> s;
    for (Scope c : {Scope::local, Scope::regional, Scope::national})
      if (t.text == scope_name(c)) s = c;
    if (!s) return std::nullopt;
    widest = std::max(widest, *s);
  }
  return widest;
}

std::string_view report_kind_key(ReportKind k) {
  switch (k) {
    case ReportKind::overview: return "overview";
    case ReportKind::executive_summary: return "executive-summary";
    case ReportKind::unknown: break;
  }
  return "";
}

std::string_view report_kind_name(ReportKind k) {
  switch (k) {
    case ReportKind::overview: return "Overview report";
    case ReportKind::executive_summary: return "Executive summary";
    case ReportKind::unknown: break;
  }
  return "";
}

std::optional<ReportKind> report_kind_from_key(std::string_view key) {
  for (ReportKind k : {ReportKind::unknown, ReportKind::overview, ReportKind::executive_summary})
    if (key == report_kind_key(k)) return k;
  return std::nullopt;
}

}  // namespace dhrv
