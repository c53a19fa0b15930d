// Comments as JSON Lines: one object per comment, fields in a fixed order,
// so the same returns always give byte-identical output.
#pragma once

#include <ostream>

#include <nlohmann/json.hpp>
#include <vector>

#include "corpus/model/model.h"

namespace returns {

void WriteCommentsJsonl(const std::vector<Return>& returns, std::ostream& out);

// One comment's object, as WriteCommentsJsonl writes it.
nlohmann::ordered_json CommentJson(const Return& r, const Comment& c);

}  // namespace returns
