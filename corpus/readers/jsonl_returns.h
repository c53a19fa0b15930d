// Returns from JSON Lines, one return per record: {"collaborative", "question"
// (number or wording), "text" (the answer), and optionally "district",
// "lead_schools" (list or "A; B"), "round"}. Every line is taken or rejected.
#pragma once

#include <string>
#include <string_view>

#include "corpus/model/intake.h"
#include "corpus/register/register.h"

namespace returns {

IntakeResult ReadJsonlReturns(std::string_view text, const std::string& source, const Register& reg);

}  // namespace returns
