// settings_file.h: the desktop remembers window size, theme and zoom between runs, in
// $XDG_CONFIG_HOME/dhrv/settings.ini (or ~/.config/dhrv/settings.ini). Plain "key = value" lines; unknown or
// bad lines are ignored, so an old or hand-edited file never stops the app from starting.
#pragma once

#include <string>

#include "app.h"

namespace dhrv::native {

struct WindowSettings {
  int width = 1280, height = 800;
  ui::Settings ui;
};

std::string settings_path();
WindowSettings load_settings(const std::string& path);
bool save_settings(const std::string& path, const WindowSettings& s);

}  // namespace dhrv::native
