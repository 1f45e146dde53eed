// action_plan.h: the action plan a report carries (the Home Office template's table, usually in an appendix):
// every table whose header names action-plan columns, one Action per row, the row's recommendation as the plan
// writes it ("1. West Mercia Police should ...", "9.1", "10") for the reader to link.
#pragma once

#include <string>
#include <vector>

#include "model.h"
#include "reports/recommendation_sections.h"
#include "reports/report_flow.h"

namespace dhrv::reports {

struct PlanRow {
  Action action;            // recommendation left empty: linking is the caller's
  std::string label;        // the label in the recommendation cell, if any
  std::string text;         // the recommendation cell's text without its label
  int page = 0;
};

struct ActionPlan {
  std::vector<PlanRow> rows;
  std::vector<Doubt> doubts;
};

ActionPlan read_action_plans(const Flow& flow);

}  // namespace dhrv::reports
