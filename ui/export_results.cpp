#include "export_results.h"

#include <cctype>

#include "action_export.h"
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
  if (format == "actions")  // one row per action, with each recommendation's derived status
    return platform.save_file("dhr-actions" + export_file_name(app.search.query, "csv").substr(std::string("dhr-recommendations").size()),
                              "\xEF\xBB\xBF" + export_actions_csv(rows));
  if (format == "json")
    return platform.save_file(export_file_name(app.search.query, "json"),
                              export_json(rows, app.search.query, to_hash(capture_view_state(app))));
  return "export takes csv, json or actions";
}

}  // namespace dhrv::ui
