// summary_page_export.h: a review written in the summary-page format (the one ../shared/seeds/ shows, which
// readers/summary_page.cpp reads): the title, "Key: value" metadata, the summary, the recommendations table and,
// when there is one, the action plan table. What `dhrv extract --format summary-page` writes, so that a person can
// check an extraction against the report, correct it in any text editor, and open the corrected page instead.
#pragma once

#include <string>

#include "model.h"

namespace dhrv {

std::string export_summary_page(const Review& r);

}  // namespace dhrv
