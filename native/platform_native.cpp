#include "platform_native.h"

#include <fstream>

namespace dhrv::native {

void NativePlatform::open_url(const std::string& url) {
  if (url.rfind("https://", 0) == 0 || url.rfind("http://", 0) == 0) SDL_OpenURL(url.c_str());
}

void NativePlatform::set_clipboard(const std::string& text) { SDL_SetClipboardText(text.c_str()); }

std::string NativePlatform::save_file(const std::string& suggested_name, std::string_view bytes) {
  std::ofstream out(suggested_name, std::ios::binary);
  out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  return out ? "saved " + suggested_name : "could not save " + suggested_name;
}

void NativePlatform::quick_exit() {
  // Hide at once, then close: the next frame draws nothing and the loop ends.
  SDL_HideWindow(window_);
  quit_ = true;
}

void NativePlatform::set_title(const std::string& title) {
  if (title == title_) return;
  title_ = title;
  SDL_SetWindowTitle(window_, title.c_str());
}

}  // namespace dhrv::native
