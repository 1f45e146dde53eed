#include "accessible_view.h"

#include <algorithm>

#include "implementation_status.h"
#include "json_codec.h"
#include "view_state.h"
#include "views.h"

namespace dhrv::ui {

namespace {

ojson spans(const std::vector<Span>& v) {
  ojson a = ojson::array();
  for (const Span& s : v) a.push_back({s.begin, s.end});
  return a;
}

}  // namespace

std::string accessible_view_json(const App& app, std::size_t limit) {
  ojson j;
  if (!app.data.ready()) return "{}";
  const ResultSet& r = app.search.results;
  j["query"] = app.search.query;
  j["generation"] = app.search.generation;  // bumps each time results are recomputed
  j["search_ms"] = app.search.millis;       // how long the last recompute took
  j["error"] = r.error;
  j["notes"] = r.notes;
  j["view"] = std::string(main_view_name(app.nav.view));
  j["reading"] = app.nav.reading;
  j["theme"] = app.settings.theme == Theme::dark ? "dark" : "light";  // the review fills the view (phones; "Back to results" returns)
  j["sort"] = std::string(sort_order_name(app.search.sort));
  j["hash"] = to_hash(capture_view_state(app));
  j["status"] = app.status;
  // A job running (reading files, indexing, finding lessons): what it does and how far it is, for the text
  // version to announce. null when idle.
  if (const jobs::Job* job = current_job(app)) {
    const jobs::Progress p = job->control().progress();
    j["job"] = {{"stage", p.stage}, {"item", p.item}, {"done", p.done}, {"total", p.total},
                {"percent", p.fraction() < 0 ? -1 : static_cast<int>(p.fraction() * 100)}};
  } else {
    j["job"] = nullptr;
  }
  j["exiting"] = app.exiting;
  j["counts"] = {{"recommendations", r.recommendations.size()},
                 {"reviews", r.reviews.size()},
                 {"corpus_reviews", app.corpus().reviews.size()},
                 {"corpus_recommendations", app.corpus().recommendation_count()},
                 {"corpus_reviews_with_recommendations",
                  std::count_if(app.corpus().reviews.begin(), app.corpus().reviews.end(),
                                [](const Review& rv) { return !rv.recommendations.empty(); })}};
  ojson results = ojson::array();
  for (std::size_t i = 0; i < r.recommendations.size() && i < limit; ++i) {
    const std::uint32_t d = r.recommendations[i].doc;
    const Recommendation& rec = app.index().recommendation(d);
    const Review& rv = app.index().review_of(d);
    results.push_back({{"doc", d},
                       {"label", rec.label},
                       {"review", review_caption(rv)},
                       {"review_id", rv.id},
                       {"text", rec.text},
                       {"addressed_to", rec.addressed_to},
                       {"highlights", spans(highlight(app.search.parsed, rec.text, TextKind::recommendation_text))}});
  }
  j["results"] = std::move(results);
  ojson reviews = ojson::array();
  for (std::size_t i = 0; i < r.reviews.size() && i < limit; ++i) {
    const Review& rv = app.corpus().reviews[r.reviews[i].doc];
    const Snippet snip = make_snippet(rv.summary, highlight(app.search.parsed, rv.summary, TextKind::review_summary), 240);
    reviews.push_back({{"review_id", rv.id}, {"caption", review_caption(rv)}, {"snippet", snip.text}});
  }
  j["review_results"] = std::move(reviews);

  const FacetCounts& counts = app.nav.view == MainView::recommendations ? r.recommendation_facets : r.review_facets;
  ojson facets = ojson::array();
  for (Facet f : kAllFacets) {
    const auto& values = app.index().facet_values(f);
    const auto& c = counts[static_cast<std::size_t>(f)];
    std::vector<std::uint32_t> order;
    for (std::uint32_t i = 0; i < values.size(); ++i)
      if ((i < c.size() && c[i]) || app.search.filters.has(f, i)) order.push_back(i);
    if (f != Facet::death_year && f != Facet::published_year)
      std::stable_sort(order.begin(), order.end(), [&](std::uint32_t a, std::uint32_t b) {
        return (a < c.size() ? c[a] : 0) > (b < c.size() ? c[b] : 0);
      });
    ojson vs = ojson::array();
    for (std::uint32_t i : order)
      vs.push_back({{"value", values[i]}, {"count", i < c.size() ? c[i] : 0}, {"selected", app.search.filters.has(f, i)}});
    facets.push_back({{"key", std::string(facet_key(f))}, {"title", std::string(facet_title(f))}, {"values", std::move(vs)}});
  }
  j["facets"] = std::move(facets);
  // The Insights charts, as kCharts lists them (the text version draws each as a table of its facet's values),
  // and the "carried out" breakdowns of the current results.
  ojson charts = ojson::array();
  for (const ChartInfo& c : kCharts)
    charts.push_back({{"key", std::string(facet_key(c.facet))}, {"title", std::string(c.title)}, {"unit", std::string(c.unit)}});
  j["charts"] = std::move(charts);
  const StatusBreakdown breakdown = status_breakdown(app.index(), r.recommendations);
  auto status_rows = [](const std::vector<StatusRow>& rows) {
    ojson a = ojson::array();
    for (const StatusRow& row : rows) {
      ojson counts;
      for (std::size_t s = 0; s < kStatusCount; ++s) counts[std::string(status_name(static_cast<Status>(s)))] = row.counts[s];
      a.push_back({{"label", row.label}, {"counts", std::move(counts)}});
    }
    return a;
  };
  j["status_by_year"] = status_rows(breakdown.by_year);
  j["status_by_lead"] = status_rows(breakdown.by_lead);

  const Review* open = app.corpus().find(app.nav.open_review);
  if (open) {
    ojson o;
    o["id"] = open->id;
    o["title"] = open->title.empty() ? open->id : open->title;
    o["csp"] = open->csp;
    o["region"] = open->region;
    o["published"] = format_year_month(open->published);
    o["death"] = format_year_month(open->death);
    o["completed"] = format_year_month(open->completed);
    o["kind"] = std::string(report_kind_name(open->kind));
    o["subject"] = open->subject;
    o["author"] = open->author;
    o["sources"] = open->sources;
    o["summary"] = open->summary;
    ojson links = ojson::array();
    for (const auto& l : open->links)
      if (l.url.rfind("https://", 0) == 0 || l.url.rfind("http://", 0) == 0) links.push_back({{"label", l.label}, {"url", l.url}});
    o["links"] = std::move(links);
    const std::uint32_t first = app.index().first_recommendation(static_cast<std::uint32_t>(open - app.corpus().reviews.data()));
    ojson recs = ojson::array();
    const std::vector<RecommendationStatus> statuses = recommendation_statuses(*open);
    for (std::size_t i = 0; i < open->recommendations.size(); ++i) {
      const Recommendation& rec = open->recommendations[i];
      ojson agencies = ojson::array();
      for (Agency a : rec.agencies.list()) agencies.push_back(std::string(agency_name(a)));
      ojson actions = ojson::array();
      for (const Action* a : actions_of(*open, rec)) actions.push_back(action_to_json(*a));
      recs.push_back({{"doc", first + i}, {"label", rec.label}, {"text", rec.text}, {"addressed_to", rec.addressed_to},
                      {"agencies", std::move(agencies)}, {"themes", rec.themes}, {"page", rec.source.page},
                      {"file", rec.source.file}, {"status", std::string(status_key(statuses[i].status))},
                      {"overdue", statuses[i].overdue}, {"actions", std::move(actions)}});
    }
    o["actions_as_of"] = format_year_month(actions_as_of(*open));
    // The recommendation the person opened the review at (its "doc"), or null.
    o["open_doc"] = app.nav.open_recommendation != kNoTerm ? ojson(app.nav.open_recommendation) : ojson(nullptr);
    o["recommendations"] = std::move(recs);
    j["open_review"] = std::move(o);
  } else {
    j["open_review"] = nullptr;
  }
  ojson problems = ojson::array();
  for (const auto& d : app.corpus().diagnostics) {
    if (problems.size() >= limit) break;
    problems.push_back(format_diagnostic(d));
  }
  j["problems"] = std::move(problems);
  j["problem_count"] = app.corpus().diagnostics.size();
  // Recurring lessons, most reviews first: the first `limit` (a big corpus has hundreds; the canvas lists all).
  ojson recurring = ojson::array();
  std::size_t recurring_more = 0;
  if (app.work.lessons_generation == app.data.generation) {
    for (const auto& l : app.work.lessons) {
      if (recurring.size() >= limit) break;
      recurring.push_back({{"reviews", l.review_count}, {"text", app.index().recommendation(l.representative).text}});
    }
    recurring_more = app.work.lessons.size() - recurring.size();
  }
  j["recurring"] = std::move(recurring);
  j["recurring_more"] = recurring_more;
  // Recommendations to national bodies, grouped as the National recommendations view groups them; null while
  // they are being found.
  if (app.work.lessons_generation == app.data.generation) {
    ojson bodies = ojson::array();
    std::size_t listed = 0;
    for (const NationalBody& b : app.work.national) {
      ojson lessons = ojson::array();
      for (const NationalLesson& l : b.lessons) {
        if (listed >= limit) break;  // the first `limit` lessons over all bodies
        ++listed;
        ojson members = ojson::array();
        for (std::uint32_t d : l.recommendations) {
          if (members.size() >= 20) break;  // the text version lists the first 20 and says how many more
          const Review& rv = app.index().review_of(d);
          const Recommendation& rec = app.index().recommendation(d);
          members.push_back({{"doc", d}, {"review", review_caption(rv)}, {"label", rec.label},
                             {"status", std::string(status_name(status_of(rv, rec).status))}});
        }
        lessons.push_back({{"text", app.index().recommendation(l.representative).text}, {"reviews", l.review_count},
                           {"completed", l.completed()}, {"count", l.recommendations.size()},
                           {"more", l.recommendations.size() - members.size()}, {"members", std::move(members)}});
      }
      const std::size_t lessons_more = b.lessons.size() - lessons.size();
      bodies.push_back({{"body", b.name}, {"recommendations", b.recommendation_count}, {"reviews", b.review_count},
                        {"lessons", std::move(lessons)}, {"lessons_more", lessons_more}});
    }
    j["national"] = std::move(bodies);
  } else {
    j["national"] = nullptr;
  }
  return j.dump();
}

}  // namespace dhrv::ui
