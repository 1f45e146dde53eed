#include <doctest/doctest.h>

#include "text.h"

using namespace dhrv;

TEST_CASE("folding makes case, accents and curly quotes irrelevant") {
  CHECK(fold("Môn") == "mon");
  CHECK(fold("Ynys Môn") == fold("ynys mon"));
  CHECK(fold("Gŵyr a Ŷ") == "gwyr a y");
  CHECK(fold("\xE2\x80\x98Vulnerable\xE2\x80\x99") == "'vulnerable'");  // ‘Vulnerable’
  CHECK(fold("\xE2\x80\x9Cone strike\xE2\x80\x9D") == "\"one strike\"");
  CHECK(fold("ß") == "s");
}

TEST_CASE("tokens carry byte offsets into the original text") {
  std::string s = "GP Practices to complete the \xE2\x80\x98Groups\xE2\x80\x99 Template";
  auto t = tokenize(s);
  REQUIRE(t.size() == 7);
  CHECK(t[0].text == "gp");
  CHECK(s.substr(t[5].begin, t[5].end - t[5].begin) == "Groups");
  CHECK(t[5].text == "groups");
  auto w = tokenize("Caerdydd/Môn victim's");
  REQUIRE(w.size() == 4);
  CHECK(w[1].text == "mon");
  CHECK(w[3].text == "s");
}

TEST_CASE("invalid UTF-8 is replaced, never passed on") {
  std::string bad = "ok \xC3 then \xFF end";
  CHECK_FALSE(is_valid_utf8(bad));
  std::string clean = sanitize_utf8(bad);
  CHECK(is_valid_utf8(clean));
  CHECK(clean.find("then") != std::string::npos);
  CHECK(is_valid_utf8("Môn \xE2\x86\x97"));
  CHECK_FALSE(is_valid_utf8("\xED\xA0\x80"));  // a surrogate
  CHECK_FALSE(is_valid_utf8("\xC0\xAF"));      // an overlong slash
}

TEST_CASE("trim, collapse and slug") {
  CHECK(trim("  \t x y \r\n") == "x y");
  CHECK(trim("\xC2\xA0x\xC2\xA0") == "x");  // NBSP
  CHECK(collapse_spaces("  a   b\t\tc ") == "a b c");
  CHECK(slug("Newcastle-Under-Lyme") == "newcastle-under-lyme");
  CHECK(slug("Ynys Môn") == "ynys-mon");
}
