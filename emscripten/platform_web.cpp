// platform_web.cpp: browser glue. Every call goes to a hook on the Module object that web/app.js provides, so
// one page can host several independent viewers (each Module has its own hooks) and nothing here assumes a
// particular page.
#include "platform_web.h"

#include <emscripten.h>

namespace dhrv::web {

namespace {
EM_JS(void, js_open_url, (const char* url), { Module.dhrvHost && Module.dhrvHost.openUrl(UTF8ToString(url)); });
EM_JS(void, js_set_clipboard, (const char* text), { Module.dhrvHost && Module.dhrvHost.setClipboard(UTF8ToString(text)); });
EM_JS(void, js_download, (const char* name, const char* data, int len), {
  Module.dhrvHost && Module.dhrvHost.download(UTF8ToString(name), HEAPU8.slice(data, data + len));
});
EM_JS(void, js_quick_exit, (), { Module.dhrvHost && Module.dhrvHost.quickExit(); });
EM_JS(void, js_open_files, (), { Module.dhrvHost && Module.dhrvHost.openFiles && Module.dhrvHost.openFiles(); });
EM_JS(void, js_set_title, (const char* title), { Module.dhrvHost && Module.dhrvHost.setTitle(UTF8ToString(title)); });
}  // namespace

void WebPlatform::open_url(const std::string& url) {
  if (url.rfind("https://", 0) == 0 || url.rfind("http://", 0) == 0) js_open_url(url.c_str());
}
void WebPlatform::set_clipboard(const std::string& text) { js_set_clipboard(text.c_str()); }
std::string WebPlatform::save_file(const std::string& suggested_name, std::string_view bytes) {
  js_download(suggested_name.c_str(), bytes.data(), static_cast<int>(bytes.size()));
  return "downloaded " + suggested_name;
}
void WebPlatform::quick_exit() { js_quick_exit(); }
void WebPlatform::request_open_files() { js_open_files(); }
void WebPlatform::set_title(const std::string& title) {
  if (title == title_) return;
  title_ = title;
  js_set_title(title.c_str());
}

}  // namespace dhrv::web
