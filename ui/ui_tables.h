// ui_tables.h: the lists the views show, each declared once: the main views (tabs), the order of the filters
// panel, and the charts. Sort orders and facets come from the core's own tables (search.h, facets.h). The web
// page reads all of them from the state the viewer describes (accessible_view.h), never from copies of its own.
#pragma once

#include <array>
#include <cstdint>
#include <string_view>

#include "search/facets.h"

namespace dhrv::ui {

enum class MainView : std::uint8_t { recommendations, reviews, insights, recurring, national };
struct MainViewInfo {
  MainView view;
  std::string_view key;          // in the URL hash: view=insights
  std::string_view label;        // the tab
  std::string_view short_label;  // the tab where space is short
};
inline constexpr std::array kMainViews{
    MainViewInfo{MainView::recommendations, "recommendations", "Recommendations", "Recs"},
    MainViewInfo{MainView::reviews, "reviews", "Reviews", "Reviews"},
    MainViewInfo{MainView::insights, "insights", "Insights", "Insights"},
    MainViewInfo{MainView::recurring, "recurring", "Recurring lessons", "Recurring"},
    MainViewInfo{MainView::national, "national", "National recommendations", "National"},
};
constexpr bool main_views_in_enum_order() {
  for (std::size_t i = 0; i < kMainViews.size(); ++i)
    if (static_cast<std::size_t>(kMainViews[i].view) != i) return false;
  return true;
}
static_assert(main_views_in_enum_order(), "kMainViews lists every MainView once, in enum order");
constexpr const MainViewInfo& main_view_info(MainView v) { return kMainViews[static_cast<std::size_t>(v)]; }
constexpr std::string_view main_view_name(MainView v) { return main_view_info(v).key; }
bool main_view_from_name(std::string_view name, MainView& out);

// The filters panel, in the order people look for things: who a recommendation was addressed to and what about,
// then when and where. Every facet appears exactly once.
inline constexpr std::array<Facet, kFacetCount> kFacetPanelOrder{
    Facet::agency, Facet::theme,        Facet::status,       Facet::overdue, Facet::scope, Facet::death_year,
    Facet::published_year, Facet::region, Facet::csp, Facet::relationship, Facet::abuse};
constexpr bool panel_has_every_facet_once() {
  for (Facet f : kAllFacets) {
    int seen = 0;
    for (Facet g : kFacetPanelOrder) seen += f == g;
    if (seen != 1) return false;
  }
  return true;
}
static_assert(panel_has_every_facet_once(), "the filters panel shows every facet exactly once");

// The Insights charts: what they count and how they are laid out.
struct ChartInfo {
  Facet facet;
  std::string_view title;
  std::string_view unit;  // "reviews" or "recommendations"
  bool by_time;           // years: columns in time order; categories: rows by size
};
inline constexpr std::array kCharts{
    ChartInfo{Facet::death_year, "Reviews by year of death", "reviews", true},
    ChartInfo{Facet::published_year, "Reviews by year published or uploaded", "reviews", true},
    ChartInfo{Facet::agency, "Recommendations by agency", "recommendations", false},
    ChartInfo{Facet::theme, "Recommendations by theme", "recommendations", false},
    ChartInfo{Facet::status, "Recommendations by whether they were carried out", "recommendations", false},
    ChartInfo{Facet::region, "Reviews by region", "reviews", false},
};

}  // namespace dhrv::ui
