// The report reader's parts, each on the forms reports print: labels, addressees read from sentences, dates in
// action plans, action-plan column names, CSP names.
#include <doctest/doctest.h>

#include "action_columns.h"
#include "csp_names.h"
#include "plan_dates.h"
#include "reports/addressee.h"
#include "reports/labels.h"

using namespace dhrv;
using namespace dhrv::reports;

TEST_CASE("labels: the numbering reports use, and what only looks like it") {
  struct Case {
    const char* line;
    LabelKind kind;
    const char* label;
    const char* rest;
  };
  const Case cases[] = {
      {"1. West Mercia Police should ensure", LabelKind::number, "1", "West Mercia Police should ensure"},
      {"9.1 Sussex Police should review", LabelKind::number, "9.1", "Sussex Police should review"},
      {"11.10 The Community Safety Partnership should:", LabelKind::number, "11.10", "The Community Safety Partnership should:"},
      {"10.2a Where procedures outline", LabelKind::number, "10.2a", "Where procedures outline"},
      {"10.2(b) Agencies should", LabelKind::number, "10.2b", "Agencies should"},
      {"3) The trust should", LabelKind::number, "3", "The trust should"},
      {"Recommendation 3: Royal Cornwall Hospitals", LabelKind::word, "3", "Royal Cornwall Hospitals"},
      {"Recommendation 4:", LabelKind::word, "4", ""},
      {"RECOMMENDATION 12 – The Home Office", LabelKind::word, "12", "The Home Office"},
      {"Rec 5. Housing should", LabelKind::word, "5", "Housing should"},
      {"R7 The GP practice", LabelKind::word, "R7", "The GP practice"},
      {"(a) identify the person", LabelKind::letter, "a", "identify the person"},
      {"(iv) record the reason", LabelKind::letter, "iv", "record the reason"},
      {"b) a concern raised", LabelKind::letter, "b", "a concern raised"},
      {"\xE2\x80\xA2 offer a private interview", LabelKind::bullet, "", "offer a private interview"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.line);
    const auto l = match_label(c.line);
    REQUIRE(l.has_value());
    CHECK(l->kind == c.kind);
    CHECK(l->text == c.label);
    CHECK(std::string(c.line).substr(l->text_begin) == c.rest);
  }
  // Running text that starts with a number, and words that start like labels, are not labels.
  for (const char* line : {"19 years, and was sentenced", "2021. Anna is a pseudonym", "2 April 2019 the police",
                           "Recommendations", "Record keeping was poor", "Rebecca said", "R&D", "1200 people"})
    CHECK_MESSAGE(!match_label(line).has_value(), std::string(line));
  CHECK(starts_lesson("Lesson 1: Victims may play down"));
  CHECK(starts_lesson("Learning point 3 - records"));
  CHECK_FALSE(starts_lesson("Lessons to be learned"));
}

TEST_CASE("labels: what follows what in one list") {
  CHECK(follows("1", "2"));
  CHECK(follows("9.1", "9.2"));
  CHECK(follows("11.9", "11.10"));
  CHECK(follows("10", "10.1"));
  CHECK(follows("10.3", "11"));
  CHECK(follows("10.3", "11.1"));
  CHECK(follows("10.2a", "10.2b"));
  CHECK(follows("10.2b", "10.3a"));
  CHECK(follows("R4", "R5"));
  CHECK_FALSE(follows("2", "4"));
  CHECK_FALSE(follows("9.1", "9.3"));
  CHECK_FALSE(follows("10.2a", "10.2c"));
  CHECK_FALSE(follows("3", "1"));
}

TEST_CASE("addressee from the sentence: the subject, or nothing rather than a wrong guess") {
  CHECK(addressee_from_sentence("West Mercia Police should ensure that every officer") == "West Mercia Police");
  CHECK(addressee_from_sentence("University Hospitals Sussex NHS Foundation Trust should: (a) add a prompt") ==
        "University Hospitals Sussex NHS Foundation Trust");
  CHECK(addressee_from_sentence("Cumbria, Northumberland, Tyne and Wear NHS Foundation Trust should ensure") ==
        "Cumbria, Northumberland, Tyne and Wear NHS Foundation Trust");
  CHECK(addressee_from_sentence("That NHS England considers adding a question") == "NHS England");
  CHECK(addressee_from_sentence("That the Home Office updates the statutory guidance") == "Home Office");
  CHECK(addressee_from_sentence("That all partner agencies review their policies") == "all partner agencies");
  CHECK(addressee_from_sentence("The commissioned substance misuse provider should ask every client") ==
        "The commissioned substance misuse provider");
  CHECK(addressee_from_sentence("When a victim declines to support a prosecution, the police should consider") ==
        "the police");
  CHECK(addressee_from_sentence("GP Practices to complete the Groups and Relationships template") == "GP Practices");
  CHECK(addressee_from_sentence("Adult Duty Workers who are responding to DART referrals must ensure they review") ==
        "Adult Duty Workers who are responding to DART referrals");
  // No subject: an instruction, a passive sentence.
  CHECK(addressee_from_sentence("Ensure that call handlers check for previous reports").empty());
  CHECK(addressee_from_sentence("Circulate this executive summary to all partner agencies").empty());
  CHECK(addressee_from_sentence("Learning from this review should be shared through a briefing").empty());
  CHECK(addressee_from_sentence("Officers should be reminded to obtain the views of neighbours").empty());
  CHECK(addressee_from_sentence("").empty());
}

TEST_CASE("plan dates: the forms action plans and trackers use") {
  auto ym = [](const char* s) { auto d = parse_plan_date(s); return d ? format_year_month(*d) : std::string("-"); };
  CHECK(ym("September 2023") == "2023-09");
  CHECK(ym("Sept 2023") == "2023-09");
  CHECK(ym("Mar-24") == "2024-03");
  CHECK(ym("31/03/2024") == "2024-03");
  CHECK(ym("30.04.2023") == "2023-04");
  CHECK(ym("09/2020") == "2020-09");
  CHECK(ym("2023-04") == "2023-04");
  CHECK(ym("2023-04-30") == "2023-04");
  CHECK(ym("30 April 2023") == "2023-04");
  CHECK(ym("1st May 2023") == "2023-05");
  CHECK(ym("Q2 2023") == "2023-06");
  CHECK(ym("By end of March 2024") == "2024-03");
  CHECK(ym("2024") == "2024");
  CHECK(ym("Upon publication") == "-");
  CHECK(ym("Three months after publication") == "-");
  CHECK(ym("31/13/2024") == "-");
  CHECK(ym("Q5 2023") == "-");
  CHECK(ym("March 2024 and again in June") == "-");
  const auto f = find_date("Completed October 2023: new checklist in use");
  REQUIRE(f.has_value());
  CHECK(format_year_month(f->date) == "2023-10");
  CHECK(!find_date("Completed").has_value());
}

TEST_CASE("action plan columns: the template's names and their usual variants, in any order") {
  CHECK(action_column("Recommendation") == ActionColumn::recommendation);
  CHECK(action_column("Ref.") == ActionColumn::recommendation);
  CHECK(action_column("Scope of recommendation (local or regional)") == ActionColumn::scope);
  CHECK(action_column("Action to take") == ActionColumn::action);
  CHECK(action_column("Lead agency") == ActionColumn::lead);
  CHECK(action_column("Key milestones achieved in enacting recommendation") == ActionColumn::milestones);
  CHECK(action_column("Target date") == ActionColumn::target);
  CHECK(action_column("Date of completion and outcome") == ActionColumn::outcome);
  CHECK(action_column("Outcome") == ActionColumn::outcome);
  CHECK(action_column("Due by") == ActionColumn::target);
  CHECK(action_column("Owner") == ActionColumn::lead);
  CHECK(action_column("Colour") == ActionColumn::unknown);
  CHECK(is_action_plan_header(action_columns({"Ref.", "Action to take", "Lead agency", "Scope", "Target date", "Outcome"})));
  CHECK_FALSE(is_action_plan_header(action_columns({"No.", "Recommendation", "Agency"})));
  const Action a = action_from_cells({"9.1", "Local and regional", "Write the guide", "Sussex Police", "30/06/2023", "Guide published June 2023"},
                                     action_columns({"Ref.", "Scope", "Action to take", "Lead agency", "Target date", "Outcome"}));
  CHECK(a.recommendation == "9.1");
  CHECK(a.scope == Scope::regional);
  CHECK(format_year_month(a.target_date) == "2023-06");
  CHECK(format_year_month(a.completed_date) == "2023-06");
  CHECK(says_completed("Completed"));
  CHECK(says_completed("Letter sent February 2023"));
  CHECK_FALSE(says_completed(""));
  CHECK_FALSE(says_completed("Delayed to March 2024"));
  CHECK_FALSE(says_completed("In progress: 12 of 19 practices trained"));
  CHECK_FALSE(completion_date("Delayed to March 2024").known());
}

TEST_CASE("CSP names: the library's spelling, found in a cover line") {
  REQUIRE(csp_names().size() > 300);
  auto csp = [](const char* s) { auto m = find_csp(s); return m ? m->name + (m->listed ? "" : " (unlisted)") : std::string("-"); };
  CHECK(csp("Wyre Forest Community Safety Partnership") == "Wyre Forest");
  CHECK(csp("Safer Cornwall Community Safety Partnership") == "Cornwall");
  CHECK(csp("Brighton & Hove Community Safety Partnership") == "Brighton and Hove");
  CHECK(csp("Kirklees Safer Communities Partnership") == "Kirklees");
  CHECK(csp("Adur & Worthing Community Safety Partnership") == "Adur and Worthing");  // not "Worthing" alone
  CHECK(csp("Safer Newcastle-under-Lyme Partnership") == "Newcastle-Under-Lyme");
  CHECK(csp("Devon and Cornwall Police") == "Cornwall");  // a police force area is no CSP; the name inside it is
  CHECK(csp("Safer Atlantis Community Safety Partnership") == "Atlantis (unlisted)");
  CHECK(csp("Domestic Homicide Review") == "-");
}
