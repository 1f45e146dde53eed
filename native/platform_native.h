// platform_native.h: the desktop's answers to ui::Platform (SDL2 clipboard and URL opening, files on disk).
#pragma once

#include <SDL.h>

#include "platform.h"

namespace dhrv::native {

class NativePlatform : public ui::Platform {
 public:
  explicit NativePlatform(SDL_Window* window) : window_(window) {}
  void open_url(const std::string& url) override;
  void set_clipboard(const std::string& text) override;
  std::string save_file(const std::string& suggested_name, std::string_view bytes) override;
  void quick_exit() override;
  void set_title(const std::string& title) override;
  std::string name() const override { return "desktop"; }
  bool quit_requested() const { return quit_; }

 private:
  SDL_Window* window_;
  std::string title_;
  bool quit_ = false;
};

}  // namespace dhrv::native
