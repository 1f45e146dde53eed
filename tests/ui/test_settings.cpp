// The desktop settings file: round trip, and bad lines ignored.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>

#include "settings_file.h"

TEST_CASE("desktop settings: saved and read back; bad values ignored") {
  // In the system's temporary folder, removed afterwards: a test leaves nothing where it was run from.
  const auto dir = std::filesystem::temp_directory_path() / "dhrv-settings-test";
  const std::string path = (dir / "settings.ini").string();
  dhrv::native::WindowSettings s;
  s.width = 1500;
  s.height = 900;
  s.ui.theme = dhrv::ui::Theme::dark;
  s.ui.zoom = 1.25f;
  REQUIRE(dhrv::native::save_settings(path, s));
  const auto back = dhrv::native::load_settings(path);
  CHECK(back.width == 1500);
  CHECK(back.height == 900);
  CHECK(back.ui.theme == dhrv::ui::Theme::dark);
  CHECK(back.ui.zoom == doctest::Approx(1.25f));
  {
    std::ofstream out(path);
    out << "width = 99999999\nzoom = 40\ngarbage line\ntheme = purple\n";
  }
  const auto bad = dhrv::native::load_settings(path);
  CHECK(bad.width == 1280);
  CHECK(bad.ui.zoom == doctest::Approx(1.0f));
  CHECK(bad.ui.theme == dhrv::ui::Theme::light);
  CHECK(dhrv::native::load_settings("no/such/file.ini").width == 1280);
  std::filesystem::remove_all(dir);
}
