// layout.h: from what a page's content shows (glyphs at positions, drawn rules) to text as a person reads it:
// words (spaces inferred from the gaps between glyphs), lines (by baseline), tables, and blocks in reading order.
//
// Tables are found three ways, strongest evidence first: horizontal rules stacked over the same width (cell
// borders, booktabs lines), a row of filled cells side by side (a shaded header row: its edges are the column
// edges), and, inside a ruled region without vertical rules, columns of text separated by a strip no word
// crosses. A table's rows follow its horizontal rules; where there are none, a row starts where the first column
// has text (the other cells of a wrapped row continue on the lines below).
#pragma once

#include "pdf/interpreter.h"
#include "pdf/pdf_document.h"

namespace dhrv::pdf {

Page lay_out_page(int number, float width, float height, PageContent& content);

// Ligatures and compatibility characters as plain text (ﬁ -> fi, no-break space -> space); soft hyphens,
// zero-width characters and controls dropped.
std::string normalise_glyph_text(std::string_view text);

}  // namespace dhrv::pdf
