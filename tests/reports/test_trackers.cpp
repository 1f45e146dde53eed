// Action-plan trackers (core/readers/tracker_csv.cpp), status, overdue and scope (core/implementation_status.h),
// and the search fields status:, overdue:, scope:.
#include <doctest/doctest.h>

#include <algorithm>
#include <set>

#include "action_export.h"
#include "corpus.h"
#include "corpus_builder.h"
#include "jobs/job.h"
#include "csv_table.h"
#include "export.h"
#include "helpers.h"
#include "implementation_status.h"
#include "pipeline/load.h"
#include "readers/reader.h"
#include "search/search.h"
#include "search/search_index.h"
#include "search/status_breakdown.h"

using namespace dhrv;

namespace {

Action action(std::string rec, std::string target, std::string outcome, Scope scope = Scope::unstated) {
  Action a;
  a.recommendation = std::move(rec);
  a.target = target;
  if (auto d = parse_year_month(target)) a.target_date = *d;
  a.outcome = outcome;
  if (auto d = parse_year_month(outcome)) a.completed_date = *d;
  a.scope = scope;
  return a;
}

bool has_code(const std::vector<Diagnostic>& ds, std::string_view code) {
  return std::any_of(ds.begin(), ds.end(), [&](const Diagnostic& d) { return d.code == code; });
}

std::set<std::string> labels(const SearchIndex& ix, const std::string& query, const std::string& review) {
  std::set<std::string> out;
  for (const Hit& h : search(ix, parse_query(query)).recommendations)
    if (ix.review_of(h.doc).id == review) out.insert(ix.recommendation(h.doc).label);
  return out;
}

}  // namespace

TEST_CASE("status: derived from actions; overdue against the data's own date, never the clock") {
  const YearMonth as_of{2024, 6};
  const Action done = action("1", "2023-09", "Completed October 2023"), open_past = action("1", "2023-12", "");
  const Action open_future = action("1", "2025-01", "Ongoing");
  CHECK(derive_status({}, as_of).status == Status::not_stated);  // no action plan row
  CHECK(derive_status({&done}, as_of).status == Status::completed);
  CHECK(derive_status({&done, &open_past}, as_of).status == Status::in_progress);  // the actions disagree
  CHECK(derive_status({&done, &open_past}, as_of).overdue);
  CHECK(derive_status({&open_future}, as_of).status == Status::not_started);
  CHECK_FALSE(derive_status({&open_future}, as_of).overdue);
  CHECK_FALSE(derive_status({&open_past}, YearMonth{}).overdue);  // no date to judge by: nothing is overdue
}

TEST_CASE("scope: national when addressed to a national body or an action says so; else the actions' widest") {
  Recommendation rec;
  rec.id = "1";
  CHECK(recommendation_scope(rec, {}) == Scope::local);
  const Action regional = action("1", "", "", Scope::regional), national = action("1", "", "", Scope::national);
  CHECK(recommendation_scope(rec, {&regional}) == Scope::regional);
  CHECK(recommendation_scope(rec, {&regional, &national}) == Scope::national);
  rec.agencies.add(Agency::national);
  CHECK(recommendation_scope(rec, {}) == Scope::national);
}

TEST_CASE("trackers: renamed and reordered columns, usual date forms, rows for unknown reviews and recommendations") {
  const ReadResult r = read_tracker_csv("wyre-forest-anna-overview.actions.csv", fixture("trackers/wyre-forest-anna-overview.actions.csv"));
  REQUIRE(r.tracked.size() == 5);
  CHECK(r.tracked[0].review == "wyre-forest-anna-overview");  // from the file name
  CHECK(r.tracked[0].as_of == YearMonth{2024, 6});            // "Last updated: 30/06/2024" above the header
  CHECK(r.tracked[0].action.lead == "Worcestershire County Council Adult Social Care");
  CHECK(r.tracked[1].action.target_date == YearMonth{2023, 12});  // "Q4 2023"
  CHECK(r.tracked[2].action.target_date == YearMonth{2024, 3});   // "Mar-24"
  CHECK(r.tracked[1].action.completed_date == YearMonth{2024, 5});
  CHECK(r.tracked[4].action.scope == Scope::national);
  CHECK(r.tracked[0].action.source.line == 4);

  const ReadResult u = read_tracker_csv("u.csv", fixture("trackers/unknown-review.actions.csv"));
  REQUIRE(u.tracked.size() == 2);  // the short row is kept with what it has
  CHECK(u.tracked[0].review == "somewhere-2019-01");
  CHECK(has_code(u.diagnostics, "tracker.formula"));
  CHECK(has_code(u.diagnostics, "tracker.cells"));
  CHECK(has_code(u.diagnostics, "tracker.no_date"));

  const ReadResult bad = read_tracker_csv("b.csv", "name,age\nx,1\n");
  CHECK(bad.tracked.empty());
  CHECK(has_code(bad.diagnostics, "tracker.header"));
  CHECK_FALSE(sniff_tracker_csv("incident_id,csp\n1,x\n"));
  CHECK(sniff_tracker_csv(fixture("trackers/unknown-review.actions.csv")));
}

TEST_CASE("trackers: 50,000 rows read, each kept") {
  std::string csv = "Review,Recommendation,Action to take,Lead agency,Target date,Date of completion and outcome\n";
  for (int i = 0; i < 50000; ++i)
    csv += "big-2020-01," + std::to_string(i % 40 + 1) + ",Action " + std::to_string(i) + ",Police,2021-0" +
           std::to_string(i % 9 + 1) + "," + (i % 3 ? "" : "Completed 2021-10") + "\n";
  const ReadResult r = read_tracker_csv("big.csv", csv);
  CHECK(r.tracked.size() == 50000);
  CHECK_FALSE(has_code(r.diagnostics, "tracker.cells"));
}

TEST_CASE("a tracker joins its report: status:in-progress, overdue:yes and scope: find the expected recommendations") {
  if (!have_shared()) {
    MESSAGE("../shared/reports not beside the checkout: skipped here, run in CI");
    return;
  }
  const Corpus c = build_corpus({{"wyre-forest-anna-overview.pdf", shared("reports/wyre-forest-anna-overview.pdf")},
                                 {"wyre-forest-anna-overview.actions.csv", fixture("trackers/wyre-forest-anna-overview.actions.csv")},
                                 {"unknown-review.actions.csv", fixture("trackers/unknown-review.actions.csv")}});
  const Review* r = c.find("wyre-forest-2021-03");
  REQUIRE(r);
  CHECK(r->actions_as_of == YearMonth{2024, 6});
  CHECK(has_code(c.diagnostics, "tracker.unknown_review"));          // reported, not dropped silently
  CHECK(has_code(c.diagnostics, "tracker.unknown_recommendation"));  // "Recommendation 99"
  const auto statuses = recommendation_statuses(*r);
  auto status_of = [&](const std::string& label) {
    for (std::size_t i = 0; i < r->recommendations.size(); ++i)
      if (r->recommendations[i].label == label) return statuses[i];
    FAIL("no recommendation " << label);
    return RecommendationStatus{};
  };
  CHECK(status_of("2").status == Status::in_progress);  // "Recommendation 2": one action done, one not
  CHECK(status_of("3").status == Status::not_started);  // "R3": ongoing
  CHECK(status_of("3").overdue);                         // due March 2024, not done by June 2024
  CHECK(status_of("1").status == Status::completed);    // from the report, untouched by the tracker

  const auto index = SearchIndex::build(std::make_shared<Corpus>(c));
  const SearchIndex& ix = *index;
  CHECK(labels(ix, "status:in-progress", r->id) == std::set<std::string>{"2"});
  CHECK(labels(ix, "overdue:yes", r->id).count("3") == 1);
  CHECK(labels(ix, "overdue:yes", r->id).count("1") == 0);
  CHECK(labels(ix, "scope:regional", r->id).count("1") == 1);  // its action plan row says regional

  // Actions, with their tracker rows, survive a JSON round trip.
  const Corpus back = build_corpus({{"export.json", export_json(all_reviews(c), c.diagnostics)}});
  const Review* again = back.find(r->id);
  REQUIRE(again);
  CHECK(again->actions == r->actions);
  CHECK(again->actions_as_of == r->actions_as_of);
}

TEST_CASE("lead: finds recommendations by their actions' lead agency, as written and as normalised") {
  const std::string id = build_corpus({{"seed.txt", seed_page()}}).reviews.at(0).id;
  const std::string tracker = "Review,Recommendation,Action,Lead agency,Target date,Outcome\n" + id +
                              ",11.1,Review the pathway,Nottinghamshire Police,2023-04,\n" + id +
                              ",11.4,Audit MARAC referrals,Kestrel Partnership Board,2023-06,Completed 2023-05\n";
  const Corpus c = build_corpus({{"seed.txt", seed_page()}, {"plan.csv", tracker}});
  const auto index = SearchIndex::build(std::make_shared<Corpus>(c));
  CHECK(labels(*index, "lead:\"Nottinghamshire Police\"", id) == std::set<std::string>{"11.1"});
  CHECK(labels(*index, "lead:police", id) == std::set<std::string>{"11.1"});     // the normalised name too
  CHECK(labels(*index, "lead:kestrel", id) == std::set<std::string>{"11.4"});
  CHECK(labels(*index, "lead:police status:not-started", id) == std::set<std::string>{"11.1"});
  CHECK(labels(*index, "lead:nosuch", id).empty());
  // Unqualified words do not search lead agencies: "kestrel" is in no recommendation's text or addressee.
  CHECK(labels(*index, "kestrel", id).empty());
  // A review holds lead: through its recommendations.
  CHECK(search(*index, parse_query("lead:kestrel")).reviews.size() == 1);
  CHECK(describe(parse_query("lead:\"NHS England\"")) == "+(lead:\"nhs england\")");

  // The filtered view exported as JSON carries each recommendation's status and its actions.
  std::vector<RecommendationRow> rows;
  for (const Hit& h : search(*index, parse_query("lead:police")).recommendations)
    rows.push_back({&index->review_of(h.doc), &index->recommendation(h.doc)});
  const std::string json = export_json(rows, "lead:police");
  CHECK(json.find("\"status\": \"not-started\"") != std::string::npos);
  CHECK(json.find("\"lead\": \"Nottinghamshire Police\"") != std::string::npos);
  CHECK(json.find("\"scope\": \"local\"") != std::string::npos);

  // The Insights breakdowns of the same results: by year of death and by lead agency.
  const StatusBreakdown all = status_breakdown(*index, search(*index, parse_query("")).recommendations);
  REQUIRE(all.by_year.size() == 1);
  CHECK(all.by_year[0].label == "2018");
  CHECK(all.by_year[0].counts[static_cast<std::size_t>(Status::completed)] == 1);    // 11.4
  CHECK(all.by_year[0].counts[static_cast<std::size_t>(Status::not_started)] == 1);  // 11.1
  CHECK(all.by_year[0].counts[static_cast<std::size_t>(Status::not_stated)] == 20);  // no plan for the others
  REQUIRE_FALSE(all.by_lead.empty());
  CHECK(all.by_lead[0].label == "police");
  CHECK(all.by_lead[0].counts[static_cast<std::size_t>(Status::not_started)] == 1);
  for (const StatusRow& row : all.by_lead) CHECK(row.counts[static_cast<std::size_t>(Status::not_stated)] == 0);
  // It follows the results: a search that leaves only 11.4.
  const StatusBreakdown some = status_breakdown(*index, search(*index, parse_query("lead:kestrel")).recommendations);
  REQUIRE(some.by_year.size() == 1);
  CHECK(some.by_year[0].total() == 1);
}

TEST_CASE("a tracker opened before its review waits: reported as not loaded, joined when the review arrives") {
  const std::string id = build_corpus({{"seed.txt", seed_page()}}).reviews.at(0).id;
  const std::string tracker = "Review,Recommendation,Action,Lead agency,Target date,Outcome\n" + id +
                              ",11.4,Audit MARAC referrals,MARAC chair,2023-06,Completed 2023-05\n";
  CorpusBuilder records;
  records.add(read_tracker_csv("plan.csv", tracker));
  jobs::JobControl first;
  const auto before = jobs::run_now(records.build(first));
  CHECK(has_code(before->diagnostics, "tracker.unknown_review"));
  records.add(read_summary_page("seed.txt", seed_page()));
  jobs::JobControl control;
  const auto after = jobs::run_now(records.build(control));
  const Review* r = after->find(id);
  REQUIRE(r);
  REQUIRE(r->actions.size() == 1);
  CHECK(r->actions[0].recommendation == "11.4");
  CHECK_FALSE(has_code(after->diagnostics, "tracker.unknown_review"));
}

TEST_CASE("national bodies: named in the addressee, from assets/rules/national_bodies.txt") {
  CHECK(national_body_rule_errors().empty());
  CHECK(national_body("NHS England") == "NHS England");
  CHECK(national_body("The Department of Health and Social Care") == "Department of Health and Social Care");
  CHECK(national_body("the College of Policing and the NPCC") == "College of Policing");
  CHECK(national_body("Kent Police") == "");
  CHECK(national_body("Northumbria Healthcare NHS Foundation Trust") == "");
  Recommendation rec;
  rec.addressed_to = "NHS England";
  CHECK(recommendation_scope(rec, {}) == Scope::national);
}

TEST_CASE("exports: actions one row each, and a blank tracker that reads back as the same review's plan") {
  if (!have_shared()) {
    MESSAGE("../shared/reports not beside the checkout: skipped here, run in CI");
    return;
  }
  const Corpus c = build_corpus({{"wyre-forest-anna-overview.pdf", shared("reports/wyre-forest-anna-overview.pdf")},
                                 {"wyre-forest-anna-overview.actions.csv", fixture("trackers/wyre-forest-anna-overview.actions.csv")}});
  const Review* r = c.find("wyre-forest-2021-03");
  REQUIRE(r);
  std::vector<RecommendationRow> rows;
  for (const Recommendation& rec : r->recommendations) rows.push_back({r, &rec});
  const std::string csv = export_actions_csv(rows);
  Diagnostics diag("actions.csv");
  const auto parsed = parse_csv(csv, diag);
  CHECK(diag.list().empty());
  // One row per action, plus one for each recommendation without any; header first.
  std::size_t expected = 1;
  for (const Recommendation& rec : r->recommendations) expected += std::max<std::size_t>(1, actions_of(*r, rec).size());
  CHECK(parsed.size() == expected);
  CHECK(csv.find("wyre-forest-2021-03,Wyre Forest,2,") != std::string::npos);
  CHECK(csv.find(",in-progress,") != std::string::npos);

  // The blank tracker, filled in with a date and read back: the same actions, now dated.
  std::string tracker = blank_tracker_csv(*r);
  REQUIRE(tracker.rfind("Last updated:,", 0) == 0);
  tracker.replace(0, std::string("Last updated:,").size(), "Last updated:,31/07/2024");
  const Corpus again = build_corpus({{"wyre-forest-anna-overview.pdf", shared("reports/wyre-forest-anna-overview.pdf")},
                                     {"kept.csv", tracker}});
  const Review* r2 = again.find("wyre-forest-2021-03");
  REQUIRE(r2);
  CHECK(r2->actions_as_of == YearMonth{2024, 7});
  CHECK(r2->actions.size() == r->actions.size());
  CHECK_FALSE(has_code(again.diagnostics, "tracker.unknown_review"));
}
