// views.h: one function per view; draw_frame() (app.cpp) lays them out.
#pragma once

#include "app.h"

namespace dhrv::ui {

void draw_header(App& app, Platform& platform);       // view_header.cpp: title, search, Exit this page
void draw_review_list(App& app);                      // view_review_list.cpp
void draw_review(App& app, Platform& platform);       // view_review.cpp
void draw_status_bar(const App& app);                 // view_status_bar.cpp
void draw_diagnostics(App& app);                      // view_diagnostics.cpp
void draw_about(App& app, Platform& platform);        // view_about.cpp

// Shared helpers (widgets.cpp).
void text_wrapped(std::string_view text);
void label_value(const char* label, std::string_view value);
bool link_button(const char* label, const std::string& url, Platform& platform);
std::string display_date(YearMonth ym);

}  // namespace dhrv::ui
