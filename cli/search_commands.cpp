#include <algorithm>
#include <cstdio>
#include <fstream>

#include "commands.h"
#include "json_codec.h"
#include "load.h"
#include "search/index_file.h"
#include "search/national_recommendations.h"
#include "search/search.h"
#include "search/similar.h"

namespace dhrv::cli {

namespace {

// Text with the spans wrapped in ** (terminals have no common highlight; this reads well and greps well).
std::string marked(std::string_view text, const std::vector<Span>& spans) {
  std::string out;
  std::size_t at = 0;
  for (const Span& s : spans) {
    out.append(text.substr(at, s.begin - at));
    out += "**";
    out.append(text.substr(s.begin, s.end - s.begin));
    out += "**";
    at = s.end;
  }
  out.append(text.substr(at));
  return out;
}

ojson spans_json(const std::vector<Span>& spans) {
  ojson a = ojson::array();
  for (const Span& s : spans) a.push_back({s.begin, s.end});
  return a;
}

ojson facets_json(const SearchIndex& index, const FacetCounts& counts) {
  ojson out = ojson::object();
  for (Facet f : kAllFacets) {
    const auto& values = index.facet_values(f);
    const auto& c = counts[static_cast<std::size_t>(f)];
    std::vector<std::size_t> order;
    for (std::size_t i = 0; i < c.size(); ++i)
      if (c[i]) order.push_back(i);
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return c[a] > c[b]; });
    ojson o = ojson::object();
    for (std::size_t i : order) o[values[i]] = c[i];
    out[std::string(facet_key(f))] = std::move(o);
  }
  return out;
}

std::string year_text(const Review& r) { return r.death.known() ? std::to_string(r.death.year) : "year unknown"; }

}  // namespace

std::shared_ptr<const SearchIndex> open_index(const std::vector<std::string>& paths) {
  LoadResult loaded = load(paths);
  const Corpus& c = loaded.index->corpus();
  const std::size_t errors = error_count(c);
  std::size_t shown = 0;
  for (const auto& d : c.diagnostics)
    if (d.severity == Severity::error && shown++ < 5) std::fprintf(stderr, "dhrv: %s\n", format_diagnostic(d).c_str());
  if (errors && c.reviews.empty()) {
    std::fprintf(stderr, "dhrv: no review data was read\n");
    return nullptr;
  }
  if (errors)
    std::fprintf(stderr, "dhrv: %zu errors while reading the files (see 'dhrv check'); using what was read\n", errors);
  return loaded.index;
}

int cmd_search(const std::string& text, const std::vector<std::string>& files, const SearchArgs& a) {
  SearchOptions options;
  if (!sort_order_from_name(a.sort, options.sort)) {
    std::fprintf(stderr, "dhrv: --sort takes relevance, year, csp or natural\n");
    return 2;
  }
  const Query query = parse_query(text);
  if (!query.ok()) {
    if (a.json) {
      ojson out;
      out["query"] = text;
      out["error"] = query.error;
      out["error_at"] = query.error_at;
      std::printf("%s\n", out.dump(2).c_str());
    }
    std::fprintf(stderr, "dhrv: cannot read the query at byte %zu: %s\n", query.error_at, query.error.c_str());
    return 2;
  }
  auto index = open_index(files);
  if (!index) return 1;
  const ResultSet result = search(*index, query, {}, options);
  const std::size_t shown = std::min(a.limit, result.recommendations.size());
  if (a.json) {
    ojson out;
    out["query"] = text;
    out["total"] = result.recommendations.size();
    ojson hits = ojson::array();
    for (std::size_t i = 0; i < shown; ++i) {
      const Hit& h = result.recommendations[i];
      const Recommendation& rec = index->recommendation(h.doc);
      ojson o;
      o["review"] = index->review_of(h.doc).id;
      o["recommendation"] = rec.id;
      o["score"] = std::round(h.score * 1000.0) / 1000.0;
      o["text"] = rec.text;
      o["highlights"] = spans_json(highlight(query, rec.text, TextKind::recommendation_text));
      o["addressed_to"] = rec.addressed_to;
      o["addressed_to_highlights"] = spans_json(highlight(query, rec.addressed_to, TextKind::addressee));
      hits.push_back(std::move(o));
    }
    out["hits"] = std::move(hits);
    out["facets"] = facets_json(*index, result.recommendation_facets);
    out["review_total"] = result.reviews.size();
    ojson reviews = ojson::array();
    for (std::size_t i = 0; i < std::min(a.limit, result.reviews.size()); ++i) {
      const Review& r = index->corpus().reviews[result.reviews[i].doc];
      ojson o;
      o["review"] = r.id;
      o["title"] = r.title;
      o["score"] = std::round(result.reviews[i].score * 1000.0) / 1000.0;
      const auto spans = highlight(query, r.summary, TextKind::review_summary);
      const Snippet snip = make_snippet(r.summary, spans);
      o["snippet"] = snip.text;
      o["snippet_highlights"] = spans_json(snip.spans);
      reviews.push_back(std::move(o));
    }
    out["review_hits"] = std::move(reviews);
    out["review_facets"] = facets_json(*index, result.review_facets);
    out["notes"] = result.notes;
    std::printf("%s\n", out.dump(2).c_str());
  } else {
    for (const auto& n : result.notes) std::printf("note: %s\n", n.c_str());
    std::printf("%zu recommendations match %s", result.recommendations.size(), text.c_str());
    if (shown < result.recommendations.size()) std::printf(" (showing %zu)", shown);
    std::printf("\n");
    for (std::size_t i = 0; i < shown; ++i) {
      const Hit& h = result.recommendations[i];
      const Recommendation& rec = index->recommendation(h.doc);
      const Review& r = index->review_of(h.doc);
      std::printf("\n%s %s  (%s, %s; score %.2f)\n  to: %s\n  %s\n", r.id.c_str(), rec.id.c_str(), r.csp.c_str(),
                  year_text(r).c_str(), h.score,
                  marked(rec.addressed_to, highlight(query, rec.addressed_to, TextKind::addressee)).c_str(),
                  marked(rec.text, highlight(query, rec.text, TextKind::recommendation_text)).c_str());
    }
    if (!result.reviews.empty()) {
      std::printf("\n%zu reviews match (by title, CSP or summary, or through a matching recommendation)\n", result.reviews.size());
      for (std::size_t i = 0; i < std::min(a.limit, result.reviews.size()); ++i) {
        const Review& r = index->corpus().reviews[result.reviews[i].doc];
        const Snippet snip = make_snippet(r.summary, highlight(query, r.summary, TextKind::review_summary), 160);
        std::printf("  %s  %s%s%s\n", r.id.c_str(), r.title.c_str(), snip.text.empty() ? "" : ": ",
                    marked(snip.text, snip.spans).c_str());
      }
    }
  }
  return result.recommendations.empty() && result.reviews.empty() ? 1 : 0;
}

int cmd_similar(const std::string& ref, const std::vector<std::string>& files, const SearchArgs& a) {
  const std::size_t colon = ref.rfind(':');
  if (colon == std::string::npos || colon == 0 || colon + 1 == ref.size()) {
    std::fprintf(stderr, "dhrv: similar needs REVIEW:RECOMMENDATION, e.g. nottingham-2018:11.3\n");
    return 2;
  }
  auto index = open_index(files);
  if (!index) return 1;
  const std::uint32_t doc = index->find_recommendation(ref.substr(0, colon), ref.substr(colon + 1));
  if (doc == kNoTerm) {
    std::fprintf(stderr, "dhrv: no recommendation '%s' (see 'dhrv show REVIEW')\n", ref.c_str());
    return 1;
  }
  SimilarityModel model(*index);
  const auto hits = model.similar(doc, a.limit, std::min(a.threshold, 0.25f));
  if (a.json) {
    ojson out;
    out["recommendation"] = ref;
    ojson list = ojson::array();
    for (const Hit& h : hits)
      list.push_back({{"review", index->review_of(h.doc).id},
                      {"recommendation", index->recommendation(h.doc).id},
                      {"similarity", std::round(h.score * 1000.0) / 1000.0},
                      {"text", index->recommendation(h.doc).text}});
    out["similar"] = std::move(list);
    std::printf("%s\n", out.dump(2).c_str());
  } else {
    std::printf("%s: %s\n%zu similar recommendations in other reviews\n", ref.c_str(),
                index->recommendation(doc).text.c_str(), hits.size());
    for (const Hit& h : hits)
      std::printf("\n%.2f  %s %s (%s)\n  %s\n", h.score, index->review_of(h.doc).id.c_str(),
                  index->recommendation(h.doc).id.c_str(), year_text(index->review_of(h.doc)).c_str(),
                  index->recommendation(h.doc).text.c_str());
  }
  return 0;
}

int cmd_recurring(const std::vector<std::string>& files, const SearchArgs& a) {
  auto index = open_index(files);
  if (!index) return 1;
  SimilarityModel model(*index);
  RecurringOptions options;
  options.min_reviews = std::max<std::size_t>(2, a.min_reviews);
  options.threshold = a.threshold;
  const auto lessons = recurring_lessons(*index, model, options);
  if (a.json) {
    ojson out = ojson::array();
    for (const auto& l : lessons) {
      ojson o;
      o["text"] = index->recommendation(l.representative).text;
      o["reviews"] = l.review_count;
      o["first_year"] = l.first_year;
      o["last_year"] = l.last_year;
      o["terms"] = l.terms;
      ojson members = ojson::array();
      for (std::uint32_t d : l.recommendations)
        members.push_back({{"review", index->review_of(d).id}, {"recommendation", index->recommendation(d).id}});
      o["recommendations"] = std::move(members);
      out.push_back(std::move(o));
    }
    std::printf("%s\n", out.dump(2).c_str());
    return 0;
  }
  std::printf("%zu lessons recur in %zu or more reviews (similarity >= %.2f)\n", lessons.size(), options.min_reviews,
              options.threshold);
  for (std::size_t i = 0; i < lessons.size() && i < a.limit; ++i) {
    const auto& l = lessons[i];
    std::printf("\n%zu reviews, %d-%d: %s\n", l.review_count, l.first_year, l.last_year,
                index->recommendation(l.representative).text.c_str());
    for (std::uint32_t d : l.recommendations)
      std::printf("  %s %s\n", index->review_of(d).id.c_str(), index->recommendation(d).id.c_str());
  }
  return 0;
}

int cmd_national(const std::vector<std::string>& files, const SearchArgs& a) {
  auto index = open_index(files);
  if (!index) return 1;
  SimilarityModel model(*index);
  const auto bodies = national_recommendations(model, a.threshold);
  auto status_counts = [](const NationalLesson& l) {
    ojson o;
    for (std::size_t s = 0; s < kStatusCount; ++s) o[std::string(status_key(static_cast<Status>(s)))] = l.status[s];
    return o;
  };
  if (a.json) {
    ojson out = ojson::array();
    for (const NationalBody& b : bodies) {
      ojson lessons = ojson::array();
      for (const NationalLesson& l : b.lessons) {
        ojson members = ojson::array();
        for (std::uint32_t d : l.recommendations)
          members.push_back({{"review", index->review_of(d).id}, {"recommendation", index->recommendation(d).id}});
        lessons.push_back({{"text", index->recommendation(l.representative).text}, {"reviews", l.review_count},
                           {"first_year", l.first_year}, {"last_year", l.last_year}, {"status", status_counts(l)},
                           {"recommendations", std::move(members)}});
      }
      out.push_back({{"body", b.name}, {"recommendations", b.recommendation_count}, {"reviews", b.review_count},
                     {"lessons", std::move(lessons)}});
    }
    std::printf("%s\n", out.dump(2).c_str());
    return 0;
  }
  std::size_t total = 0;
  for (const NationalBody& b : bodies) total += b.recommendation_count;
  std::printf("%zu national %s, for %zu %s\n", total, total == 1 ? "recommendation" : "recommendations", bodies.size(),
              bodies.size() == 1 ? "body" : "bodies");
  for (const NationalBody& b : bodies) {
    std::printf("\n%s: %zu %s from %zu %s\n", b.name.c_str(), b.recommendation_count,
                b.recommendation_count == 1 ? "recommendation" : "recommendations", b.review_count,
                b.review_count == 1 ? "review" : "reviews");
    for (const NationalLesson& l : b.lessons) {
      std::printf("  %zu %s, %zu of %zu recorded as completed: %s\n", l.review_count, l.review_count == 1 ? "review" : "reviews",
                  l.completed(), l.recommendations.size(), index->recommendation(l.representative).text.c_str());
      for (std::uint32_t d : l.recommendations) {
        const Status s = status_of(index->review_of(d), index->recommendation(d)).status;
        std::printf("    %s %s (%s)\n", index->review_of(d).id.c_str(), index->recommendation(d).id.c_str(),
                    std::string(status_name(s)).c_str());
      }
    }
  }
  return 0;
}

int cmd_index(const std::vector<std::string>& files, const SearchArgs& a) {
  if (a.output.empty()) {
    std::fprintf(stderr, "dhrv: index needs -o FILE\n");
    return 2;
  }
  auto index = open_index(files);
  if (!index) return 1;
  const std::string bytes = IndexFile::save(*index);
  std::ofstream out(a.output, std::ios::binary);
  out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  out.close();
  if (!out) {
    std::fprintf(stderr, "dhrv: could not write %s\n", a.output.c_str());
    return 1;
  }
  std::printf("%s: %zu bytes, %u reviews, %u recommendations, %zu terms\n", a.output.c_str(), bytes.size(),
              index->review_count(), index->recommendation_count(), index->recommendation_text().terms.size());
  return 0;
}

}  // namespace dhrv::cli
