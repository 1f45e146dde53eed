#include "corpus_builder.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <set>

#include "agency.h"
#include "corpus_linking.h"
#include "embedded.h"
#include "jobs/job.h"
#include "implementation_status.h"
#include "natural_order.h"
#include "text.h"
#include "themes.h"

namespace dhrv {

namespace {

// FNV-1a over fields, each followed by a separator byte so that ("ab","c") and ("a","bc") differ.
struct Print {
  std::uint64_t h = 1469598103934665603ull;
  Print& add(std::string_view s) {
    for (unsigned char c : s) mix(c);
    mix(0x1F);
    return *this;
  }
  Print& add(std::int64_t v) { return add(std::to_string(v)); }
  void mix(unsigned char c) {
    h ^= c;
    h *= 1099511628211ull;
  }
};

void add_fact(Print& p, const FactRow& f) {
  p.add(f.id);
  for (const auto& v : f.fields) p.add(v.name).add(v.value);
  for (const auto& v : f.flags) p.add(v.name).add(static_cast<std::int64_t>(v.value));
}

std::uint64_t row_fingerprint(DhrdTable::Kind kind, const FactRow& row) {
  Print p;
  p.add(static_cast<std::int64_t>(kind));
  add_fact(p, row);
  return p.h;
}

std::uint64_t card_fingerprint(const LibraryCard& c) {
  Print p;
  p.add(c.title).add(c.csp).add(c.region).add(format_year_month(c.uploaded)).add(format_year_month(c.death)).add(c.download_id);
  return p.h;
}

std::string where(const SourceRef& s) { return s.file + (s.line ? ":" + std::to_string(s.line) : std::string()); }

// Problems in the rules files compiled into the program are said once per corpus, never dropped.
void rules_diagnostics(std::vector<Diagnostic>& out) {
  for (const auto& e : AgencyRules::builtin_errors())
    out.push_back({"(built in)/rules/agencies.txt", e.line, Severity::error, "rules.agencies", e.message});
  for (const auto& e : ThemeRules::builtin_errors())
    out.push_back({"(built in)/rules/themes.txt", e.line, Severity::error, "rules.themes", e.message});
  for (const auto& e : national_body_rule_errors())
    out.push_back({"(built in)/rules/national_bodies.txt", e.line, Severity::error, "rules.national_bodies", e.message});
}

// Agencies and themes: they depend on a record's own text only, so each record is tagged once, when the builder
// takes it, and never again when later loads rebuild the corpus (tagging is most of the cost of a rebuild).
void tag(Review& r) {
  for (auto& rec : r.recommendations) {
    rec.agencies = AgencyRules::builtin().classify(rec.addressed_to);
    rec.themes = ThemeRules::builtin().tag(rec.text);
  }
  for (auto& a : r.actions) a.lead_agencies = AgencyRules::builtin().classify(a.lead);
}

// Unique ids (over all reviews: `ids` counts them) and natural order; the records were tagged when taken.
void enrich(Review& r, std::map<std::string, int>& ids, std::vector<Diagnostic>& diags) {
  if (int n = ++ids[r.id]; n > 1) {
    std::string renamed = r.id + "-" + std::to_string(n);
    diags.push_back({r.source.file, r.source.line, Severity::warning, "review.duplicate_id",
                     "review id '" + r.id + "' is already used; this one is '" + renamed + "'"});
    r.id = renamed;
  }
  std::stable_sort(r.recommendations.begin(), r.recommendations.end(),
                   [](const Recommendation& a, const Recommendation& b) { return natural_less(a.label, b.label); });
  std::map<std::string, int> rec_ids;
  for (auto& rec : r.recommendations) {
    std::string base = rec.id.empty() ? (rec.label.empty() ? "#" : rec.label) : rec.id;
    int n = ++rec_ids[base];
    rec.id = n == 1 ? base : base + "~" + std::to_string(n);
    if (n > 1)
      diags.push_back({rec.source.file, rec.source.line, Severity::warning, "rec.duplicate_label",
                       "recommendation label '" + base + "' is used again in review '" + r.id + "'; this one is '" + rec.id + "'"});
  }
}

}  // namespace

std::uint64_t review_fingerprint(const Review& r) {
  Print p;
  p.add(r.id).add(r.title).add(r.csp).add(r.region).add(format_year_month(r.published)).add(format_year_month(r.death));
  p.add(format_year_month(r.completed)).add(report_kind_key(r.kind)).add(r.subject).add(r.author);
  p.add(r.summary);
  for (const auto& l : r.links) p.add(l.label).add(l.url);
  if (r.incident) {
    add_fact(p, r.incident->incident);
    for (const auto& v : r.incident->victims) add_fact(p, v);
    for (const auto& v : r.incident->perpetrators) add_fact(p, v);
  }
  for (const auto& rec : r.recommendations) p.add(rec.id).add(rec.label).add(rec.text).add(rec.addressed_to);
  for (const auto& a : r.actions)
    p.add(a.recommendation).add(a.action).add(a.lead).add(scope_name(a.scope)).add(a.milestones).add(a.target).add(a.outcome);
  return p.h;
}

void CorpusBuilder::add(ReadResult read) {
  jobs::JobControl control;
  jobs::run_now(add(control, std::move(read)));
}

jobs::Task<> CorpusBuilder::add(jobs::JobControl& control, ReadResult read) {
  for (auto& f : read.files) {
    if (!f.skipped && f.content_hash) known_files_.emplace(f.content_hash, f.name);
    files_.push_back(std::move(f));
  }
  for (auto& d : read.diagnostics) diagnostics_.push_back(std::move(d));

  // Reviews (pages and complete ones) already held with the same content are merged into the first one; new
  // ones are tagged as they are taken.
  control.set_stage("Tagging agencies and themes", read.pages.size() + read.reviews.size());
  auto take_reviews = [&](std::vector<Review>& from, std::vector<std::shared_ptr<const Review>>& into,
                          std::unordered_map<std::uint64_t, std::size_t>& prints) -> jobs::Task<> {
    std::size_t since_pause = 0;
    for (auto& r : from) {
      if ((since_pause += 1 + r.recommendations.size()) > 64) {  // tagging one is tens of microseconds
        since_pause = 0;
        co_await control.checkpoint();
      }
      const std::uint64_t print = review_fingerprint(r);
      auto [it, fresh] = prints.try_emplace(print, into.size());
      control.advance();
      if (fresh) {
        tag(r);
        into.push_back(std::make_shared<const Review>(std::move(r)));
        continue;
      }
      auto first = std::make_shared<Review>(*into[it->second]);  // other copies of the builder keep the old one
      diagnostics_.push_back({r.source.file, r.source.line, Severity::note, "review.same_content",
                              "review '" + (r.title.empty() ? r.id : r.title) + "' has the same content as the one read from " +
                                  where(first->source) + "; kept once"});
      for (auto& s : r.sources) first->sources.push_back(std::move(s));
      into[it->second] = std::move(first);
    }
  };
  co_await take_reviews(read.pages, pages_, page_prints_);
  co_await take_reviews(read.reviews, complete_, complete_prints_);

  // DHRD rows and library cards: identical records are kept once, with one note per file.
  for (auto& table : read.dhrd) {
    std::map<std::string, std::size_t> repeated;  // file first read from -> rows
    std::string file;
    std::vector<FactRow> kept;
    for (auto& row : table.rows) {
      file = row.source.file;
      auto [it, fresh] = row_prints_.try_emplace(row_fingerprint(table.kind, row), row.source.file);
      if (fresh) kept.push_back(std::move(row));
      else ++repeated[it->second];
    }
    for (const auto& [first, n] : repeated)
      diagnostics_.push_back({file, 0, Severity::note, "dhrd.same_content",
                              std::to_string(n) + (n == 1 ? " row has" : " rows have") + " the same content as in " + first +
                                  "; kept once"});
    table.rows = std::move(kept);
    if (!table.rows.empty()) dhrd_.push_back(std::move(table));
  }
  std::map<std::pair<std::string, std::string>, std::size_t> repeated_cards;
  for (auto& card : read.cards) {
    auto [it, fresh] = card_prints_.try_emplace(card_fingerprint(card), card.source.file);
    if (fresh) cards_.push_back(std::move(card));
    else ++repeated_cards[{card.source.file, it->second}];
  }
  for (const auto& [files, n] : repeated_cards)
    diagnostics_.push_back({files.first, 0, Severity::note, "cards.same_content",
                            std::to_string(n) + (n == 1 ? " library card has" : " library cards have") +
                                " the same content as in " + files.second + "; kept once"});
  for (auto& v : read.vocabularies)
    if (std::find(vocabularies_.begin(), vocabularies_.end(), v) == vocabularies_.end()) vocabularies_.push_back(std::move(v));
  for (auto& t : read.tracked)
    if (std::find(tracked_.begin(), tracked_.end(), t) == tracked_.end()) tracked_.push_back(std::move(t));
}

namespace {

// Tracker rows join their review: by its id, or by the name of a file it was read from. A tracker's rows for a
// recommendation replace the report's rows for it (the tracker is kept up to date; the report is not). Rows for
// a review that is not loaded, or for a recommendation the review does not have, are reported, never dropped
// silently.
void attach_trackers(std::vector<Review>& reviews, const std::vector<TrackedAction>& tracked, std::vector<Diagnostic>& diags) {
  std::map<std::string, std::size_t> by_name;
  for (std::size_t i = 0; i < reviews.size(); ++i) {
    by_name.emplace(reviews[i].id, i);
    for (const std::string& s : reviews[i].sources) by_name.emplace(file_stem(s), i);
    by_name.emplace(file_stem(reviews[i].source.file), i);
  }
  std::map<std::pair<std::string, std::string>, std::size_t> missing;  // (file, review) -> rows
  std::map<std::size_t, std::vector<const TrackedAction*>> per_review;
  for (const TrackedAction& t : tracked) {
    auto it = by_name.find(t.review);
    if (it == by_name.end()) ++missing[{t.action.source.file, t.review}];
    else per_review[it->second].push_back(&t);
  }
  for (const auto& [key, n] : missing)
    diags.push_back({key.first, 0, Severity::warning, "tracker.unknown_review",
                     std::to_string(n) + (n == 1 ? " row is" : " rows are") + " for review '" + key.second +
                         "', which is not loaded: open its report or summary page too (rows kept out until then)"});
  for (auto& [index, rows] : per_review) {
    Review& r = reviews[index];
    // "Recommendation 3", "Rec 3", "R3", "3." name recommendation 3 as the review labels it.
    const auto match = [&](const std::string& written) -> std::string {
      std::string_view s = trim(written);
      for (std::string_view prefix : {"recommendation", "rec.", "rec", "r"})
        if (s.size() > prefix.size() && fold(s.substr(0, prefix.size())) == prefix &&
            (std::isdigit(static_cast<unsigned char>(s[prefix.size()])) || s[prefix.size()] == ' ')) {
          s = trim(s.substr(prefix.size()));
          break;
        }
      while (!s.empty() && (s.back() == '.' || s.back() == ':')) s.remove_suffix(1);
      for (const Recommendation& rec : r.recommendations)
        if (rec.id == s || rec.label == s) return rec.id;
      return written;
    };
    std::vector<TrackedAction> matched;
    for (const TrackedAction* t : rows) {
      matched.push_back(*t);
      matched.back().action.recommendation = match(t->action.recommendation);
    }
    std::set<std::string> updated;
    for (const TrackedAction& t : matched) updated.insert(t.action.recommendation);
    std::erase_if(r.actions, [&](const Action& a) { return updated.count(a.recommendation) > 0; });
    for (const TrackedAction& tracked_row : matched) {
      const TrackedAction* t = &tracked_row;
      Action a = t->action;
      a.lead_agencies = AgencyRules::builtin().classify(a.lead);
      const bool known = std::any_of(r.recommendations.begin(), r.recommendations.end(),
                                     [&](const Recommendation& rec) { return rec.id == a.recommendation; });
      if (!known && !a.recommendation.empty())
        diags.push_back({a.source.file, a.source.line, Severity::warning, "tracker.unknown_recommendation",
                         "review '" + r.id + "' has no recommendation '" + a.recommendation + "'; the row is kept with the review"});
      const auto later = [](YearMonth a, YearMonth b) { return a.year != b.year ? a.year > b.year : a.month > b.month; };
      if (t->as_of.known() && (!r.actions_as_of.known() || later(t->as_of, r.actions_as_of))) r.actions_as_of = t->as_of;
      r.actions.push_back(std::move(a));
    }
    r.sources.push_back(rows.front()->action.source.file);
  }
}

}  // namespace

jobs::Task<std::shared_ptr<const Corpus>> CorpusBuilder::build(jobs::JobControl& control) const {
  auto c = std::make_shared<Corpus>();
  control.set_stage("Linking reviews", 0);
  c->diagnostics = diagnostics_;
  rules_diagnostics(c->diagnostics);
  // The records are copied (the builder keeps its own for later loads), a slice at a time.
  LinkInput input{dhrd_, cards_, {}, {}};
  const std::pair<const std::vector<std::shared_ptr<const Review>>*, std::vector<Review>*> copies[] = {
      {&pages_, &input.pages}, {&complete_, &input.complete}};
  for (const auto& [from, to] : copies) {
    to->reserve(from->size());
    std::size_t since_pause = 0;
    for (const auto& held : *from) {
      const Review& r = *held;
      to->push_back(r);
      if ((since_pause += 1 + r.recommendations.size()) > 1024) {
        since_pause = 0;
        co_await control.checkpoint();
      }
    }
  }
  c->reviews = link_records(std::move(input), c->diagnostics);
  co_await control.checkpoint();
  control.set_stage("Numbering reviews", c->reviews.size());
  std::map<std::string, int> ids;
  for (std::size_t i = 0; i < c->reviews.size(); ++i) {
    enrich(c->reviews[i], ids, c->diagnostics);
    if (i % 64 == 63) {
      control.advance(64);
      co_await control.checkpoint();
      if (control.cancelled()) co_return nullptr;
    }
  }
  attach_trackers(c->reviews, tracked_, c->diagnostics);
  c->vocabularies = vocabularies_;
  c->files = files_;
  c->incidents = count_incidents(c->reviews);
  // Each file's counts are those of the diagnostics listed for it, whichever step said them.
  std::unordered_map<std::string, FileReport*> by_name;
  for (auto& f : c->files) {
    f.warnings = f.errors = f.notes = 0;
    by_name.emplace(f.name, &f);
  }
  for (const auto& d : c->diagnostics) {
    auto it = by_name.find(d.file);
    if (it == by_name.end()) continue;
    FileReport& f = *it->second;
    (d.severity == Severity::error ? f.errors : d.severity == Severity::warning ? f.warnings : f.notes)++;
  }
  co_return c;
}

}  // namespace dhrv
