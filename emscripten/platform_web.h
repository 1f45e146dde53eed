// platform_web.h: the browser's answers to ui::Platform (JS glue in platform_web.cpp).
#pragma once

#include "platform.h"

namespace dhrv::web {

class WebPlatform : public ui::Platform {
 public:
  void open_url(const std::string& url) override;
  void set_clipboard(const std::string& text) override;
  std::string save_file(const std::string& suggested_name, std::string_view bytes) override;
  void quick_exit() override;
  void set_title(const std::string& title) override;
  bool can_open_files() const override { return true; }
  void request_open_files() override;  // the page's file picker; files come back through dhrv_file_buffer
  std::string name() const override { return "web"; }

 private:
  std::string title_;
};

}  // namespace dhrv::web
