// report_cover.h: what a report says about itself, from its cover (and, where the cover is silent, its first
// pages): the CSP, the kind of report, the title, the pseudonym of the person who died, when they died, when the
// report was completed and who wrote it. Each as printed; a fact not found stays empty and is reported.
#pragma once

#include <string>
#include <vector>

#include "diagnostic.h"
#include "model.h"
#include "reports/report_flow.h"

namespace dhrv::reports {

struct CoverFacts {
  std::string title;     // the cover's main title block, wrapped lines joined
  std::string csp;       // the Home Office library's name where it lists the CSP
  bool csp_listed = false;
  ReportKind kind = ReportKind::unknown;
  std::string subject;   // "Anna", "Adult A"
  YearMonth death;
  int death_page = 0;    // where the date of death was read
  YearMonth completed;
  std::string author;
  bool mentions_review = false;  // "Domestic Homicide Review", "DHR", "Domestic Abuse Related Death Review" on the first pages
};

CoverFacts read_cover(const Flow& flow);

}  // namespace dhrv::reports
