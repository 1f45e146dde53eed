// platform.h: what the shared UI asks of the program that hosts it (desktop or browser).
//
// Views call these instead of SDL, the file system or JavaScript, so the same view code runs on both targets.
// Where a target cannot do something, it says so (can_*) and the view greys the control out.
#pragma once

#include <string>
#include <string_view>

namespace dhrv::ui {

class Platform {
 public:
  virtual ~Platform() = default;
  // Opens an http(s) link in the system browser / a new tab. Other schemes are refused by the caller.
  virtual void open_url(const std::string& url) = 0;
  virtual void set_clipboard(const std::string& text) = 0;
  // Saves (desktop: next to the working folder, web: a download) and returns a short message for the status bar.
  virtual std::string save_file(const std::string& suggested_name, std::string_view bytes) = 0;
  // "Exit this page": hide everything at once and leave (web: go to a neutral site; desktop: close).
  virtual void quick_exit() = 0;
  virtual void set_title(const std::string& title) = 0;
  virtual bool can_open_files() const { return false; }
  virtual void request_open_files() {}
  // A folder (read recursively), where the target has its own chooser for one (the desktop's system chooser).
  virtual bool can_open_folder() const { return false; }
  virtual void request_open_folder() {}
  virtual std::string name() const = 0;  // "desktop" or "web", shown in About
};

}  // namespace dhrv::ui
