// accessible_view.h: the current view as plain data, for what cannot read a canvas: the web page's accessible
// DOM mirror (real input, list, headings, checkboxes, tables), its live region, the URL hash and the tests.
//
// JSON shape (stable; the web tests read it):
//   {"query","error","notes":[],"view","sort","hash","title","status",
//    "counts":{"recommendations","reviews","corpus_reviews","corpus_recommendations"},
//    "results":[{"doc","label","review","review_id","text","addressed_to","highlights":[[b,e]]}],   (first `limit`)
//    "review_results":[{"review_id","caption","snippet"}],
//    "facets":[{"key","title","values":[{"value","count","selected"}]}],
//    "open_review":{"id","title","csp","region","published","death","summary","links":[{"label","url"}],
//                   "recommendations":[{"doc","label","text","addressed_to","agencies":[],"themes":[]}]} | null,
//    "recurring":[{"reviews","text"}] (the first `limit`), "recurring_more",
//    "national":[{"body","recommendations","reviews","lessons":[...],"lessons_more"}]  (first `limit` lessons in all),
//    "problems":["file:line: severity: message"], "problem_count", "exiting"}
#pragma once

#include <string>

#include "app.h"

namespace dhrv::ui {

std::string accessible_view_json(const App& app, std::size_t result_limit = 50);

}  // namespace dhrv::ui
