// columns.h: text set in two columns. Lines are built by baseline, so on a page of columns one line runs across
// the gutter and joins the left column's words to the right column's. Here the gutter is found (a vertical strip
// inside a wide gap on many lines, which no word crosses), the page is cut into bands down its height (stretches
// set in columns, and full-width stretches such as a title or a table between them), and lines in a band of
// columns are cut at the gutter, each part marked with its column, so that blocks are read column by column.
//
// Two columns of prose only: both sides must be wide (a narrow left column of dates beside events is a table, not
// columns, and stays as lines), and there must be several lines with text on both sides.
#pragma once

#include <vector>

#include "pdf/raw_line.h"

namespace dhrv::pdf {

// `lines` in baseline order; on return, lines may be split and are in reading order, with band and column set.
void split_columns(std::vector<RawLine>& lines);

}  // namespace dhrv::pdf
