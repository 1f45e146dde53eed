#include "reports/report_cover.h"

#include <algorithm>
#include <cmath>

#include "csp_names.h"
#include "plan_dates.h"
#include "text.h"

namespace dhrv::reports {

namespace {

constexpr int kEarlyPages = 3;  // where a date of death or a name is looked for when the cover does not say

bool contains(const std::string& folded, std::string_view what) { return folded.find(what) != std::string::npos; }

std::string joined(const std::vector<const FlowLine*>& lines) {
  std::string out;
  for (const FlowLine* l : lines) out += (out.empty() ? "" : " ") + l->text;
  return out;
}

// The cover's title: the lines set in its largest type (one run of them), leaving out the partnership's name.
std::string cover_title(const Flow& flow) {
  float largest = 0;
  for (const FlowLine* l : flow.cover)
    if (!contains(fold(l->text), "partnership") && l->text.find(' ') != std::string::npos) largest = std::max(largest, l->size);
  std::vector<const FlowLine*> run;
  for (const FlowLine* l : flow.cover) {
    const bool title_size = largest > 0 && std::fabs(l->size - largest) < 0.3f && !contains(fold(l->text), "partnership");
    if (title_size) run.push_back(l);
    else if (!run.empty()) break;
  }
  if (largest <= flow.body_size + 0.5f) return "";  // nothing stands out: no title block
  return joined(run);
}

// "Date completed: January 2023", "Final version June 2021", or a date alone on the cover.
YearMonth completion(const Flow& flow) {
  static constexpr std::string_view kCues[] = {"date completed", "completed", "final version", "final report",
                                               "version date", "date of report", "report date", "dated", "published",
                                               "date:"};
  for (const FlowLine* l : flow.cover) {
    const std::string f = fold(l->text);
    for (std::string_view cue : kCues)
      if (contains(f, cue) && !contains(f, "died") && !contains(f, "death"))
        if (auto d = find_date(l->text)) return d->date;
  }
  for (const FlowLine* l : flow.cover)
    if (auto d = parse_plan_date(l->text); d && d->month) return *d;
  return {};
}

// "Independent Chair and Author: Miriam Oakhurst", "Report author: ...", "Independent Author: ...", and with
// `chair`, "Chair: ..." (used when no line names an author).
std::string author_in(const std::string& text, bool chair = false) {
  const std::size_t colon = text.find(':');
  if (colon == std::string::npos || colon > 60) return "";
  const std::string label = fold(text.substr(0, colon));
  const bool named = chair ? contains(label, "chair") || contains(label, "reviewer")
                           : contains(label, "author") || contains(label, "written by");
  if (!named) return "";
  std::string name = collapse_spaces(text.substr(colon + 1));
  while (!name.empty() && (name.back() == '.' || name.back() == ',')) name.pop_back();
  return name.size() > 80 ? "" : name;
}

// The name after "death of" / "homicide of" up to where the sentence goes on ("who", "in", a comma).
std::string subject_in(const std::string& text) {
  const std::string f = fold(text);
  for (std::string_view cue : {"death of ", "homicide of ", "murder of ", "killing of ", "deaths of "}) {
    std::size_t at = f.find(cue);
    if (at == std::string::npos) continue;
    // fold() may change byte lengths before `at`; find the same cue in the original text, case aside.
    std::size_t orig = std::string::npos;
    for (std::size_t i = 0; i + cue.size() <= text.size(); ++i)
      if (fold(text.substr(i, cue.size())) == cue) { orig = i; break; }
    if (orig == std::string::npos) continue;
    std::string rest = text.substr(orig + cue.size());
    static constexpr std::string_view kStops[] = {",", " who ", " in ", " on ", " aged ", " at ", " (", ";", " died",
                                                  " and ", " from ", " - ", " \xE2\x80\x93 "};
    std::size_t end = rest.size();
    for (std::string_view s : kStops) end = std::min(end, rest.find(s));
    std::string name = collapse_spaces(rest.substr(0, end));
    while (!name.empty() && (name.back() == '.' || name.back() == ':')) name.pop_back();
    // Quotes around a pseudonym ('TL', “Adult A”) are not part of it.
    auto strip = [&](std::string_view open, std::string_view close) {
      if (name.size() >= open.size() + close.size() && name.compare(0, open.size(), open) == 0 &&
          name.compare(name.size() - close.size(), close.size(), close) == 0)
        name = name.substr(open.size(), name.size() - open.size() - close.size());
    };
    strip("'", "'"), strip("\"", "\""), strip("\xE2\x80\x98", "\xE2\x80\x99"), strip("\xE2\x80\x9C", "\xE2\x80\x9D");
    if (name.size() > 1 && name.size() <= 40 && !name.empty() && !(name[0] >= 'a' && name[0] <= 'z')) return name;
  }
  return "";
}

// A date after "died" / "death" in the same sentence: "who died in March 2021", "the death of Sam in August
// 2020", "Died September 2018", "died at her home in Halifax in November 2019".
std::optional<YearMonth> death_in(const std::string& text) {
  // ASCII case aside (the cues are ASCII), so offsets stay those of `text`.
  std::string lower = text;
  for (char& ch : lower) ch = (ch >= 'A' && ch <= 'Z') ? static_cast<char>(ch - 'A' + 'a') : ch;
  for (std::string_view cue : {"died", "death of", "killed", "was found dead"}) {
    for (std::size_t at = lower.find(cue); at != std::string::npos; at = lower.find(cue, at + 1)) {
      std::size_t end = lower.find(". ", at);
      end = std::min({end == std::string::npos ? lower.size() : end, at + 120, lower.size()});
      if (auto d = find_date(std::string_view(text).substr(at, end - at))) return d->date;
    }
  }
  return std::nullopt;
}

}  // namespace

CoverFacts read_cover(const Flow& flow) {
  CoverFacts c;
  c.title = cover_title(flow);
  const std::string cover_text = joined(flow.cover);
  const std::string cover_folded = fold(cover_text);

  // CSP: the line naming a partnership, else any cover line the library's list finds, else the title.
  for (const FlowLine* l : flow.cover)
    if (contains(fold(l->text), "partnership"))
      if (auto m = find_csp(l->text)) { c.csp = m->name; c.csp_listed = m->listed; break; }
  if (c.csp.empty())
    for (const FlowLine* l : flow.cover)
      if (auto m = find_csp(l->text); m && m->listed) { c.csp = m->name; c.csp_listed = true; break; }

  // Kind: whichever the cover names first.
  const std::size_t exec = cover_folded.find("executive summary"), overview = cover_folded.find("overview report");
  if (exec != std::string::npos && (overview == std::string::npos || exec < overview)) c.kind = ReportKind::executive_summary;
  else if (overview != std::string::npos) c.kind = ReportKind::overview;

  c.completed = completion(flow);
  for (bool chair : {false, true})
    for (const FlowLine* l : flow.cover)
      if (std::string a = author_in(l->text, chair); c.author.empty() && !a.empty()) c.author = a;

  // The first pages' paragraphs (a block's lines joined), for what the cover does not say. Facts are looked for
  // one paragraph at a time, so a date is never taken from the next block.
  std::vector<std::pair<int, std::string>> early;  // page, paragraph
  for (const FlowLine& l : flow.lines) {
    if (l.page > kEarlyPages) break;
    if (early.empty() || l.block_start || early.back().first != l.page) early.push_back({l.page, ""});
    early.back().second += (early.back().second.empty() ? "" : " ") + l.text;
  }
  c.subject = subject_in(c.title);
  for (const auto& [page, text] : early)
    if (c.subject.empty() && page == 1) c.subject = subject_in(text);
  if (c.subject.empty() && !c.title.empty()) {
    // "Domestic Homicide Review Overview Report: Jade": the name after the title's colon.
    const std::size_t colon = c.title.rfind(": ");
    if (colon != std::string::npos) {
      std::string after = collapse_spaces(c.title.substr(colon + 2));
      if (!after.empty() && after.size() <= 30 && std::count(after.begin(), after.end(), ' ') <= 2 &&
          !(after[0] >= 'a' && after[0] <= 'z'))
        c.subject = after;
    }
  }
  for (const auto& [page, text] : early) {
    if (c.death.known()) break;
    if (auto d = death_in(text)) c.death = *d, c.death_page = page;
  }
  if (c.author.empty())
    for (const FlowLine& l : flow.lines) {
      if (l.page > kEarlyPages) break;
      // Only "Author: Name" lines are read ("The independent chair of this review is ..." is not).
      if (std::string a = author_in(l.text); !a.empty()) { c.author = a; break; }
    }
  for (const auto& [page, text] : early) {
    const std::string f = fold(text);
    if (contains(f, "domestic homicide review") || contains(f, "domestic abuse related death review") ||
        contains(f, " dhr ") || contains(f, " dhr") || contains(f, "homicide review"))
      c.mentions_review = true;
  }
  return c;
}

}  // namespace dhrv::reports
