// Stable identifiers: the same return read again gets the same id.
// "q2/sevenoaks-cluster-of-schools/kemsing" (question / collaborative / first lead school).
#pragma once

#include <string>
#include <string_view>

#include "corpus/model/model.h"

namespace returns {

// Lower-case ASCII letters and digits joined by '-'; apostrophes dropped.
std::string Slug(std::string_view text);

std::string MakeReturnId(const Return& r);

// "<return id>#<position>".
std::string MakeCommentId(const Return& r, const Comment& c);

}  // namespace returns
