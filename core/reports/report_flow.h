// report_flow.h: a report's body as one stream, page after page: its lines (with what a reader of the printed
// page uses to see structure: size, boldness, where a paragraph starts, how far in it starts) and its tables, in
// reading order. Running headers and footers and the lines of a table of contents are left out; everything a
// later step reads keeps its page.
#pragma once

#include <string>
#include <vector>

#include "pdf/pdf_document.h"

namespace dhrv::reports {

struct FlowLine {
  std::string text;         // words joined with single spaces
  int page = 0;             // 1-based
  pdf::Box box;
  float size = 0;           // the size most of its characters are set in
  float bold = 0;           // the share of its characters set in bold (0..1)
  bool block_start = false; // first line of a block (a paragraph, a heading, a list item set apart)
  const pdf::Line* line = nullptr;
};

struct FlowItem {
  const FlowLine* line = nullptr;  // exactly one is set
  const pdf::Table* table = nullptr;
  int page = 0;
};

struct Flow {
  std::vector<FlowLine> lines;
  std::vector<FlowItem> items;  // lines and tables in reading order (lines point into `lines`)
  float body_size = 0;          // the size most body text is set in
  float body_left = 0;          // where most body lines start (points from the page's left)
  // Lines of the first page (the cover), in order.
  std::vector<const FlowLine*> cover;
};

Flow make_flow(const pdf::Document& doc);

// A line that reads as a heading: short, set in bold or larger than the body, not ending like a sentence.
bool looks_like_heading(const FlowLine& line, const Flow& flow);

}  // namespace dhrv::reports
