#include "view_state.h"

namespace dhrv::ui {

std::string percent_encode(std::string_view s) {
  static const char* hex = "0123456789ABCDEF";
  std::string out;
  for (unsigned char c : s) {
    const bool plain = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' ||
                       c == '_' || c == '.' || c == '~' || c == '*' || c == ':';
    if (plain) {
      out += static_cast<char>(c);
    } else {
      out += '%';
      out += hex[c >> 4];
      out += hex[c & 15];
    }
  }
  return out;
}

std::string percent_decode(std::string_view s) {
  auto val = [](char c) -> int {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    return -1;
  };
  std::string out;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '%' && i + 2 < s.size() && val(s[i + 1]) >= 0 && val(s[i + 2]) >= 0) {
      out += static_cast<char>(val(s[i + 1]) * 16 + val(s[i + 2]));
      i += 2;
    } else if (s[i] == '+') {
      out += ' ';
    } else {
      out += s[i];
    }
  }
  return out;
}

ViewState capture_view_state(const App& app) {
  ViewState s;
  s.query = app.search.query;
  for (Facet f : kAllFacets)
    for (std::uint32_t id : app.search.filters.selected[static_cast<std::size_t>(f)])
      s.filters.emplace_back(std::string(facet_key(f)), app.index().facet_values(f)[id]);
  if (app.search.sort != SortOrder::relevance) s.sort = std::string(sort_order_name(app.search.sort));
  if (app.nav.view != MainView::recommendations) s.view = std::string(main_view_name(app.nav.view));
  if (app.nav.reading || !app.nav.open_review.empty()) s.review = app.nav.open_review;
  if (app.nav.open_recommendation != kNoTerm && app.nav.open_recommendation < app.index().recommendation_count() &&
      app.index().review_of(app.nav.open_recommendation).id == app.nav.open_review)
    s.rec = app.index().recommendation(app.nav.open_recommendation).id;
  s.reading = app.nav.reading && !app.nav.open_review.empty();
  return s;
}

void apply_view_state(App& app, const ViewState& s, std::vector<std::string>* ignored) {
  app.search.query = s.query;
  app.search.filters.clear();
  for (const auto& [key, value] : s.filters) {
    Facet f;
    if (!facet_from_key(key, f)) {
      if (ignored) ignored->push_back(key);
      continue;
    }
    const auto& values = app.index().facet_values(f);
    std::uint32_t id = 0;
    while (id < values.size() && values[id] != value) ++id;
    if (id == values.size()) {
      if (ignored) ignored->push_back(key + "=" + value);
      continue;
    }
    if (!app.search.filters.has(f, id)) app.search.filters.toggle(f, id);
  }
  SortOrder order = SortOrder::relevance;
  if (!s.sort.empty() && !sort_order_from_name(s.sort, order) && ignored) ignored->push_back("sort=" + s.sort);
  app.search.sort = order;
  MainView view = MainView::recommendations;
  if (!s.view.empty() && !main_view_from_name(s.view, view) && ignored) ignored->push_back("view=" + s.view);
  if (view != app.nav.view) {
    app.nav.view = view;
    app.nav.view_requested = true;
  }
  if (!s.review.empty() && app.corpus().find(s.review)) {
    const std::uint32_t rec = s.rec.empty() ? kNoTerm : app.index().find_recommendation(s.review, s.rec);
    open_review(app, s.review, rec);
    app.nav.reading = s.reading;
  } else {
    app.nav.reading = false;
    if (!s.review.empty() && ignored) ignored->push_back("review=" + s.review);
  }
}

std::string to_hash(const ViewState& s) {
  std::string out;
  auto add = [&](std::string_view key, std::string_view value) {
    if (value.empty()) return;
    if (!out.empty()) out += '&';
    out += std::string(key) + "=" + percent_encode(value);
  };
  add("q", s.query);
  for (const auto& [key, value] : s.filters) add(key, value);
  add("sort", s.sort);
  add("view", s.view);
  add("review", s.review);
  add("rec", s.rec);
  if (s.reading) add("read", "1");
  return out;
}

ViewState from_hash(std::string_view hash) {
  ViewState s;
  if (!hash.empty() && hash[0] == '#') hash.remove_prefix(1);
  while (!hash.empty()) {
    const std::size_t amp = hash.find('&');
    const std::string_view pair = hash.substr(0, amp);
    hash = amp == std::string_view::npos ? std::string_view() : hash.substr(amp + 1);
    const std::size_t eq = pair.find('=');
    if (eq == std::string_view::npos) continue;
    const std::string key = percent_decode(pair.substr(0, eq)), value = percent_decode(pair.substr(eq + 1));
    if (key == "q") s.query = value;
    else if (key == "sort") s.sort = value;
    else if (key == "view") s.view = value;
    else if (key == "review") s.review = value;
    else if (key == "rec") s.rec = value;
    else if (key == "read") s.reading = value == "1";
    else {
      Facet f;
      if (facet_from_key(key, f)) s.filters.emplace_back(key, value);
    }
  }
  return s;
}

}  // namespace dhrv::ui
