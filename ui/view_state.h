// view_state.h: what someone is looking at, as a small value that fits in a URL hash:
//
//   #q=MARAC&agency=health%20services&year=2018&sort=year&view=insights&review=nottingham-2018&rec=11.4
//
// Filters are named by facet key and value (not ids), so a link survives a different corpus. The same syntax
// as the search bar and `dhrv search` is used for q. Used by the web page's deep links and Back/Forward.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "app.h"

namespace dhrv::ui {

struct ViewState {
  std::string query;
  std::vector<std::pair<std::string, std::string>> filters;  // (facet key, value name)
  std::string sort;    // "" = relevance
  std::string view;    // "" = recommendations
  std::string review;  // review id
  std::string rec;     // recommendation id within the review
  bool reading = false;  // the review fills the view (phones): its own history entry, so Back returns to the results
  friend bool operator==(const ViewState&, const ViewState&) = default;
};

ViewState capture_view_state(const App& app);
// Applies a state; values the loaded corpus does not have are ignored (and listed in `ignored`).
void apply_view_state(App& app, const ViewState& s, std::vector<std::string>* ignored = nullptr);

std::string to_hash(const ViewState& s);           // without the leading '#'
ViewState from_hash(std::string_view hash);         // a leading '#' is allowed; unknown keys are ignored

std::string percent_encode(std::string_view s);
std::string percent_decode(std::string_view s);

}  // namespace dhrv::ui
