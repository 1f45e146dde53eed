// export_results.h: the results on screen saved as a file (the Export buttons and the page's export command).
// The file says what it holds: its name carries the search, the JSON records the search and filters as the
// view's link, and the CSV starts with a UTF-8 byte-order mark so spreadsheet programs on Windows read curly
// quotes and accents correctly.
#pragma once

#include <string>
#include <string_view>

#include "app.h"

namespace dhrv::ui {

// "csv", "json" or "actions" (one row per action with status); returns the status line (where it was saved, or
// why not).
std::string export_results(App& app, Platform& platform, std::string_view format);

// The file name for an export of this search: dhr-recommendations[-search words].csv (letters, digits and
// hyphens only, at most 40 characters of the search).
std::string export_file_name(std::string_view query, std::string_view extension);

}  // namespace dhrv::ui
