// addressee.h: who a recommendation is addressed to, when only its sentence says: the subject before "should"
// or "must" ("Kent Police should ..." -> "Kent Police"), or the body after a leading "That" ("That NHS England
// considers ..." -> "NHS England"). Nothing for an instruction with no subject ("Ensure that ...") or a passive
// sentence ("Learning should be shared ..."): no addressee is better than a wrong one.
#pragma once

#include <string>
#include <string_view>

namespace dhrv::reports {

std::string addressee_from_sentence(std::string_view text);

}  // namespace dhrv::reports
