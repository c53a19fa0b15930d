// A single return document in plain text or Markdown: a collaborative's form,
// details at the top ("District:", "Collaborative:", "Lead school:"), then
// the questions as headings — numbered ("1.", "Q1", "Question 1", "## 1 …")
// or by wording — each followed by its answer. Each answer is a record.
#pragma once

#include <string>
#include <string_view>

#include "corpus/model/intake.h"
#include "corpus/register/register.h"
#include "corpus/base/status.h"

namespace returns {

// True when the text looks like a return document (a "Collaborative:" line
// before any question heading).
bool LooksLikeReturnDocument(std::string_view text);

// REQUIRES: valid UTF-8. Fails (unusable) when no question heading is found.
Result<IntakeResult> ReadReturnDocument(std::string_view text, const std::string& source, const Register& reg);

}  // namespace returns
