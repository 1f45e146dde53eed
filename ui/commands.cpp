#include "commands.h"

#include <imgui.h>

#include "export.h"
#include "export_results.h"
#include "json_codec.h"
#include "view_state.h"

namespace dhrv::ui {

std::string apply_command(App& app, Platform& platform, std::string_view text) {
  const ojson j = ojson::parse(text.begin(), text.end(), nullptr, false);
  if (j.is_discarded() || !j.is_object()) return "a command is a JSON object";
  if (!app.data.ready()) return "nothing is loaded yet";
  auto str = [&](const char* key) -> std::string {
    auto it = j.find(key);
    return it != j.end() && it->is_string() ? it->get<std::string>() : std::string();
  };
  if (j.contains("query")) {
    if (!j["query"].is_string()) return "query must be a string";
    app.search.query = j["query"].get<std::string>();
  }
  if (j.contains("toggle_facet")) {
    const ojson& t = j["toggle_facet"];
    if (!t.is_array() || t.size() != 2 || !t[0].is_string() || !t[1].is_string()) return "toggle_facet takes [key, value]";
    Facet f;
    if (!facet_from_key(t[0].get<std::string>(), f)) return "no facet " + t[0].get<std::string>();
    const auto& values = app.index().facet_values(f);
    const std::string v = t[1].get<std::string>();
    std::uint32_t id = 0;
    while (id < values.size() && values[id] != v) ++id;
    if (id == values.size()) return "no value '" + v + "' in facet " + t[0].get<std::string>();
    app.search.filters.toggle(f, id);
  }
  if (j.contains("clear_filters")) app.search.filters.clear();
  if (j.contains("sort") && !sort_order_from_name(str("sort"), app.search.sort)) return "unknown sort " + str("sort");
  if (j.contains("view")) {
    if (!main_view_from_name(str("view"), app.nav.view)) return "unknown view " + str("view");
    app.nav.view_requested = true;
  }
  if (j.contains("open_review")) {
    const std::string id = str("open_review");
    if (!app.corpus().find(id)) return "no review " + id;
    const std::string rec = str("rec");
    open_review(app, id, rec.empty() ? kNoTerm : app.index().find_recommendation(id, rec));
  }
  if (j.contains("open_doc")) {
    if (!j["open_doc"].is_number_unsigned() || j["open_doc"].get<std::uint64_t>() >= app.index().recommendation_count())
      return "open_doc takes a recommendation number";
    const auto d = j["open_doc"].get<std::uint32_t>();
    open_review(app, app.index().review_of(d).id, d);
  }
  if (j.contains("close_review")) app.nav.reading = false;
  if (j.contains("theme")) {
    app.settings.theme = str("theme") == "dark" ? Theme::dark : Theme::light;
    if (ImGui::GetCurrentContext()) apply_style(app);
  }
  if (j.contains("hash")) {
    std::vector<std::string> ignored;
    apply_view_state(app, from_hash(str("hash")), &ignored);
    if (!ignored.empty()) app.status = "Parts of the link did not apply here: " + ignored.front();
  }
  if (j.contains("export")) {
    if (str("export") != "csv" && str("export") != "json" && str("export") != "actions") return "export takes csv, json or actions";
    app.status = export_results(app, platform, str("export"));
  }
  if (j.contains("copy_citation")) {
    if (!j["copy_citation"].is_number_unsigned() || j["copy_citation"].get<std::uint64_t>() >= app.index().recommendation_count())
      return "copy_citation takes a recommendation number";
    const auto d = j["copy_citation"].get<std::uint32_t>();
    platform.set_clipboard(citation(app.index().review_of(d), app.index().recommendation(d)));
    app.status = "Copied recommendation " + app.index().recommendation(d).label + " with its citation.";
  }
  if (j.contains("text_input") && ImGui::GetCurrentContext()) app.input.typed.push_back({-1, str("text_input")});
  if (j.contains("key") && ImGui::GetCurrentContext()) {
    const std::string k = str("key");
    if (k == "Backspace") app.input.typed.push_back({ImGui::GetKeyIndex(ImGuiKey_Backspace), {}});
    else if (k == "Enter") app.input.typed.push_back({ImGui::GetKeyIndex(ImGuiKey_Enter), {}});
    else if (k == "Escape") app.input.typed.push_back({ImGui::GetKeyIndex(ImGuiKey_Escape), {}});
    else return "key takes Backspace, Enter or Escape";
  }
  if (j.contains("focus_search")) app.input.focus_search = true;
  if (j.contains("exit")) {
    app.exiting = true;
    platform.quick_exit();
  }
  return "";
}

}  // namespace dhrv::ui
