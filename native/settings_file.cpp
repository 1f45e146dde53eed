#include "settings_file.h"

#include <cstdlib>
#include <filesystem>
#include <fstream>

namespace dhrv::native {

std::string settings_path() {
  const char* xdg = std::getenv("XDG_CONFIG_HOME");
  const char* home = std::getenv("HOME");
  std::filesystem::path base = xdg && *xdg ? std::filesystem::path(xdg) : home ? std::filesystem::path(home) / ".config" : "";
  if (base.empty()) return {};
  return (base / "dhrv" / "settings.ini").string();
}

WindowSettings load_settings(const std::string& path) {
  WindowSettings s;
  std::ifstream in(path);
  std::string line;
  while (std::getline(in, line)) {
    const auto eq = line.find('=');
    if (eq == std::string::npos) continue;
    auto trim = [](std::string v) {
      while (!v.empty() && (v.back() == ' ' || v.back() == '\r')) v.pop_back();
      while (!v.empty() && v.front() == ' ') v.erase(0, 1);
      return v;
    };
    const std::string key = trim(line.substr(0, eq)), value = trim(line.substr(eq + 1));
    const long n = std::strtol(value.c_str(), nullptr, 10);
    if (key == "width" && n >= 320 && n <= 16384) s.width = static_cast<int>(n);
    if (key == "height" && n >= 320 && n <= 16384) s.height = static_cast<int>(n);
    if (key == "theme") s.ui.theme = value == "dark" ? ui::Theme::dark : ui::Theme::light;
    if (key == "zoom") {
      const float z = std::strtof(value.c_str(), nullptr);
      if (z >= 0.75f && z <= 2.5f) s.ui.zoom = z;
    }
  }
  return s;
}

bool save_settings(const std::string& path, const WindowSettings& s) {
  if (path.empty()) return false;
  std::error_code ec;
  std::filesystem::create_directories(std::filesystem::path(path).parent_path(), ec);
  std::ofstream out(path);
  out << "# DHR Viewer desktop settings\n"
      << "width = " << s.width << "\nheight = " << s.height << "\ntheme = "
      << (s.ui.theme == ui::Theme::dark ? "dark" : "light") << "\nzoom = " << s.ui.zoom << "\n";
  return static_cast<bool>(out);
}

}  // namespace dhrv::native
