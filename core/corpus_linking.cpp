#include "corpus_linking.h"

#include <algorithm>
#include <map>
#include <set>

#include "text.h"

namespace dhrv {

namespace {

std::string where(const SourceRef& s) {
  if (s.page) return s.file + " (page " + std::to_string(s.page) + ")";
  return s.file + ":" + std::to_string(s.line);
}

std::string describe_date(YearMonth ym) {
  if (!ym.known()) return "unknown date";
  return ym.month ? std::string(month_name(ym.month)) + " " + std::to_string(ym.year) : std::to_string(ym.year);
}

// Joins DHRD tables into one Review per incident.
void join_dhrd(std::vector<DhrdTable>& tables, std::vector<Diagnostic>& diags, std::vector<Review>& out) {
  std::map<std::string, std::size_t> by_id;  // incident id -> index in out
  for (auto& t : tables) {
    if (t.kind != DhrdTable::Kind::incidents) continue;
    for (auto& row : t.rows) {
      if (by_id.count(row.id)) {
        diags.push_back({row.source.file, row.source.line, Severity::warning, "dhrd.duplicate",
                         "incident " + row.id + " appears again (first at " +
                             where(out[by_id[row.id]].incident->incident.source) + "); kept as a separate review"});
      }
      Review r;
      r.csp = row.field("csp") ? collapse_spaces(*row.field("csp")) : "";
      r.region = row.field("region") ? collapse_spaces(*row.field("region")) : "";
      if (const std::string* d = row.field("death_date")) r.death = parse_year_month(*d).value_or(YearMonth{});
      r.title = (r.csp.empty() ? std::string("Unknown CSP") : r.csp) + " DHR, death " + describe_date(r.death);
      r.id = slug(r.csp) + (r.death.known() ? "-" + format_year_month(r.death) : "") + "-" + slug(row.id);
      r.source = row.source;
      r.sources.push_back(where(row.source) + " (" + row.id + ")");
      r.incident = Incident{row, {}, {}};
      by_id[row.id] = out.size();
      out.push_back(std::move(r));
    }
  }
  for (auto& t : tables) {
    if (t.kind == DhrdTable::Kind::incidents) continue;
    for (auto& row : t.rows) {
      const std::string* inc = row.field("incident_id");
      auto it = inc ? by_id.find(std::string(trim(*inc))) : by_id.end();
      if (it == by_id.end()) {
        diags.push_back({row.source.file, row.source.line, Severity::warning, "dhrd.orphan",
                         row.id + " refers to incident " + (inc ? *inc : std::string("(none)")) +
                             ", which is not loaded; load incidents.csv with it"});
        continue;
      }
      Review& r = out[it->second];
      if (t.kind == DhrdTable::Kind::victims) r.incident->victims.push_back(std::move(row));
      else if (t.kind == DhrdTable::Kind::perpetrators) r.incident->perpetrators.push_back(std::move(row));
      else {  // documents: title, download_id, upload_date, report_url
        if (const std::string* url = row.field("report_url"); url && !url->empty()) r.links.push_back({"Full report", *url});
        if (const std::string* up = row.field("upload_date")) r.published = parse_year_month(*up).value_or(r.published);
        r.sources.push_back(where(row.source) + " (" + row.id + ")");
      }
    }
  }
}

// Reviews by folded CSP name, so that linking looks only at reviews of the same CSP.
std::map<std::string, std::vector<std::size_t>> by_csp(const std::vector<Review>& reviews, std::size_t count) {
  std::map<std::string, std::vector<std::size_t>> m;
  for (std::size_t i = 0; i < count; ++i)
    if (!reviews[i].csp.empty()) m[fold(reviews[i].csp)].push_back(i);
  return m;
}

const std::vector<std::size_t>& same_csp(const std::map<std::string, std::vector<std::size_t>>& m, const std::string& csp) {
  static const std::vector<std::size_t> none;
  if (csp.empty()) return none;
  auto it = m.find(fold(csp));
  return it == m.end() ? none : it->second;
}

void link_cards(std::vector<LibraryCard>& cards, std::vector<Review>& reviews, std::vector<Diagnostic>& diags) {
  std::set<std::size_t> taken;
  const auto index = by_csp(reviews, reviews.size());
  for (auto& card : cards) {
    std::vector<std::size_t> cands;
    for (std::size_t i : same_csp(index, card.csp))
      if (reviews[i].incident && reviews[i].death == card.death && card.death.month) cands.push_back(i);
    const std::string url = card.download_id.empty() ? "" : "https://homicide-review.homeoffice.gov.uk/download/" + card.download_id;
    if (cands.size() == 1 && !taken.count(cands[0])) {
      Review& r = reviews[cands[0]];
      taken.insert(cands[0]);
      r.title = card.title;
      if (!r.published.known()) r.published = card.uploaded;
      if (r.region.empty()) r.region = card.region;
      if (!url.empty()) r.links.push_back({"Full report", url});
      r.sources.push_back(where(card.source) + " (library card)");
      r.link_evidence.push_back("library card at " + where(card.source) + " matches " + r.incident->incident.id +
                                " on CSP '" + card.csp + "' and death " + describe_date(card.death));
      continue;
    }
    if (cands.size() > 1) {
      std::string ids;
      for (auto i : cands) ids += (ids.empty() ? "" : ", ") + reviews[i].incident->incident.id;
      diags.push_back({card.source.file, card.source.line, Severity::warning, "link.ambiguous",
                       "library card '" + card.title + "' could be any of " + ids + " (same CSP and death date); not linked"});
    }
    Review r;
    r.title = card.title;
    r.csp = card.csp;
    r.region = card.region;
    r.published = card.uploaded;
    r.death = card.death;
    if (!url.empty()) r.links.push_back({"Full report", url});
    r.id = slug(card.csp) + (card.death.known() ? "-" + format_year_month(card.death) : "") + "-" +
           (card.download_id.empty() ? "card-" + std::to_string(card.source.line) : card.download_id.substr(0, 8));
    r.source = card.source;
    r.sources.push_back(where(card.source) + " (library card)");
    reviews.push_back(std::move(r));
  }
}

void merge_into(Review& into, Review&& page, const std::string& evidence) {
  Review merged = std::move(page);
  if (merged.region.empty()) merged.region = into.region;
  if (!merged.published.known()) merged.published = into.published;
  if (merged.death.month == 0 && into.death.year == merged.death.year) merged.death = into.death;
  merged.incident = std::move(into.incident);
  for (auto& l : into.links) merged.links.push_back(std::move(l));
  for (auto& s : into.sources) merged.sources.push_back(std::move(s));
  for (auto& e : into.link_evidence) merged.link_evidence.push_back(std::move(e));
  merged.link_evidence.push_back(evidence);
  into = std::move(merged);
}

void link_pages(std::vector<Review>& pages, std::vector<Review>& reviews, std::vector<Diagnostic>& diags) {
  std::set<std::size_t> taken;
  const std::size_t linkable = reviews.size();  // DHRD incidents and library cards; never another page
  const auto index = by_csp(reviews, linkable);
  for (auto& page : pages) {
    std::vector<std::size_t> cands;
    for (std::size_t i : same_csp(index, page.csp)) {
      const Review& r = reviews[i];
      if (!page.death.known() || r.death.year != page.death.year) continue;
      if (page.death.month && r.death.month != page.death.month) continue;
      if (page.published.known() && r.published.known() && !(page.published == r.published)) continue;
      cands.push_back(i);
    }
    if (cands.size() == 1 && !taken.count(cands[0])) {
      taken.insert(cands[0]);
      Review& r = reviews[cands[0]];
      std::string what = r.incident ? r.incident->incident.id : r.title;
      const std::string evidence = std::string(page.source.page ? "report " : "summary page at ") + where(page.source) + " matches " + what + " on CSP '" +
                                   r.csp + "' and death " + describe_date(r.death) + " (the only candidate)";
      merge_into(r, std::move(page), evidence);
      continue;
    }
    if (cands.size() > 1) {
      std::string list;
      for (auto i : cands)
        list += (list.empty() ? "" : ", ") + (reviews[i].incident ? reviews[i].incident->incident.id : reviews[i].id) +
                " (" + describe_date(reviews[i].death) + ")";
      diags.push_back({page.source.file, page.source.line, Severity::warning, "link.ambiguous",
                       "review '" + page.title + "' could match " + std::to_string(cands.size()) +
                           " DHRD incidents: " + list + "; not linked (a death month would decide)"});
    }
    reviews.push_back(std::move(page));
  }
}

// One report's recommendation already among another's: the same label and text, or the same text.
bool has_recommendation(const Review& r, const Recommendation& rec) {
  const std::string text = fold(collapse_spaces(rec.text));
  for (const Recommendation& mine : r.recommendations)
    if (fold(collapse_spaces(mine.text)) == text) return true;
  return false;
}

// `other` describes the same review as `into` (another report of it): what `into` lacks is taken from it.
void merge_report(Review& into, Review&& other, const std::string& evidence) {
  if (into.title.empty()) into.title = other.title;
  if (into.csp.empty()) into.csp = other.csp;
  if (into.region.empty()) into.region = other.region;
  if (!into.completed.known()) into.completed = other.completed;
  if (!into.published.known()) into.published = other.published;
  if (into.author.empty()) into.author = other.author;
  if (into.summary.empty()) into.summary = std::move(other.summary);
  for (auto& rec : other.recommendations)
    if (!has_recommendation(into, rec)) into.recommendations.push_back(std::move(rec));
  for (auto& a : other.actions)
    if (std::find(into.actions.begin(), into.actions.end(), a) == into.actions.end()) into.actions.push_back(std::move(a));
  for (auto& l : other.links) into.links.push_back(std::move(l));
  for (auto& s : other.sources) into.sources.push_back(std::move(s));
  for (auto& e : other.link_evidence) into.link_evidence.push_back(std::move(e));
  into.link_evidence.push_back(evidence);
}

// The same review read from more than one report (an executive summary and its overview report): one review.
// Only where they agree on the CSP, the month of death and the name the reports use for the person who died;
// the overview report (else the report with more recommendations) leads, the other adds what it lacks.
void merge_reports(std::vector<Review>& pages, std::vector<Diagnostic>& diags) {
  std::map<std::string, std::size_t> first;  // key -> index of the first page with it
  std::vector<bool> gone(pages.size(), false);
  for (std::size_t i = 0; i < pages.size(); ++i) {
    Review& p = pages[i];
    if (p.csp.empty() || p.subject.empty() || !p.death.known() || !p.death.month) continue;
    const std::string key = fold(p.csp) + "\x1F" + format_year_month(p.death) + "\x1F" + fold(p.subject);
    auto [it, fresh] = first.try_emplace(key, i);
    if (fresh) continue;
    Review& lead = pages[it->second];
    const bool swap = p.kind == ReportKind::overview && lead.kind != ReportKind::overview;
    if (swap || (p.kind == lead.kind && p.recommendations.size() > lead.recommendations.size())) std::swap(lead, p);
    const std::string evidence = std::string(report_kind_name(p.kind).empty() ? "report" : report_kind_name(p.kind)) +
                                 " " + where(p.source) + " and " + where(lead.source) + " are the same review: CSP '" +
                                 lead.csp + "', death " + describe_date(lead.death) + ", '" + lead.subject + "'";
    diags.push_back({p.source.file, p.source.line, Severity::note, "review.merged",
                     "the same review as " + lead.source.file + " (" + evidence + "); read as one review"});
    merge_report(lead, std::move(p), evidence);
    gone[i] = true;
  }
  std::vector<Review> kept;
  for (std::size_t i = 0; i < pages.size(); ++i)
    if (!gone[i]) kept.push_back(std::move(pages[i]));
  pages = std::move(kept);
}

// Fills a missing region from other reviews of the same CSP, when they agree.
void infer_regions(std::vector<Review>& reviews) {
  std::map<std::string, std::set<std::string>> regions;
  for (const auto& r : reviews)
    if (!r.region.empty() && !r.csp.empty()) regions[fold(r.csp)].insert(r.region);
  for (auto& r : reviews) {
    if (!r.region.empty() || r.csp.empty()) continue;
    auto it = regions.find(fold(r.csp));
    if (it != regions.end() && it->second.size() == 1) {
      r.region = *it->second.begin();
      r.link_evidence.push_back("region '" + r.region + "' taken from other reviews of CSP '" + r.csp + "'");
    }
  }
}

}  // namespace

std::vector<Review> link_records(LinkInput in, std::vector<Diagnostic>& diagnostics) {
  std::vector<Review> reviews;
  join_dhrd(in.dhrd, diagnostics, reviews);
  link_cards(in.cards, reviews, diagnostics);
  merge_reports(in.pages, diagnostics);
  link_pages(in.pages, reviews, diagnostics);
  for (auto& r : in.complete) reviews.push_back(std::move(r));
  infer_regions(reviews);
  return reviews;
}

}  // namespace dhrv
