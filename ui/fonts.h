// fonts.h: theme colours views need beyond ImGui's style (style.cpp).
#pragma once

#include <imgui.h>

namespace dhrv::ui {

struct App;

ImVec4 accent_colour(const App& app);
ImVec4 exit_colour();
// Search matches: background and text colour (contrast of the text on the background at least 7:1).
ImVec4 highlight_colour(const App& app);
ImVec4 highlight_text_colour(const App& app);
// Messages about errors (readable on either theme's background).
ImVec4 error_text_colour(const App& app);
// Bars in the insight charts.
ImVec4 chart_colour(const App& app);
// Segments of the "carried out" charts, one per Status (0 not stated .. 3 completed); each at least 3:1 against
// the theme's background, and never the only cue (legend, tooltips and the table say the same).
ImVec4 status_colour(const App& app, int status);

}  // namespace dhrv::ui
