// font_loader.h: a Font (font.h) from a PDF font dictionary: its kind, encoding, ToUnicode map, widths, and the
// embedded program's tables where the dictionary says nothing of the text. Problems become notes in `problems`.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include <qpdf/QPDFObjectHandle.hh>

#include "pdf/font.h"

namespace dhrv::pdf {

std::unique_ptr<Font> load_font(QPDFObjectHandle dict, std::uint64_t stream_limit, std::vector<std::string>& problems);

}  // namespace dhrv::pdf
