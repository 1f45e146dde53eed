#include "export.h"

#include <map>

#include "csv_table.h"
#include "implementation_status.h"
#include "json_codec.h"

namespace dhrv {

std::vector<const Review*> all_reviews(const Corpus& c) {
  std::vector<const Review*> out;
  for (const auto& r : c.reviews) out.push_back(&r);
  return out;
}

std::string export_json(const std::vector<const Review*>& reviews, const std::vector<Diagnostic>& diagnostics) {
  ojson doc;
  doc["reviews"] = ojson::array();
  for (const Review* r : reviews) doc["reviews"].push_back(review_to_json(*r));
  doc["diagnostics"] = ojson::array();
  for (const auto& d : diagnostics) doc["diagnostics"].push_back(diagnostic_to_json(d));
  return doc.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
}

std::string neutralise_formula(std::string_view cell) {
  if (!cell.empty() && (cell[0] == '=' || cell[0] == '+' || cell[0] == '-' || cell[0] == '@' || cell[0] == '\t' || cell[0] == '\r'))
    return "'" + std::string(cell);
  return std::string(cell);
}

std::string export_csv(const std::vector<const Review*>& reviews) {
  std::vector<RecommendationRow> rows;
  for (const Review* r : reviews)
    for (const auto& rec : r->recommendations) rows.push_back({r, &rec});
  return export_csv(rows);
}

std::string export_csv(const std::vector<RecommendationRow>& rows) {
  std::string out = "review_id,title,csp,region,published,death,recommendation_id,label,text,addressed_to,agencies,themes\r\n";
  auto cell = [&](std::string_view v, bool last = false) {
    out += csv_cell(neutralise_formula(v));
    out += last ? "\r\n" : ",";
  };
  for (const auto& [r, rec] : rows) {
    std::string agencies, themes;
    for (Agency a : rec->agencies.list()) agencies += (agencies.empty() ? "" : "; ") + std::string(agency_name(a));
    for (const auto& t : rec->themes) themes += (themes.empty() ? "" : "; ") + t;
    cell(r->id); cell(r->title); cell(r->csp); cell(r->region);
    cell(format_year_month(r->published)); cell(format_year_month(r->death));
    cell(rec->id); cell(rec->label); cell(rec->text); cell(rec->addressed_to); cell(agencies); cell(themes, true);
  }
  return out;
}

std::string export_json(const std::vector<RecommendationRow>& rows, std::string_view query, std::string_view view) {
  ojson j;
  j["query"] = std::string(query);
  if (!view.empty()) j["view"] = std::string(view);
  j["total"] = rows.size();
  ojson list = ojson::array();
  for (const auto& [r, rec] : rows) {
    ojson o;
    o["review_id"] = r->id;
    o["title"] = r->title;
    o["csp"] = r->csp;
    o["region"] = r->region;
    o["published"] = format_year_month(r->published);
    o["death"] = format_year_month(r->death);
    o["recommendation_id"] = rec->id;
    o["label"] = rec->label;
    o["text"] = rec->text;
    o["addressed_to"] = rec->addressed_to;
    ojson agencies = ojson::array();
    for (Agency a : rec->agencies.list()) agencies.push_back(std::string(agency_name(a)));
    o["agencies"] = std::move(agencies);
    o["themes"] = rec->themes;
    // Whether it was carried out (derived from its action plan, as of the plan's own date) and the plan's rows.
    const std::vector<const Action*> actions = actions_of(*r, *rec);
    const RecommendationStatus status = derive_status(actions, actions_as_of(*r));
    o["status"] = std::string(status_key(status.status));
    o["overdue"] = status.overdue;
    o["scope"] = std::string(scope_name(recommendation_scope(*rec, actions)));
    o["actions_as_of"] = format_year_month(actions_as_of(*r));
    ojson plan = ojson::array();
    for (const Action* a : actions) plan.push_back(action_to_json(*a));
    o["actions"] = std::move(plan);
    list.push_back(std::move(o));
  }
  j["recommendations"] = std::move(list);
  return j.dump(2) + "\n";
}

std::string citation(const Review& r, const Recommendation& rec) {
  std::string out = r.title.empty() ? r.csp + " review" : r.title;
  std::string where;
  if (!r.csp.empty()) where += r.csp + " Community Safety Partnership";
  if (r.death.known()) where += (where.empty() ? "" : "; ") + std::string("death ") + format_year_month(r.death);
  if (r.published.known()) where += (where.empty() ? "" : "; ") + std::string("published ") + format_year_month(r.published);
  if (!where.empty()) out += " (" + where + ")";
  out += ", recommendation " + rec.label + ": \u201C" + rec.text + "\u201D";
  if (!rec.addressed_to.empty()) out += " Addressed to: " + rec.addressed_to + ".";
  out += " [DHR Viewer id " + r.id + ":" + rec.id + "]";
  return out;
}

namespace {
struct Breakdowns {
  std::map<std::string, std::size_t> csp, region, death_year, published_year, agency, theme;
};
Breakdowns breakdowns(const Corpus& c) {
  Breakdowns b;
  for (const auto& r : c.reviews) {
    ++b.csp[r.csp.empty() ? "(unknown)" : r.csp];
    ++b.region[r.region.empty() ? "(unknown)" : r.region];
    ++b.death_year[r.death.known() ? std::to_string(r.death.year) : "(unknown)"];
    ++b.published_year[r.published.known() ? std::to_string(r.published.year) : "(unknown)"];
    for (const auto& rec : r.recommendations) {
      for (Agency a : rec.agencies.list()) ++b.agency[std::string(agency_name(a))];
      if (rec.agencies.empty()) ++b.agency["(none recognised)"];
      for (const auto& t : rec.themes) ++b.theme[t];
    }
  }
  return b;
}
}  // namespace

std::string stats_json(const Corpus& c) {
  auto b = breakdowns(c);
  ojson j{{"reviews", c.reviews.size()}, {"recommendations", c.recommendation_count()}, {"incidents", c.incidents}};
  auto put = [&](const char* key, const std::map<std::string, std::size_t>& m) {
    ojson o = ojson::object();
    for (const auto& [k, v] : m) o[k] = v;
    j[key] = o;
  };
  put("by_csp", b.csp); put("by_region", b.region); put("by_death_year", b.death_year);
  put("by_published_year", b.published_year); put("by_agency", b.agency); put("by_theme", b.theme);
  return j.dump(2) + "\n";
}

std::string stats_text(const Corpus& c) {
  auto b = breakdowns(c);
  std::string out = "reviews: " + std::to_string(c.reviews.size()) + "\nrecommendations: " +
                    std::to_string(c.recommendation_count()) + "\nincidents: " + std::to_string(c.incidents) + "\n";
  auto put = [&](const char* title, const std::map<std::string, std::size_t>& m) {
    out += std::string("\n") + title + ":\n";
    for (const auto& [k, v] : m) out += "  " + std::to_string(v) + "\t" + k + "\n";
  };
  put("by region", b.region); put("by year of death", b.death_year); put("by year published", b.published_year);
  put("by agency", b.agency); put("by theme", b.theme); put("by CSP", b.csp);
  return out;
}

}  // namespace dhrv
