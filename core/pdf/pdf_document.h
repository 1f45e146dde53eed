// pdf_document.h: the text of a PDF as laid out on its pages: pages -> blocks -> lines -> words, each with its box,
// tables as rows of cells, running headers and footers kept apart from the body, and the document's info.
//
// This is the text layer's output and knows nothing of DHRs (core/reports builds on it). Coordinates are PDF
// points with the origin at the page's top-left and y growing downwards (reading order is easier that way).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "diagnostic.h"
#include "pdf/pdf_file_info.h"

namespace dhrv::pdf {

struct Box {
  float x0 = 0, y0 = 0, x1 = 0, y1 = 0;  // left, top, right, bottom
  float width() const { return x1 - x0; }
  float height() const { return y1 - y0; }
  void include(const Box& b);
  friend bool operator==(const Box&, const Box&) = default;
};

struct Word {
  std::string text;   // UTF-8, ligatures and compatibility characters normalised (ﬁ -> fi)
  Box box;
  float size = 0;     // font size in points
  bool bold = false;
  bool italic = false;
};

struct Line {
  std::vector<Word> words;
  Box box;
  float baseline = 0;
  // The words joined with single spaces (spaces inferred from the gaps between glyphs).
  std::string text() const;
};

// Where a block sits on its page: in the body, or repeated on many pages above or below it.
enum class Region : std::uint8_t { body, header, footer };

struct Block {
  std::vector<Line> lines;
  Box box;
  Region region = Region::body;
  int column = 0;         // 0-based, left to right, where the page has columns
  int band = 0;           // the stretch of the page it is in, counted down the page (full width, or columns)
  bool artifact = false;  // marked as an artifact (page furniture) in a tagged file
  // Text running down (1), upside down (2) or up (3) the page; its boxes are in its own upright frame, and it
  // comes after the page's usual text.
  int orientation = 0;
};

struct Cell {
  std::string text;  // its lines joined with spaces
  Box box;
  int page = 0;      // where its text starts (a row can continue on the next page)
  // Spaces put where a line of the cell ended in a word alone from edge to edge: a word too wide for the column,
  // cut by the writer ("investigato" + "rs"), or a long word that just filled its line. Byte offsets into `text`;
  // the document pass decides which to take out (document_pass.h).
  std::vector<std::uint32_t> cut_spaces;
};

// A table found from aligned positions (or the structure tree where the file is tagged).
struct Table {
  std::vector<std::vector<Cell>> rows;
  Box box;
  int page = 0;  // 1-based
};

struct Page {
  int number = 0;  // 1-based
  float width = 0, height = 0;
  std::vector<Block> blocks;  // in reading order; headers first, footers last
  std::vector<Table> tables;
  bool has_text = false;      // any glyph at all (an image-only page has none)
  std::size_t images = 0;     // images drawn on it
};

struct Document {
  Info info;
  std::vector<Page> pages;
  std::vector<Diagnostic> diagnostics;  // per page where it applies (Diagnostic::page)
  bool readable = false;                // false: not a PDF, password-protected or damaged beyond repair
  bool scanned = false;                 // pages but no text at all: an image-only scan
};

}  // namespace dhrv::pdf
