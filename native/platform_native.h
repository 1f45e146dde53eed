// platform_native.h: the desktop's answers to ui::Platform (SDL2 clipboard and URL opening, files on disk).
#pragma once

#include <SDL.h>

#include <utility>

#include "platform.h"

namespace dhrv::native {

class NativePlatform : public ui::Platform {
 public:
  NativePlatform(SDL_Window* window, bool system_chooser) : window_(window), chooser_(system_chooser) {}
  void open_url(const std::string& url) override;
  void set_clipboard(const std::string& text) override;
  std::string save_file(const std::string& suggested_name, std::string_view bytes) override;
  void quick_exit() override;
  void set_title(const std::string& title) override;
  std::string name() const override { return "desktop"; }
  bool quit_requested() const { return quit_; }
  // The system file chooser, where there is one (system_file_chooser.h). The request is shown by the main loop
  // after the frame is drawn (the chooser waits for the person), through take_request().
  bool can_open_files() const override { return chooser_; }
  void request_open_files() override { request_ = Request::files; }
  bool can_open_folder() const override { return chooser_; }
  void request_open_folder() override { request_ = Request::folder; }
  enum class Request { none, files, folder };
  Request take_request() { return std::exchange(request_, Request::none); }

 private:
  SDL_Window* window_;
  bool chooser_ = false;
  Request request_ = Request::none;
  std::string title_;
  bool quit_ = false;
};

}  // namespace dhrv::native
