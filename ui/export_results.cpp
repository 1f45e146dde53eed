#include "export_results.h"

#include <cctype>

#include "export.h"
#include "view_state.h"

namespace dhrv::ui {

std::string export_file_name(std::string_view query, std::string_view extension) {
  std::string slug;
  for (char c : query) {
    const auto u = static_cast<unsigned char>(c);
    if (std::isalnum(u) && u < 0x80) slug += static_cast<char>(std::tolower(u));
    else if (!slug.empty() && slug.back() != '-') slug += '-';
    if (slug.size() >= 40) break;
  }
  while (!slug.empty() && slug.back() == '-') slug.pop_back();
  return "dhr-recommendations" + (slug.empty() ? std::string() : "-" + slug) + "." + std::string(extension);
}

std::string export_results(App& app, Platform& platform, std::string_view format) {
  std::vector<RecommendationRow> rows;
  for (const Hit& h : app.search.results.recommendations)
    rows.push_back({&app.index().review_of(h.doc), &app.index().recommendation(h.doc)});
  if (format == "csv")
    return platform.save_file(export_file_name(app.search.query, "csv"), "\xEF\xBB\xBF" + export_csv(rows));
  if (format == "json")
    return platform.save_file(export_file_name(app.search.query, "json"),
                              export_json(rows, app.search.query, to_hash(capture_view_state(app))));
  return "export takes csv or json";
}

}  // namespace dhrv::ui
