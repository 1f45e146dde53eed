// raw_line.h: a line of words as layout builds it from glyphs on one baseline, before blocks. Internal to
// core/pdf (layout.cpp, columns.cpp).
#pragma once

#include <vector>

#include "pdf/pdf_document.h"

namespace dhrv::pdf {

struct RawLine {
  std::vector<Word> words;
  Box box;
  float baseline = 0, size = 0;
  bool artifact = false;  // most of its glyphs are marked /Artifact
  int band = 0;           // see Block::band
  int column = 0;         // see Block::column
};

}  // namespace dhrv::pdf
