// commands.h: changes to the view requested from outside the canvas (the web page's accessible mirror, deep
// links, Back/Forward, the embed API), as small JSON objects. Each does what the same click in the canvas does.
//
//   {"query":"MARAC"}  {"toggle_facet":["agency","police"]}  {"clear_filters":true}  {"sort":"year"}
//   {"view":"insights"}  {"open_review":"nottingham-2018","rec":"11.4"}  {"open_doc":12}  {"close_review":true}
//   {"hash":"q=MARAC&review=..."}  {"theme":"dark"|"light"}  {"export":"csv"|"json"}  {"copy_citation":12}  {"exit":true}
//   {"text_input":"abc"}, {"key":"Backspace"|"Enter"|"Escape"} (what is typed on a phone's on-screen keyboard,
//   applied one per frame in order)  {"focus_search":true} (the canvas was reached by Tab)
#pragma once

#include <string>
#include <string_view>

#include "app.h"

namespace dhrv::ui {

// Returns "" when done, otherwise what was wrong with the command. Never throws.
std::string apply_command(App& app, Platform& platform, std::string_view json);

}  // namespace dhrv::ui
