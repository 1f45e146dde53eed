// view_results.cpp: the result lists. Rows have a fixed height (a caption line and up to three lines of text
// with the matches marked) so ImGuiListClipper can virtualise them: 100k results scroll as smoothly as 10.
// Rows are Selectables, so arrow keys move between them and Enter opens one.
#include <imgui.h>

#include <algorithm>

#include "export.h"
#include "fonts.h"
#include "highlighted_text.h"
#include "export_results.h"
#include "views.h"

namespace dhrv::ui {

namespace {

constexpr int kTextLines = 3;

// ImGui 1.86 activates a focused item with Space; people expect Enter to open a result too.
bool activated_by_enter() {
  return ImGui::IsItemFocused() && (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Enter), false) ||
                                    ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_KeyPadEnter), false));
}

void sort_and_export(App& app, Platform& platform) {
  const char* names[] = {"Relevance", "Year of death (newest)", "CSP", "Report order"};
  const SortOrder orders[] = {SortOrder::relevance, SortOrder::year, SortOrder::csp, SortOrder::natural};
  int current = 0;
  for (int i = 0; i < 4; ++i)
    if (orders[i] == app.search.sort) current = i;
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted("Sort");
  ImGui::SameLine();
  ImGui::SetNextItemWidth(ImGui::GetFontSize() * 11);
  if (ImGui::Combo("##sort", &current, names, 4)) app.search.sort = orders[current];
  probe(app, "sort");
  // Export buttons share the line when there is room.
  if (ImGui::GetWindowContentRegionMax().x - ImGui::GetItemRectMax().x + ImGui::GetWindowPos().x >
      ImGui::CalcTextSize("Export CSV  Export JSON  Export actions").x + ImGui::GetFontSize() * 3)
    ImGui::SameLine();
  const bool any = !app.search.results.recommendations.empty();
  if (!any) ImGui::BeginDisabled();
  if (ImGui::Button("Export CSV")) app.status = export_results(app, platform, "csv");
  probe(app, "export:csv");
  ImGui::SameLine();
  if (ImGui::Button("Export JSON")) app.status = export_results(app, platform, "json");
  probe(app, "export:json");
  ImGui::SameLine();
  if (ImGui::Button("Export actions")) app.status = export_results(app, platform, "actions");
  probe(app, "export:actions");
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("CSV, one row per action plan row, with whether each recommendation was carried out");
  if (!any) ImGui::EndDisabled();
}

void empty_message(const App& app, const char* what) {
  ImGui::Spacing();
  ImGui::PushTextWrapPos(0);
  if (app.search.query.empty() && app.search.filters.empty()) ImGui::TextDisabled("No %s loaded. Open files to add some.", what);
  else ImGui::TextDisabled("No %s match. Try fewer words, a shorter prefix (volunt*), or remove a filter.", what);
  ImGui::PopTextWrapPos();
}

}  // namespace

void draw_recommendation_results(App& app, Platform& platform) {
  sort_and_export(app, platform);
  const auto& hits = app.search.results.recommendations;
  if (hits.empty()) {
    empty_message(app, "recommendations");
    return;
  }
  ImGui::BeginChild("rec-list", ImVec2(0, 0), false);
  if (app.nav.list_generation != app.search.generation) {
    ImGui::SetScrollY(0);
    app.nav.list_generation = app.search.generation;
  }
  ImFont* small = app.display.fonts.small;
  const ImGuiStyle& st = ImGui::GetStyle();
  ImGui::PushFont(small);
  const float caption_h = ImGui::GetFontSize();
  ImGui::PopFont();
  const float row_h = st.FramePadding.y * 2 + caption_h + st.ItemSpacing.y * 0.5f + text_block_height(kTextLines);
  ImGuiListClipper clipper;
  clipper.Begin(static_cast<int>(hits.size()), row_h + st.ItemSpacing.y);
  while (clipper.Step()) {
    for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
      const Hit& h = hits[static_cast<std::size_t>(i)];
      const Recommendation& rec = app.index().recommendation(h.doc);
      const Review& rv = app.index().review_of(h.doc);
      ImGui::PushID(i);
      const ImVec2 top = ImGui::GetCursorScreenPos();
      const bool selected = app.nav.open_review == rv.id && app.nav.open_recommendation == h.doc;
      if (ImGui::Selectable("##row", selected, 0, ImVec2(0, row_h)) || activated_by_enter()) open_review(app, rv.id, h.doc);
      if (ImGui::IsItemFocused()) app.nav.cursor = i;
      if (i < 3) probe(app, "result:" + std::to_string(i));
      const bool hovered = ImGui::IsItemHovered();
      const ImVec2 after = ImGui::GetCursorScreenPos();
      // Row content over the selectable.
      const float width = ImGui::GetContentRegionAvail().x - st.FramePadding.x * 2;
      ImGui::SetCursorScreenPos(ImVec2(top.x + st.FramePadding.x, top.y + st.FramePadding.y));
      ImGui::PushFont(small);
      std::string caption = rec.label + "  \xC2\xB7  " + review_caption(rv);
      if (!rec.addressed_to.empty()) caption += "  \xC2\xB7  to " + rec.addressed_to;
      // The caption line is cut at the row's edge: the tooltip gives it whole.
      if (hovered) ImGui::SetTooltip("%s\nOpen the review at this recommendation", caption.c_str());
      ImGui::PushClipRect(ImGui::GetCursorScreenPos(), ImVec2(top.x + st.FramePadding.x + width, top.y + row_h), true);
      ImGui::TextDisabled("%s", caption.c_str());
      ImGui::PopClipRect();
      ImGui::PopFont();
      TextBlockOptions opts;
      opts.width = width;
      opts.max_lines = kTextLines;
      highlighted_text(app, rec.text, highlight(app.search.parsed, rec.text, TextKind::recommendation_text), opts);
      ImGui::SetCursorScreenPos(after);
      ImGui::PopID();
    }
  }
  ImGui::EndChild();
}

void draw_review_results(App& app) {
  const auto& hits = app.search.results.reviews;
  ImGui::PushFont(app.display.fonts.small);
  ImGui::PushTextWrapPos(0);
  ImGui::TextDisabled("Reviews whose title, CSP or summary match, and reviews with a matching recommendation.");
  ImGui::PopTextWrapPos();
  ImGui::PopFont();
  if (hits.empty()) {
    empty_message(app, "reviews");
    return;
  }
  ImGui::BeginChild("review-list", ImVec2(0, 0), false);
  const ImGuiStyle& st = ImGui::GetStyle();
  const float row_h = st.FramePadding.y * 2 + ImGui::GetFontSize() + st.ItemSpacing.y * 0.5f + text_block_height(2);
  ImGuiListClipper clipper;
  clipper.Begin(static_cast<int>(hits.size()), row_h + st.ItemSpacing.y);
  while (clipper.Step()) {
    for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
      const Review& rv = app.corpus().reviews[hits[static_cast<std::size_t>(i)].doc];
      ImGui::PushID(i);
      const ImVec2 top = ImGui::GetCursorScreenPos();
      if (ImGui::Selectable("##row", app.nav.open_review == rv.id, 0, ImVec2(0, row_h)) || activated_by_enter())
        open_review(app, rv.id);
      if (i < 3) probe(app, "review-result:" + std::to_string(i));
      const ImVec2 after = ImGui::GetCursorScreenPos();
      const float width = ImGui::GetContentRegionAvail().x - st.FramePadding.x * 2;
      ImGui::SetCursorScreenPos(ImVec2(top.x + st.FramePadding.x, top.y + st.FramePadding.y));
      std::string caption = review_caption(rv);
      if (rv.published.known()) caption += ", published " + std::to_string(rv.published.year);
      caption += rv.recommendations.empty() ? "  \xC2\xB7  no recommendations loaded"
                                            : "  \xC2\xB7  " + std::to_string(rv.recommendations.size()) + " recommendations";
      ImGui::TextUnformatted(caption.c_str());
      TextBlockOptions opts;
      opts.width = width;
      opts.max_lines = 2;
      opts.disabled = true;
      if (!rv.summary.empty()) {
        const auto spans = highlight(app.search.parsed, rv.summary, TextKind::review_summary);
        const Snippet snip = make_snippet(rv.summary, spans, 400);
        highlighted_text(app, snip.text, snip.spans, opts);
      } else {
        std::string facts = rv.region.empty() ? "" : rv.region;
        if (rv.incident) facts += (facts.empty() ? "" : "  \xC2\xB7  ") + std::string("DHRD facts ") + rv.incident->incident.id;
        highlighted_text(app, facts, {}, opts);
      }
      ImGui::SetCursorScreenPos(after);
      ImGui::PopID();
    }
  }
  ImGui::EndChild();
}

}  // namespace dhrv::ui
