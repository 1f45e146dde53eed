// views.h: one function per view; draw_frame() (app.cpp) lays them out.
#pragma once

#include <string>
#include <string_view>

#include "app.h"
#include "implementation_status.h"

namespace dhrv::ui {

void draw_header(App& app, Platform& platform);       // view_header.cpp: name, search, tools, Exit this page
void draw_facets(App& app);                           // view_facets.cpp: filters with live counts
void draw_filters_drawer(App& app, Platform& platform);  // view_facets.cpp: the same, as a drawer on small screens
bool draw_exit_button(App& app, Platform& platform);   // view_header.cpp: "Exit this page" (true once pressed)
void draw_main(App& app, Platform& platform);         // view_main.cpp: tabs, chips, and the current tab
void draw_recommendation_results(App& app, Platform& platform);  // view_results.cpp
void draw_review_results(App& app);                   // view_results.cpp
void draw_review(App& app, Platform& platform);       // view_review.cpp
// view_actions.cpp: a recommendation's action-plan rows as a compact table, with its status.
void draw_actions(App& app, const Review& r, const Recommendation& rec, const RecommendationStatus& status);
void draw_insights(App& app);                         // view_insights.cpp: charts that follow the search
void draw_status_charts(App& app);                    // view_status_charts.cpp: carried out, by year and lead agency
void draw_recurring(App& app);                        // view_recurring.cpp: lessons recurring across reviews
void draw_national(App& app);                         // view_national.cpp: recommendations to national bodies
void draw_status_bar(App& app);                       // view_status_bar.cpp
bool draw_job_progress(App& app);                     // view_progress.cpp: a running job, with Cancel (false: none)
// view_progress.cpp: the top of a view found by the lessons job (recurring, national): what it shows, then, while
// the job runs, what it is doing with its progress. False until the lessons are there.
bool lessons_view_ready(App& app, const char* intro, const char* finding);
void draw_first_load(App& app, Platform& platform);   // view_progress.cpp: before any data is shown
void draw_diagnostics(App& app);                      // view_diagnostics.cpp
void draw_about(App& app, Platform& platform);        // view_about.cpp
void draw_open_dialog(App& app, Platform& platform);  // view_open.cpp: open files by path (desktop)
void draw_query_help(App& app);                       // view_header.cpp: the query language, with examples

// Shared helpers (widgets.cpp).
void text_wrapped(std::string_view text);
void label_value(const char* label, std::string_view value);
// Before a button in a row that wraps like words (filter chips, the views on a phone): the next button goes on
// this line when its label fits, else on a new one. `first` is true for the row's first button, then cleared.
void flow_next(const char* label, bool& first);
bool link_button(const char* label, const std::string& url, Platform& platform);
std::string display_date(YearMonth ym);
void heading(const App& app, const char* text);
// "Nottingham, death 2018" for a review.
std::string review_caption(const Review& r);

}  // namespace dhrv::ui
