// fonts.h: theme colours views need beyond ImGui's style (style.cpp).
#pragma once

#include <imgui.h>

namespace dhrv::ui {

struct App;

ImVec4 accent_colour(const App& app);
ImVec4 exit_colour();

}  // namespace dhrv::ui
