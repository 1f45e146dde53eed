#include "reports/action_plan.h"

#include "action_columns.h"
#include "reports/labels.h"
#include "text.h"

namespace dhrv::reports {

ActionPlan read_action_plans(const Flow& flow) {
  ActionPlan plan;
  for (const FlowItem& it : flow.items) {
    if (!it.table || it.table->rows.size() < 2) continue;
    const pdf::Table& t = *it.table;
    std::vector<std::string> headers;
    for (const pdf::Cell& c : t.rows[0]) headers.push_back(c.text);
    const std::vector<ActionColumn> columns = action_columns(headers);
    if (!is_action_plan_header(columns)) continue;
    std::size_t rec_column = columns.size();
    for (std::size_t c = 0; c < columns.size(); ++c)
      if (columns[c] == ActionColumn::recommendation) rec_column = c;
    std::string previous_label, previous_text;
    for (std::size_t r = 1; r < t.rows.size(); ++r) {
      std::vector<std::string> cells;
      for (const pdf::Cell& c : t.rows[r]) cells.push_back(c.text);
      PlanRow row;
      std::string scope_text;
      row.action = action_from_cells(cells, columns, &scope_text);
      row.page = t.rows[r].empty() ? t.page : (t.rows[r][0].page ? t.rows[r][0].page : t.page);
      if (!scope_text.empty())
        plan.doubts.push_back({Severity::warning, "plan.scope",
                               "action plan row " + std::to_string(r) + ": scope '" + scope_text +
                                   "' is not local, regional or national; left unstated", row.page});
      const std::string cell = rec_column < cells.size() ? collapse_spaces(cells[rec_column]) : std::string();
      if (auto l = match_label(cell); l && l->kind != LabelKind::bullet && l->kind != LabelKind::letter) {
        row.label = l->text;
        row.text = collapse_spaces(cell.substr(l->text_begin));
      } else {
        row.text = cell;
      }
      // A row with no recommendation of its own carries on the one above (several actions for one recommendation).
      if (row.label.empty() && row.text.empty()) row.label = previous_label, row.text = previous_text;
      previous_label = row.label, previous_text = row.text;
      const bool blank = row.action.action.empty() && row.action.lead.empty() && row.action.target.empty() &&
                         row.action.outcome.empty() && row.action.milestones.empty();
      if (blank) continue;  // an empty row drawn for filling in later
      plan.rows.push_back(std::move(row));
    }
  }
  return plan;
}

}  // namespace dhrv::reports
