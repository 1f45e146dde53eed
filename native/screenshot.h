// screenshot.h: the current GL framebuffer as a PNG (for --screenshot and the smoke tests).
#pragma once

#include <string>

namespace dhrv::native {

bool write_framebuffer_png(const std::string& path, int width, int height);

}  // namespace dhrv::native
