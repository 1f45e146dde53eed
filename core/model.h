// model.h: the review data every other part of DHR Viewer reads.
//
// A Review is one Domestic Homicide Review: where it came from, when, which Community Safety Partnership (CSP)
// ran it, what it found and what it recommended. Facts from the DHRD dataset (the incident, the victim and the
// perpetrator, as tagged by the Home Office library) hang off it when a source links them.
// Plain data: no behaviour beyond small helpers, so readers, the index and the views can all share it.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "agency.h"
#include "diagnostic.h"

namespace dhrv {

// Year and month when known; month 0 means "year only", year 0 means "unknown".
struct YearMonth {
  int year = 0;
  int month = 0;
  bool known() const { return year != 0; }
  friend bool operator==(const YearMonth&, const YearMonth&) = default;
};

// DHRD flags are "indicated in the Home Office metadata", "not indicated", or missing. Missing must not be read
// as "no" (the codebook says so), hence three states.
enum class Tri : std::uint8_t { unknown, no, yes };

struct NamedValue {
  std::string name;
  std::string value;
  friend bool operator==(const NamedValue&, const NamedValue&) = default;
};
struct NamedFlag {
  std::string name;
  Tri value = Tri::unknown;
  friend bool operator==(const NamedFlag&, const NamedFlag&) = default;
};

// One row of a DHRD table (incident, victim or perpetrator): categorical fields and three-state flags, named as
// in the CSV header, in column order.
struct FactRow {
  std::string id;  // INC-0001, VIC-0001, SUS-0001
  SourceRef source;
  std::vector<NamedValue> fields;
  std::vector<NamedFlag> flags;
  const std::string* field(std::string_view name) const;
  Tri flag(std::string_view name) const;
  friend bool operator==(const FactRow&, const FactRow&) = default;
};

struct Incident {
  FactRow incident;
  std::vector<FactRow> victims;       // none for multiple-victim incidents (DHRD has no rows for them)
  std::vector<FactRow> perpetrators;
  friend bool operator==(const Incident&, const Incident&) = default;
};

struct Link {
  std::string label;  // "Full report (PDF)"
  std::string url;    // only http(s) URLs are ever opened
  friend bool operator==(const Link&, const Link&) = default;
};

struct Recommendation {
  std::string id;            // label as printed, made unique within the review (suffix "~2" on duplicates)
  std::string label;         // as printed: 10.2a, 11.10, R3, 1.
  std::string text;          // byte-identical to the source
  std::string addressed_to;  // as printed
  AgencySet agencies;        // normalised (agency.h)
  std::vector<std::string> themes;  // Home Office recommendation themes (themes.h), filled by the corpus
  SourceRef source;
  friend bool operator==(const Recommendation&, const Recommendation&) = default;
};

// Where an action plan says a recommendation applies.
enum class Scope : std::uint8_t { unstated, local, regional, national };
std::string_view scope_name(Scope s);  // "local", "regional", "national", "" for unstated
// "Local", "NATIONAL", "local / regional" (the widest named); unstated for empty text, nullopt for anything else.
std::optional<Scope> scope_from_text(std::string_view text);

// One row of an action plan (in a report's appendix or a tracker a CSP keeps): what an agency will do about a
// recommendation, by when, and what happened. Everything as written; dates parsed where the cell is a date.
struct Action {
  std::string recommendation;  // the id of the recommendation it belongs to; as written when none matched
  std::string action;          // "Action to take"
  std::string lead;            // lead agency, as written
  AgencySet lead_agencies;     // normalised (filled by the corpus, like a recommendation's agencies)
  Scope scope = Scope::unstated;
  std::string milestones;      // "Key milestones achieved in enacting recommendation"
  std::string target;          // target date as written: "Mar-24", "31/03/2024", "Upon publication"
  YearMonth target_date;       // when `target` is a date
  std::string outcome;         // "Date of completion and outcome", as written ("" when the cell is empty)
  YearMonth completed_date;    // a date in `outcome`, when it gives one
  SourceRef source;
  friend bool operator==(const Action&, const Action&) = default;
};

// What kind of document a review was read from, when it says.
enum class ReportKind : std::uint8_t { unknown, overview, executive_summary };
std::string_view report_kind_key(ReportKind k);   // "overview", "executive-summary", "" (JSON and exports)
std::string_view report_kind_name(ReportKind k);  // "Overview report", "Executive summary", "" (for people)
std::optional<ReportKind> report_kind_from_key(std::string_view key);

struct Review {
  std::string id;  // stable: from CSP, death date and source, never from a name
  std::string title;
  std::string csp;
  std::string region;
  YearMonth published;   // in the Home Office library
  YearMonth death;
  YearMonth completed;   // the date the report gives for its final version ("Date completed", "Final version")
  ReportKind kind = ReportKind::unknown;
  std::string subject;   // the pseudonym the report uses ("Anna", "Adult A"), only where the report prints it
  std::string author;    // the independent chair / author, as the report names them
  std::string summary;
  std::vector<Link> links;
  std::optional<Incident> incident;            // DHRD facts, when linked
  std::vector<std::string> sources;            // every source record merged into this review ("file:line")
  std::vector<std::string> link_evidence;      // why sources were merged, in words
  std::vector<Recommendation> recommendations;  // natural order (natural_order.h)
  std::vector<Action> actions;                  // action-plan rows, in the order the plan lists them
  YearMonth actions_as_of;                      // the latest date a tracker of this review says it was updated
  SourceRef source;
  friend bool operator==(const Review&, const Review&) = default;
};

// Canonical names for months, used by readers and exports alike.
std::optional<int> month_from_name(std::string_view name);
std::string_view month_name(int month);
// "2022-12", "2018", or "" for unknown.
std::string format_year_month(YearMonth ym);
// Parses "2022-12", "2022", "December 2022", "Dec 2022"; nullopt when the text is not a date.
std::optional<YearMonth> parse_year_month(std::string_view text);

}  // namespace dhrv
